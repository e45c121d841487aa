"""Scope helpers for the evidence scorer: negation, plans, frames, speakers and quotes.

Everything here answers a question about where a cue sits in its sentence:
is it negated ("no randomised trials"), planned ("a trial is recruiting"), inside
a study frame ("a survey of 2,000 adults found" versus "complete our survey"), spoken
by the person next to it ("Dr. Lee says"), or inside a quotation.  The phrase lists and
pattern sources live in `_evidence_lexicon`; patterns are compiled on first use.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from audit.lexicon import Hit, _trie_pattern
from scorers._evidence_lexicon import LADDER, PATTERNS, WORDS
from scorers._numbers import parse_number

DESIGNS = LADDER[:6]  # guideline .. preclinical: a study or a guideline
# words that end the reach of a negation or a plan ("no trial was done, but a cohort ...")
_BREAK = frozenset(
    "was were is are be been being has have had did does do that which who whom whose where "
    "when but although though however whereas while yet because since so than showed shows "
    "show found finds find demonstrated demonstrates reported reports revealed suggested "
    "suggests indicated indicates concluded confirmed".split())
# negators that negate a verb ("could not infect lung tissue") reach only the next word
# ("not a randomised study"); "no", "without", "lack of" reach three ("no large randomised trials")
_VERB_NEGATORS = frozenset(("not", "never", "does not", "do not", "doesn't", "don't", "isn't",
                            "wasn't", "aren't", "weren't", "hasn't", "haven't"))
# verbs that may come before their speaker: "said Dr. Lee", "according to one patient"
_INVERTED = frozenset(("said", "says", "according to", "writes", "wrote", "added", "adds",
                       "explained", "explains", "warned", "warns", "noted", "notes", "argued",
                       "argues", "cautioned", "cautions", "commented", "insisted", "stressed"))
SPEAKER_AFTER = 80  # characters from a speaker to its speech verb ("Dr. Ortiz, a cardiologist
SPEAKER_BEFORE = 30  # at a Boston hospital, said"); and back from "said" / "according to"


@cache
def rx(name: str) -> re.Pattern[str]:
    """The named pattern from _evidence_lexicon.PATTERNS, or the word list from
    _evidence_lexicon.WORDS as one trie (much faster than an alternation), compiled on first use."""
    if name in WORDS:
        words = sorted({" ".join(w.split()) for w in WORDS[name]})
        return re.compile(r"(?<![\w])(?:" + _trie_pattern(words) + r")(?![\w])")
    return re.compile(PATTERNS[name])


# patterns written with a leading "^": tried once at the start of the claim, not at every offset
_ANCHORED = frozenset(("dropped_i", "definition", "navigation", "recommendation_number"))


@cache
def _finder(name: str):
    pattern = rx(name)
    return pattern.match if name in _ANCHORED else pattern.search


_UNSEEN = object()
_DIGIT = re.compile(r"\d")
_FIRST3 = re.compile(r"[^a-z]{0,4}([a-z]{3})")
_NAVIGATION_STARTS = frozenset("rea dow vie see vis cli acc pri bro che lea fin mor get exp sub sha"
                               .split())
_DEFINED = re.compile(r"trial|stud|review|analys|rct|cohort|case|placebo|sham|dummy")


class Facts:
    """Whole-sentence pattern searches, each run at most once per claim."""

    __slots__ = ("text", "lowered", "_found")

    def __init__(self, text: str, lowered: str):
        self.text, self.lowered, self._found = text, lowered, {}

    def has(self, name: str) -> re.Match | None:
        """The first match of pattern `name` in the lower-cased claim (cached)."""
        found = self._found.get(name, _UNSEEN)
        if found is _UNSEEN:
            found = self._found[name] = _finder(name)(self.lowered)
        return found

    def has_original(self, name: str) -> re.Match | None:
        """The same, on the claim as written (patterns that look at capitals)."""
        key = "^" + name
        if key not in self._found:
            self._found[key] = rx(name).search(self.text)
        return self._found[key]

    def framed(self, start: int, end: int) -> bool:
        """Is there a study frame in the sentence outside the cue at start:end?"""
        first = self.has("study_frame")
        if first and (first.end() <= start or first.start() >= end):
            return True
        if first and rx("study_frame").search(self.lowered, end):
            return True
        numeric = _DIGIT.search(self.lowered) and self.has("frame_numeric")
        return bool(numeric and (numeric.end() <= start or numeric.start() >= end
                                 or rx("frame_numeric").search(self.lowered, end)))

    def not_evidence(self, label: str) -> bool:
        """A link ("Read the guidelines here") or a definition ("Cohort studies follow ...");
        a definition does not cancel a review's count ("all 40 trials are ...")."""
        if self.navigation():
            return True
        if label == "systematic_review" or not _DEFINED.search(self.lowered, 0, 60):
            return False
        return bool(self.has("definition"))

    def navigation(self) -> bool:
        """A link or a download ("Read the full guidelines here", "(PDF, 2 MB)")."""
        found = self._found.get("link", _UNSEEN)
        if found is _UNSEEN:
            first = _FIRST3.match(self.lowered)
            found = self._found["link"] = "pdf" in self.lowered or bool(
                first and first.group(1) in _NAVIGATION_STARTS and self.has("navigation"))
        return found


def definite(lowered: str, start: int) -> bool:
    """"the trial", "this new trial": a reference to a study named before."""
    before = lowered[max(0, start - 22):start]
    if before.endswith(("the ", "this ", "that ")):
        return True
    return ("the " in before or "this " in before or "that " in before) \
        and bool(_DEFINITE.search(before))


_DEFINITE = re.compile(r"\b(?:the|this|that)\s+(?:[a-z-]+\s+)?$")


def is_negator(hit: Hit) -> bool:
    if hit.category == "neg":
        return True
    return hit.category == "absent_post" and bool(rx("negating").search(hit.phrase))


def is_plan(hit: Hit) -> bool:
    return hit.category == "plan_pre"


def is_absent(hit: Hit) -> bool:
    return hit.category == "absent_post"


def modifier(lowered: str, hits: list[Hit], i: int, step: int, wanted) -> bool:
    """Is a `wanted` hit next to hits[i] (before it if step < 0), in the same clause?"""
    j = i + step
    while 0 <= j < len(hits):
        other = hits[j]
        lo, hi = (other.end, hits[i].start) if step < 0 else (hits[i].end, other.start)
        if wanted(other):  # negation and plans sit just before a cue; absences may trail it
            inside = hits[min(i, j) + 1:max(i, j)]
            reach = 5 if step > 0 else 1 if other.phrase in _VERB_NEGATORS else 3
            return _close(lowered[lo:hi], inside, reach)
        if hi - lo > 60:
            return False
        j += step
    return False


def _close(between: str, inside: list[Hit], max_words: int) -> bool:
    if rx("clause").search(between):
        return False
    for hit in inside:  # a cue phrase between counts as one word
        if hit.category in DESIGNS or hit.category in ("rct_weak", "observational_framed",
                                                       "preclinical_framed", "guideline_framed"):
            between = between.replace(hit.phrase, "x", 1)
    words = rx("word").findall(between.replace("-", " "))
    return len(words) <= max_words and not any(w in _BREAK for w in words)


def spread_negation(cues: list, lowered: str) -> None:
    """"No meta-analysis has pooled these studies": later cues of a negated design stay negated."""
    for first, later in zip(cues, cues[1:]):
        if first.negated and later.label == first.label and not later.negated \
                and not rx("clause").search(lowered, first.end, later.start) \
                and not rx("contrast").search(lowered, first.end, later.start):
            later.negated = True


def study_count(lowered: str, counted: re.Match) -> bool:
    """"14 trials", "a review of two studies", "every trial": several studies pooled = a review."""
    if counted.group("n") in ("all", "every"):
        return True
    value = parse_number(counted.group("n"))
    if value is None or value < 2:
        return False
    before = max(0, counted.start() - 40)
    return value >= 3 or bool(rx("synthesis").search(lowered, before, counted.start()))


def speaks(lowered: str, hit: Hit, speech: list[Hit]) -> Hit | None:
    """The speech verb that belongs to the speaker `hit`: after it in the same sentence part
    ("Dr. Lee, a GP in Leeds, says"), or just before it ("said one woman", "according to")."""
    for verb in speech:
        if hit.end <= verb.start <= hit.end + SPEAKER_AFTER:
            if not _SPEAKER_BREAK.search(lowered, hit.end, verb.start) \
                    and not _MODAL.search(lowered, hit.end, verb.start):
                return verb  # but "a doctor can confirm it and suggest options" is not a view
        elif hit.start - SPEAKER_BEFORE <= verb.end <= hit.start and verb.phrase in _INVERTED:
            if not _SENTENCE_END.search(lowered, verb.end, hit.start):
                return verb
    return None


# between speaker and verb: a new sentence, or the writer taking over ("... nurse, and I swear")
_SPEAKER_BREAK = re.compile(r"[.;!?]\s|\b(?:and|but)\s+(?:i|we)\b")
_SENTENCE_END = re.compile(r"[.;!?]")
_MODAL = re.compile(r"\b(?:can|could|may|might)\b")


def is_org(text: str, hit: Hit, nxt: Hit | None) -> bool:
    """Acronyms must be in capitals ("WHO", not "who"); generic words capitalised ("the
    Endocrine Society") or followed by a recommending verb ("the panel recommends");
    `nxt` is the hit after `hit`."""
    original = text[hit.start:hit.end]
    if " " in hit.phrase and hit.phrase not in ("task force",):
        return True
    if sum(c.isupper() for c in original) >= 2:
        return True
    if original[:1].isupper() and hit.start > 0 and len(hit.phrase) > 6:
        return True
    return nxt is not None and nxt.category == "recommend" and nxt.start - hit.end <= 40 \
        and not rx("clause").search(text, hit.end, nxt.start)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx("quoted").finditer(text)]


def all_quoted(text: str, positions: list[int]) -> bool:
    """Are all these positions inside quotation marks (words of a quoted speaker)?"""
    quotes = quoted_spans(text)
    starts = [a for a, _ in quotes]

    def inside(pos: int) -> bool:
        k = bisect_right(starts, pos) - 1
        return k >= 0 and pos < quotes[k][1]
    return bool(quotes) and all(inside(p) for p in positions)
