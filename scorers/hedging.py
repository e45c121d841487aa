"""Hedges, boosters and claim strength: how sure is the writer, and of what?

The `hedging` scorer reads each claim for the writer's stance and sets

* ``hedged`` -- the claim contains a hedge that is not negated;
* ``boosted`` -- the claim contains a booster the writer asserts;
* ``claim_strength`` -- ``no_relationship``, ``correlational``,
  ``conditional_causal`` or ``direct_causal``.

Hedges (signal kind ``hedge``): epistemic modals and adverbs (*may, might,
could, possibly, probably, likely*), appearance verbs (*appears to, seems*),
tentative reporting (*suggests, indicates that, hints, we hypothesise, I
think*), statements of limited evidence (*preliminary, pilot data, limited or
low-certainty evidence, no evidence that, more research is needed, remains
unclear, not yet established, cannot be excluded*), approximators and
frequency softeners (*roughly, approximately, usually, often, typically*),
expectation *should* ("symptoms should improve within 48 hours"), indirect
questions (*whether ...*) and yes/no questions that put a claim in doubt
("Could a daily walk be as good as antidepressants?").  Hedge cues follow the
epistemic readings annotated in the CoNLL-2010 shared task (Farkas et al., 2010)
and Hyland's (1998) account of hedges and boosters in scientific writing.

Boosters (kind ``booster``): certainty claims (*proven, clinically proven,
definitely, undeniably, there is no doubt, the science is settled*), hype
(*breakthrough, miracle, revolutionary, game-changer*), cures, guarantees and
totals (*cures, guaranteed, 100% effective, no side effects, completely,
instantly, forever*), sweeping quantifiers tied to efficacy ("kills every
virus", "works for everyone"), superlatives (*the best, the only ... you will
ever need, the ultimate*) and wellness slogans (*superfood, detox*).

Deliberately not counted (decisions):

* permission or instruction *may* ("you may take it with food", "may be given at
  the same visit") and the month *May* are not hedges; set
  ``count_permission_may`` to count permission *may* as a hedge after all;
* capability *can*, deontic *should* ("should be measured") and past-ability
  *could* ("participants could choose") are not hedges; expectation *should*
  ("symptoms should improve within 48 hours") is;
* "as the name suggests", "suggested use", "is indicated for", "potential
  donors", "as soon as possible", "suspected appendicitis" (a diagnostic
  category) and "pilot programme" are not hedges;
* "more likely to" / "less likely to" report a measured association: they are a
  ``correlational`` cue for claim strength, not a hedge;
* medical terms are not boosters: *breakthrough pain / bleeding / infections*,
  *breakthrough therapy designation*, *cure rates*, *complete remission*,
  *best available evidence*, *best corrected visual acuity*, *alcohol detox*,
  *biopsy-proven*, *guaranteed access*, *instant coffee*;
* advice is not a booster: "always consult your doctor", "never stop a
  medication abruptly"; sweeping words count only next to an efficacy claim;
* measured outcomes are not boosters: "adherence was 100%", "the wound had
  completely healed", "cured 95% of participants";
* a negated booster is listed with ``negated=True`` and does not set
  ``boosted`` ("no cure", "not a miracle"); a negated *certainty* booster is
  reported as a hedge, because it says the evidence falls short ("has not been
  proven", "did not prove", "not guaranteed");
* boosters the writer does not assert are also listed with ``negated=True``
  (label ``question``, ``quoted`` or ``reported``): "Can turmeric cure
  arthritis?", "the term 'superfood'", "critics say the promise of instant
  relief is misleading"; *there is no doubt that* is a booster, not a hedge.

Claim strength follows Yu, Li & Wang (2019), "Detecting Causal Language Use in
Science Findings", EMNLP-IJCNLP: a causal verb stated outright (*reduces,
causes, leads to, can improve, is effective in*) is ``direct_causal``; the same
verb under *may, might, could, would, appears to, is likely to* is
``conditional_causal``; association language (*associated with, linked to,
predicts, risk factor, higher risk*) and outcome comparisons between groups
are ``correlational`` (hedged associations stay correlational); anything else
is ``no_relationship``.  *Suggest / indicate that* + a bare causal verb stays
``direct_causal``; "associated with a reduced risk" is ``correlational``.
Negated relations ("did not reduce", "was not associated with") keep the type
of the negated relation by default, as Yu et al.'s released corpus labels them
(the claim is still *about* a causal or correlational relation); set
``negated_relations = "no_relationship"`` to label them ``no_relationship``.  A signal of
kind ``claim_strength`` marks the cue that decided the label.

Options (``[credaudit:scorer:hedging]``):

``count_permission_may`` (bool, default false) -- count permission *may* as a hedge.
``negated_relations`` (``"keep"``, default, or ``"no_relationship"``) -- how to label a negated relation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from audit.lexicon import Hit, Lexicon, lower_keep_offsets
from audit.model import Claim, Signal
from scorers import _hedging_lexicon as lex
from scorers._base import Assessment, ClaimContext, signal_at

NAME = "hedging"
SUMMARY = "hedges, boosters and the strength of causal claims (Yu et al. 2019)"
SCOPE = "claim"
FIELDS = ("hedged", "boosted", "claim_strength")


@dataclass(frozen=True, kw_only=True)
class Options:
    count_permission_may: bool = False
    negated_relations: str = "keep"  # or "no_relationship"


_SENTENCE_END = re.compile(r"[.!?](?=[\s\"'’”)]|$)|\n")
_PUNCT = ".,;:!?()[]{}\"'‘’“”—–-…*"
_CLAUSE_SET = frozenset(",;:()[]—–")
_CLAUSE_WORDS = frozenset(("but", "although", "whereas", "though", "while"))
_QUESTION_START = re.compile(
    r"\s*(?:could|can|is|are|does|do|did|will|would|should|has|have|might|may|was|were)\b")


@cache
def _forms() -> dict[str, tuple[str, str, str]]:
    """Causal verb base -> (third person, past, -ing), by the regular rules unless listed."""
    out = {}
    for base in lex.CAUSAL_VERBS:
        if base in lex.IRREGULAR_FORMS:
            out[base] = lex.IRREGULAR_FORMS[base]
            continue
        stem_y = base.endswith("y") and base[-2] not in "aeiou"
        third = base + "es" if base.endswith(("s", "x", "z", "ch", "sh")) else \
            base[:-1] + "ies" if stem_y else base + "s"
        past = base + "d" if base.endswith("e") else base[:-1] + "ied" if stem_y else base + "ed"
        ing = base[:-1] + "ing" if base.endswith("e") and not base.endswith("ee") else base + "ing"
        out[base] = (third, past, ing)
    return out


@cache
def _lexicon() -> Lexicon:
    phrases = {cat: [p.replace("-", " ") for p in items] for cat, items in lex.PHRASES.items()}
    forms: dict[str, list[str]] = {f"causal:{key}": [] for key in ("base", "s", "ed", "ing")}
    for base, (third, past, ing) in _forms().items():
        for key, word in (("base", base), ("s", third), ("ed", past), ("ing", ing)):
            forms["causal:" + key].append(word)
    return Lexicon({**phrases, **forms})


@cache
def _verb_of() -> dict[str, str]:
    """Any causal verb form -> its base form."""
    out: dict[str, str] = {}
    for base, others in _forms().items():
        for word in (base, *others):
            out.setdefault(word, base)
    return out


class _Text:
    """One claim's text with the word and sentence lookups the rules need."""

    def __init__(self, text: str):
        self.text = text
        self.low = lower_keep_offsets(text)
        self._memo: dict = {}

    def before(self, pos: int, n: int, clause: bool = True) -> list[str]:
        """Up to `n` words before `pos`, stopping at a clause (or sentence) boundary."""
        begin = max(0, pos - 14 * n)
        chunks = self.low[begin:pos].split()
        if begin and chunks and not self.low[begin - 1].isspace():
            chunks = chunks[1:]  # a word cut by the window
        out: list[str] = []
        for chunk in reversed(chunks):
            if len(out) == n:
                break
            word, stop_after = chunk, False
            if chunk[-1] in _PUNCT:
                word = chunk.rstrip(_PUNCT)
                tail = chunk[len(word):]
                sentence_end = tail[0] in ".!?" and (word or not out)
                if sentence_end or (clause and not _CLAUSE_SET.isdisjoint(tail)):
                    break
            if word and word[0] in _PUNCT:
                stripped = word.lstrip(_PUNCT)
                stop_after = clause and not _CLAUSE_SET.isdisjoint(word[:len(word) - len(stripped)])
                word = stripped
            if clause and word in _CLAUSE_WORDS:
                break
            if word:
                out.append(word)
            if stop_after:
                break
        return out[::-1]

    def after(self, pos: int, n: int) -> list[str]:
        """Up to `n` words from `pos` on, within the sentence."""
        out: list[str] = []
        for chunk in self.low[pos:pos + 14 * n].split():
            word = chunk.strip(_PUNCT)
            if chunk[:1] in ".!?" and not word:
                break
            if word:
                out.append(word)
            if len(out) == n or chunk.rstrip(")\"'’”")[-1:] in (".", "!", "?"):
                break
        return out

    def sentence(self, pos: int) -> tuple[int, int]:
        """(start, end) of the sentence around `pos`."""
        ends = self._memo.get("ends")
        if ends is None:
            ends = self._memo["ends"] = [m.end() for m in _SENTENCE_END.finditer(self.low)]
        start = 0
        for end in ends:
            if end > pos:
                return start, end
            start = end
        return start, len(self.low)

    def sentence_has(self, pos: int, key: str, pattern: re.Pattern[str]) -> int:
        """Position of the first match of `pattern` in the sentence around `pos` (-1 if none)."""
        start, end = self.sentence(pos)
        memo_key = (key, start)
        if memo_key not in self._memo:
            m = pattern.search(self.low, start, end)
            self._memo[memo_key] = m.start() if m else -1
        return self._memo[memo_key]

    def question(self, pos: int) -> bool:
        start, end = self.sentence(pos)
        return self.low[start:end].rstrip().endswith("?") or "?" in self.low[pos:end]

    def negated(self, pos: int, n: int = 3) -> bool:
        return any(w in lex.NEGATORS or w.endswith("n't") for w in self.before(pos, n))


def score(claim: Claim, context: ClaimContext, options: Options) -> Assessment:
    """Hedge and booster signals, then the claim-strength label."""
    t = _Text(claim.text)
    hits = list(_lexicon().finditer(t.low))
    signals: list[Signal] = []
    hedge_at: list[tuple[int, str]] = []  # (position, phrase) of asserted hedges
    for hit in hits:
        family = hit.category.split(":")[0]
        if family == "hedge":
            found = _hedge(t, hit, options)
        elif family.startswith("booster"):
            found = _booster(t, hit)
        else:
            continue
        if found:
            kind, negated, label = found
            signals.append(signal_at(claim, NAME, kind, hit.start, hit.end, label=label,
                                     negated=negated))
            if kind == "hedge" and not negated:
                hedge_at.append((hit.start, hit.phrase))
    question = _question_hedge(t)
    if question is not None:
        signals.append(signal_at(claim, NAME, "hedge", *question, label="question"))
    strength, cue = _claim_strength(t, hits, hedge_at, options)
    if cue is not None:
        signals.append(signal_at(claim, NAME, "claim_strength", cue[0], cue[1], label=strength,
                                 negated=cue[2]))
    fields = {"hedged": any(s.kind == "hedge" and not s.negated for s in signals),
              "boosted": any(s.kind == "booster" and not s.negated for s in signals),
              "claim_strength": strength}
    return Assessment(signals=tuple(sorted(signals, key=lambda s: (s.start, s.end, s.kind))),
                      fields=fields)


# -- hedges -------------------------------------------------------------------

_HEDGE = ("hedge", False, None)


def _hedge(t: _Text, hit: Hit, options: Options) -> tuple[str, bool, str | None] | None:
    """A hedge signal (kind, negated, label) for a hedge cue, or None if the cue is idle here."""
    rule = hit.category.partition(":")[2]
    if not rule:
        return _HEDGE
    before, after = t.before(hit.start, 3), t.after(hit.end, 3)
    prev, nxt = (before[-1] if before else ""), (after[0] if after else "")
    if rule == "may":
        return _may(t, hit, before, after, options)
    if rule == "could":
        ability = prev in lex.PERMISSION_SUBJECTS and nxt in lex.ABILITY_AFTER_COULD
        return None if ability else _HEDGE
    if rule == "should":
        return _should(prev, after)
    if rule == "indicate" and nxt != "that" and lex.EVIDENTIAL_SUBJECTS.isdisjoint(before):
        return None  # "is indicated in", "tests indicated infection"
    if rule in ("suggest", "indicate"):
        return "hedge", any(w in lex.NEGATORS or w.endswith("n't") for w in before[-2:]), None
    if rule == "suspect":
        verb = hit.phrase != "suspected" or nxt == "that" or prev in lex.SUSPECT_SUBJECTS
        return _HEDGE if verb else None
    if rule == "possible":  # "made the study possible" is not a hedge
        return None if {"make", "makes", "made", "making"} & set(before) else _HEDGE
    if rule == "limited":
        evidence = {"evidence", "data", "research", "studies", "trials", "information", "knowledge"}
        return _HEDGE if evidence & (set(after[:2]) | set(before)) else None
    return _HEDGE


def _may(t: _Text, hit: Hit, before: list[str], after: list[str], options: Options):
    nxt = after[0] if after else ""
    if t.text[hit.start] == "M" and not (nxt in lex.MAY_VERBS or nxt in _forms()):
        return None  # the month ("May 2019", "May is awareness month"), not "May cause ..."
    if nxt in ("also", "then", "now", "still", "safely") and len(after) > 1:
        after = after[1:]
        nxt = after[0]
    passive = nxt == "be" and len(after) > 1 and after[1] in lex.PERMISSION_PASSIVE
    subject = bool(before) and before[-1] in lex.PERMISSION_SUBJECTS
    if passive or (subject and nxt in lex.PERMISSION_VERBS):
        return ("hedge", False, "permission") if options.count_permission_may else None
    return _HEDGE


def _should(prev: str, after: list[str]):
    """Expectation *should* ("symptoms should improve") is a hedge; instructions are not."""
    nxt = after[0] if after else ""
    if prev in lex.PERMISSION_SUBJECTS:
        return None  # "patients should ...": advice
    participle = len(after) > 1 and after[1].endswith(("ed", "en", "wn"))
    if nxt == "be":
        return None if participle else ("hedge", False, "expectation")
    if nxt in lex.EXPECT_AFTER_SHOULD and nxt not in lex.SHOULD_DEONTIC_NEXT:
        return "hedge", False, "expectation"
    return None


def _question_hedge(t: _Text) -> tuple[int, int] | None:
    """A yes/no question that puts a claim up for doubt: span of its opening word."""
    if "?" not in t.low:
        return None
    t.sentence(0)
    start = 0
    for end in t._memo["ends"]:
        if t.low[end - 1] == "?":
            m = _QUESTION_START.match(t.low, start, end)
            if m:
                return m.end() - len(m.group().strip()), m.end()
        start = end
    return None


# -- boosters -----------------------------------------------------------------

def _booster(t: _Text, hit: Hit) -> tuple[str, bool, str | None] | None:
    rule = hit.category.partition(":")[2]
    if rule and not _booster_applies(t, hit, rule):
        return None
    if hit.category == "booster_epistemic" and not _epistemic_ok(t, hit):
        return None
    start, end = t.sentence(hit.start)
    sentence = t.low[start:end]
    if t.question(hit.start) or _investigative(t, hit.start):
        return "booster", True, "question"
    if _quoted(t.text, hit.start, hit.end):
        return "booster", True, "quoted"
    if any(frame in sentence for frame in lex.CRITICAL_FRAMES):
        return "booster", True, "reported"
    if _booster_negated(t, hit):
        if hit.category == "booster_epistemic":
            return "hedge", False, "negated booster"
        return "booster", True, "negated"
    return "booster", False, None


def _booster_negated(t: _Text, hit: Hit) -> bool:
    before = t.before(hit.start, 8)
    if any(w in lex.NEGATORS or w.endswith("n't") for w in before[-3:]):
        return True
    # "No treatment is guaranteed to work for everyone": a negative quantifier opens the clause
    negative = ("none", "no", "nothing", "neither", "never", "nobody")
    return 0 < len(before) < 8 and before[0] in negative


def _quoted(text: str, start: int, end: int) -> bool:
    """Is the cue inside quotation marks (mentioned, not used)?"""
    opening = text[start - 1:start]
    if not opening or opening not in "'\"‘“" or (start >= 2 and text[start - 2].isalnum()):
        return False
    return bool(re.match(r"[\w\s-]{0,30}['\"’”]", text[end:end + 32]))


def _booster_applies(t: _Text, hit: Hit, rule: str) -> bool:
    """Checks for boosters whose words have ordinary uses too."""
    start, end = t.sentence(hit.start)
    sentence = t.low[start:end]
    after = t.after(hit.end, 8)
    near = set(t.before(hit.start, 6)) | set(after[:6])
    if rule == "cure":
        return not (re.search(lex.CURE_AS_GOAL, sentence) or re.search(lex.CURE_SCOPED, sentence))
    if rule == "side_effects":  # "no side effects were reported": a measured outcome
        return lex.MEASURED_AFTER.isdisjoint(after[:3])
    if rule == "sweep":
        opening = hit.phrase in ("always", "never") and not t.before(hit.start, 1)
        if opening and after and after[0] not in lex.EFFICACY_WORDS and \
                near.isdisjoint(("again", "sick", "fails", "works")):
            return False  # "Always take ...", "Never give ...": advice
        return not near.isdisjoint(lex.EFFICACY_WORDS) and \
            near.isdisjoint(("should", "invited", "eligible"))
    if rule == "best":
        return t.before(hit.start, 1) != ["at"] and not (after and after[0] in lex.BEST_EXCEPTIONS)
    if rule == "only":
        return not lex.ONLY_SWEEPING.isdisjoint(after)
    if rule == "detox":
        return not re.search(lex.ADDICTION_CONTEXT, sentence)
    return True


def _epistemic_ok(t: _Text, hit: Hit) -> bool:
    """False for certainty boosters that are measurements or diagnoses in this sentence."""
    phrase = hit.phrase
    before, after = t.before(hit.start, 2), t.after(hit.end, 3)
    if "prov" in phrase:
        return t.text[hit.start - 1:hit.start] != "-" and lex.PROOF_DIAGNOSTIC.isdisjoint(before)
    if phrase in ("100%", "100 percent", "one hundred percent"):
        return not lex.SELLING_AFTER_100.isdisjoint(after[:1]) or \
            lex.MEASURED_BEFORE_100.isdisjoint(before)
    if phrase == "completely":
        near = set(t.before(hit.start, 3)) | set(after)
        state = not {"had", "was", "were", "been", "has"}.isdisjoint(before)
        return not near.isdisjoint(lex.COMPLETE_WORDS) and (not state or "safe" in near)
    if phrase in ("definitely", "definitively"):
        return not (after and after[0] in ("confirmed", "diagnosed", "established"))
    return True


# -- claim strength -----------------------------------------------------------

_THAN = re.compile(r"\s+(?!than\b)[^.;]*?\bthan\b")
_AMONG = re.compile(r"\s+(?:\w+\s+){0,2}?(?:among|in (?:those|people|patients|participants|women"
                    r"|men|children|adults|users|smokers|groups?|the \w+ group))\b")
_COMPARATIVE = re.compile(r"\b(?:" + "|".join(lex.COMPARATIVES) + r")\b")
_PREPOSITIONS = re.compile(r"\b(?:with|to|of|for)\b")


def _claim_strength(t: _Text, hits: list[Hit], hedge_at: list[tuple[int, str]], options: Options
                    ) -> tuple[str, tuple[int, int, bool] | None]:
    """Label the strongest exposure-outcome relation the claim asserts."""
    causal: list[tuple[int, int, bool]] = []
    corr: list[tuple[int, int, bool]] = []
    for hit in hits:
        cat = hit.category
        if cat.startswith("causal:") or (cat == "booster:cure" and " " not in hit.phrase):
            form = cat.partition(":")[2] if cat.startswith("causal:") else _form_of(hit.phrase)
            if _verbal(t, hit, form) and not _investigative(t, hit.start):
                causal.append((hit.start, hit.end, t.negated(hit.start, 4)))
        elif cat == "causal_phrase" and not _investigative(t, hit.start):
            inherent = hit.phrase.startswith("no ")
            causal.append((hit.start, hit.end, inherent or t.negated(hit.start, 4)))
        elif cat == "corr" and not _investigative(t, hit.start) and not _baseline(t, hit.start):
            inherent = hit.phrase.startswith(("no ", "did not"))
            corr.append((hit.start, hit.end, inherent or t.negated(hit.start, 4)))
    keep = options.negated_relations == "keep"
    asserted = [c for c in causal if keep or not c[2]]
    if asserted:
        conditional = [c for c in asserted if _conditional(t, c[0], hedge_at)]
        if len(conditional) == len(asserted):
            return "conditional_causal", conditional[0]
        direct = [c for c in asserted if c not in conditional]
        return "direct_causal", direct[0]
    asserted = [c for c in corr if keep or not c[2]] or _comparisons(t, {c[0] for c in causal})
    if asserted:
        return "correlational", asserted[0]
    negated = [c for c in causal + corr if c[2]]
    return "no_relationship", (negated[0] if negated else None)


def _form_of(word: str) -> str:
    if word.endswith("ing"):
        return "ing"
    if word.endswith("ed"):
        return "ed"
    return "s" if word.endswith("s") else "base"


def _verbal(t: _Text, hit: Hit, form: str) -> bool:
    """Is this causal word form used as a verb with an object (not an adjective or noun)?"""
    words = [w for w in t.before(hit.start, 6) if w not in lex.SKIP_ADVERBS
             and not (w.endswith("ly") and w not in lex.NOT_ADVERBS)]
    prev = words[-1] if words else ""
    after = t.after(hit.end, 2)
    nxt = after[0] if after else ""
    base = _verb_of().get(hit.phrase, hit.phrase)
    if any(c.isdigit() for c in prev):
        return False  # "a 6% lower hazard", "2.5-fold increased odds"
    if form == "ing":
        return prev in lex.VERBAL_BEFORE_ING
    if form == "ed" and prev in lex.COPULAS:
        return nxt == "by" and len(after) > 1 and not after[1][:1].isdigit()
    if form == "ed" and base in lex.PARTICIPLE_ONLY:
        return False
    if form == "ed" and prev in ("and", "or"):
        # "... and caused more X" continues a verb phrase; "with improved A and reduced B" does not
        if _PREPOSITIONS.search(" ".join(words[-7:-1])):
            return False
    elif form in ("ed", "s") and (not prev or prev in lex.NOMINAL_BEFORE):
        return False
    if form == "base":
        if not prev or prev in lex.COPULAS or (prev in lex.NOMINAL_BEFORE and prev != "to"):
            return False
        if prev == "to" and len(words) > 1 and words[-2] in lex.PURPOSE_BEFORE_TO:
            return False
        if prev.endswith("ed") and _verb_of().get(prev) != "help":
            return False  # "predicted lower grades": two verbs cannot sit side by side
    if base in lex.CHANGE_VERBS and nxt in lex.INTRANSITIVE_NEXT:
        return False
    if base == "explain" and nxt in ("how", "what", "to", "that"):
        return False
    return True


_INVESTIGATIVE = re.compile(r"\bwhether\b|\b(?:test|tested|testing|examine|assess|see) if\b")
_BASELINE = re.compile(r"\bbaseline\b")


def _investigative(t: _Text, pos: int) -> bool:
    """Inside "whether ..." / "test if ...": a question asked, not a relation claimed."""
    if "whether" not in t.low and " if " not in t.low:
        return False
    at = t.sentence_has(pos, "investigative", _INVESTIGATIVE)
    return 0 <= at < pos


def _baseline(t: _Text, pos: int) -> bool:
    return "baseline" in t.low and t.sentence_has(pos, "baseline", _BASELINE) >= 0


def _comparisons(t: _Text, verbs: set[int]) -> list[tuple[int, int, bool]]:
    """Outcome comparisons between groups: "lower in X than in Y", "higher A ... more B"."""
    found: list[tuple[int, int, bool]] = []
    low = t.low
    if not any(word in low for word in lex.COMPARATIVES):
        return found
    for m in _COMPARATIVE.finditer(t.low):
        if m.start() in verbs:
            continue
        start, end = t.sentence(m.start())
        rest = t.low[m.end():end]
        than = _THAN.match(rest) or _AMONG.match(rest)
        others = sum(1 for o in _COMPARATIVE.finditer(t.low, start, end) if o.start() not in verbs)
        if (than or others >= 2) and not _baseline(t, m.start()) \
                and not _investigative(t, m.start()):
            found.append((m.start(), m.end(), False))
            break
    return found


def _conditional(t: _Text, pos: int, hedge_at: list[tuple[int, str]]) -> bool:
    """Is there a modal-type hedge before `pos` in the same sentence?"""
    start, _ = t.sentence(pos)
    if any(start <= at < pos and phrase in lex.CONDITIONAL_HEDGES for at, phrase in hedge_at):
        return True
    return bool(re.search(r"\bwould\b|\bwouldn't\b", t.low[start:pos]))
