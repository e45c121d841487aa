"""evidence: what kind of evidence a claim rests on or reports.

Each claim gets one ``evidence_type`` on a ladder adapted from the Oxford
Centre for Evidence-Based Medicine 2011 Levels of Evidence (OCEBM Levels of
Evidence Working Group, 2011) and the GRADE approach to rating certainty of
evidence (Guyatt et al., BMJ 2008;336:924), strongest first:

    guideline > systematic_review > rct > observational > case_series >
    preclinical > expert_opinion > anecdote > none

Signals (kind ``evidence``, ``label`` = the type, span = the cue):

* designs: "systematic review", "meta-analysis", "pooled 12 trials", "we
  searched MEDLINE"; "randomised", "double-blind", "placebo-controlled",
  "allocation was concealed"; "cohort", "case-control", "cross-sectional",
  "registry", "survey", "propensity score"; "case report", "chart review",
  "open-label", "single-arm", "phase 1"; "in mice", "in vitro", "animal models";
* guidelines: "guidelines", "consensus statement", "is not recommended", or a
  named body plus a recommending verb or "should" ("the American Academy of ...
  recommends", "NICE does not recommend");
* expert opinion: practice framing ("in my practice", "my patients", "as a
  dietitian", "GP here"), opinion pieces ("Commentary:", "in our view"), and a
  clinician with a speech verb ("Dr. Lee says", "cardiologists warn");
* anecdote: first-person use or body ("I took", "my knees", "worked for me"),
  family and friends, testimonials ("customers tell us"), lay people quoted by
  name and age or town, and first-person hearsay ("my doctor said ...",
  "I read that ...").

Decision rules:

* the strongest counting design wins - also over a first-person story, so "I
  read a meta-analysis that found ..." is ``systematic_review``;
* a design inside first-person hearsay or trial participation ("my doctor said
  a trial showed", "I was in the placebo arm of a trial") does not count: the
  cue becomes kind ``evidence_mention`` and the claim is an ``anecdote``;
* opinion pieces are ``expert_opinion`` whatever they discuss; otherwise
  expert framing beats first-person narrative, and a quoted clinician counts
  only when the sentence is not the writer's own story (quotes excepted);
* weak cues count only when nothing stronger is present: a bare "trial" or
  "placebo" (rct), any first-person "I"/"my" (anecdote), "in my experience"
  (expert_opinion);
* without a named design: a population plus "should" ("adults should ...") is
  ``guideline``; a count of people who were treated is ``case_series`` and one
  that was followed or surveyed is ``observational``; an association ("were
  less likely", "linked to") reported from a study is ``observational``;
  mechanism talk ("blocks the receptor", "because it raises nitric oxide") is
  ``preclinical``;
* "The trial found ..." and "It found ..." take the design named in the
  previous claim of the section (``context.previous_text``), if any.

What does not count:

* negated cues are listed with ``negated=True``: "no randomised trials",
  "there are no guidelines", "not a randomised study", "lack of RCTs", "unlike a
  randomised trial", "has never been tested in a controlled trial";
* plans, calls for research and definitions are kind ``evidence_mention``:
  "a trial is recruiting", "should be tested in a randomised trial", "larger
  trials are needed", "future studies", "what a cohort study is";
* vague appeals to unnamed research - "clinically studied ingredients",
  "backed by science", "research has validated", "studies show" - give kind
  ``vague_appeal`` and no evidence type (``none``), so a judge can penalise them.

It does not rate study quality (GRADE's risk of bias, imprecision,
inconsistency, indirectness), does not check that a cited study exists or says
what the text claims, and reads one claim at a time (plus the previous one).

Options (``[credaudit:scorer:evidence]``):

* ``use_previous_text`` (true): let "The trial ..." inherit the previous claim's design;
* ``mechanism_is_preclinical`` (true): count mechanism talk as ``preclinical``;
* ``testimonial_headings`` (true): cue-less claims under a heading such as
  "Testimonials" or "Customer reviews" are anecdotes.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache

from audit.lexicon import Hit, Lexicon, lower_keep_offsets
from audit.model import Claim
from scorers._base import Assessment, ClaimContext, signal_at
from scorers._evidence_lexicon import LADDER, PATTERNS, categories
from scorers._numbers import number_regex, parse_number

NAME = "evidence"
SUMMARY = "evidence type a claim rests on (OCEBM-style ladder: guideline ... anecdote, none)"
SCOPE = "claim"
FIELDS = ("evidence_type",)

DESIGNS = LADDER[:6]  # guideline .. preclinical: a study or a guideline
_RANK = {label: rank for rank, label in enumerate(LADDER)}
_BREAK = frozenset(
    "was were is are be been being has have had did does do that which who whom whose where "
    "when but although though however whereas while yet because since so than showed shows "
    "show found finds find demonstrated demonstrates reported reports revealed suggested "
    "suggests indicated indicates concluded confirmed".split())
# categories only looked at around other hits (negation, plans) or in _fallback
_PASSIVE = frozenset(("neg", "plan_pre", "absent_post", "people", "should", "first_person",
                      "association"))
_EXPERT_FLAG = {"expert_opinion": "expert", "expert_weak": "expert_weak", "opinion": "opinion"}
_ANAPHORA = frozenset(("it found", "they found", "participants", "the results", "results showed",
                       "results suggest", "the authors", "researchers"))


@cache
def _rx(name: str) -> re.Pattern[str]:
    """The named pattern from _evidence_lexicon.PATTERNS, compiled on first use."""
    return re.compile(PATTERNS[name])


@dataclass(frozen=True, kw_only=True)
class Options:
    use_previous_text: bool = True
    mechanism_is_preclinical: bool = True
    testimonial_headings: bool = True


@dataclass(slots=True)
class _Cue:
    start: int
    end: int
    label: str
    kind: str = "evidence"  # evidence | evidence_mention | vague_appeal
    negated: bool = False
    weak: bool = False


@dataclass(slots=True)
class _Found:
    cues: list
    anecdote: bool = False  # first-person story, testimony or hearsay
    expert: bool = False  # a professional speaking from practice, or a quoted clinician
    expert_weak: bool = False  # "in my experience", "I've seen" (lay or professional)
    opinion: bool = False  # commentary, "in our view": opinion about whatever else is named
    anaphoric: bool = False  # "the trial", "it found": refers to the previous claim
    seen: frozenset = frozenset()  # categories of all hits (decides which fallbacks run)
    spans: dict = field(default_factory=dict)  # first hit of some passive categories


@cache
def _lexicon() -> Lexicon:
    return Lexicon(categories())


@cache
def _count_before() -> re.Pattern[str]:
    return re.compile(r"(?P<n>" + number_regex().pattern + r")\s+(?:[\w'-]+\s+){0,3}$")


def score(claim: Claim, context: ClaimContext, options: Options) -> Assessment:
    found = _analyse(claim.text)
    if not found.seen:  # fast path: no cue of any kind
        label = "anecdote" if _testimonial(context, options) else "none"
        return Assessment(fields={"evidence_type": label})
    label = _decide(found)
    if options.use_previous_text and context.previous_text and found.anaphoric \
            and (label == "none" or label == "rct" and _only_weak(found)):
        label = _inherit(label, context.previous_text)
    if label == "none":
        label, span = _fallback(claim.text, found, options)
        if span:  # the words the fallback rule rests on
            found.cues.append(_Cue(span[0], span[1], label))
    elif label == "anecdote" and not any(c.label == "anecdote" for c in found.cues) \
            and "first_person" in found.spans:
        found.cues.append(_Cue(*found.spans["first_person"], "anecdote"))
    if label == "none" and _testimonial(context, options):
        label = "anecdote"
    signals = tuple(signal_at(claim, NAME, c.kind, c.start, c.end, label=c.label,
                              negated=c.negated) for c in found.cues)
    return Assessment(signals=signals, fields={"evidence_type": label})


def _testimonial(context: ClaimContext, options: Options) -> bool:
    return options.testimonial_headings and bool(
        _rx("testimonial_heading").search(context.section_heading))


def _analyse(text: str) -> _Found:
    lowered = lower_keep_offsets(text).replace("\u2019", "'")
    hits, seen, hearsay_at = [], set(), len(text) + 1
    for hit in _lexicon().finditer(lowered):
        if hit.category != "ignore":
            hits.append(hit)
            seen.add(hit.category)
            if hit.category == "hearsay":
                hearsay_at = min(hearsay_at, hit.start)
            elif hit.phrase.startswith(("should", "must")):
                seen.add("should")  # also inside "should be tested", "must not"
    found = _Found(cues=[], seen=frozenset(seen))
    if not hits:
        return found
    roles: dict[str, list[Hit]] = {"org": [], "recommend": [], "pro": [], "speech": []}
    for i, hit in enumerate(hits):
        cat = hit.category
        if cat in _PASSIVE:
            found.spans.setdefault(cat, (hit.start, hit.end))
            continue
        if cat in DESIGNS or cat in ("rct_weak", "mechanism"):
            found.cues.append(_design_cue(lowered, hits, i, hearsay_at))
        elif cat in ("anecdote", "hearsay"):
            found.anecdote = True
            found.cues.append(_Cue(hit.start, hit.end, "anecdote"))
        elif cat in ("expert_opinion", "expert_weak", "opinion"):
            setattr(found, _EXPERT_FLAG[cat], True)
            found.cues.append(_Cue(hit.start, hit.end, "expert_opinion"))
        elif cat == "vague":
            found.cues.append(_Cue(hit.start, hit.end, "none", kind="vague_appeal"))
        elif cat in roles:
            roles[cat].append(hit)
            if cat == "recommend":
                roles["speech"].append(hit)
        elif cat == "study" and hit.phrase == "studies":
            cue = _design_cue(lowered, hits, i, hearsay_at)
            if cue.label == "systematic_review":  # "27 studies", "all the studies"
                found.cues.append(cue)
        elif cat == "study" and (hit.phrase in _ANAPHORA or _definite(lowered, hit.start)):
            found.anaphoric = True
    _add_guideline(found, text, lowered, hits, roles)
    _add_expert(found, text, lowered, roles)
    found.anaphoric = found.anaphoric or any(
        c.label == "rct" and c.weak and _definite(lowered, c.start) for c in found.cues)
    found.cues.sort(key=lambda c: c.start)
    _spread_negation(found.cues, lowered)
    return found


def _spread_negation(cues: list[_Cue], lowered: str) -> None:
    """"No meta-analysis has pooled these studies": later cues of a negated design stay negated."""
    for first, later in zip(cues, cues[1:]):
        if first.negated and later.label == first.label and not later.negated \
                and not _rx("clause").search(lowered, first.end, later.start) \
                and not _rx("contrast").search(lowered, first.end, later.start):
            later.negated = True


def _definite(lowered: str, start: int) -> bool:
    return lowered[max(0, start - 6):start].endswith(("the ", "this ", "that "))


def _design_cue(lowered: str, hits: list[Hit], i: int, hearsay_at: int) -> _Cue:
    hit = hits[i]
    label = {"rct_weak": "rct", "mechanism": "preclinical"}.get(hit.category, hit.category)
    cue = _Cue(hit.start, hit.end, label, weak=hit.category in ("rct_weak", "mechanism"))
    if _rx("count_noun").search(hit.phrase):
        counted = _count_before().search(lowered, max(0, hit.start - 50), hit.start) \
            or _rx("all_studies").search(lowered, max(0, hit.start - 40), hit.start)
        if counted and _study_count(lowered, counted):
            cue.start, cue.label, cue.weak = counted.start(), "systematic_review", False
    if _modifier(lowered, hits, i, -1, _is_negator):
        cue.negated = True
    elif _modifier(lowered, hits, i, -1, lambda h: h.category == "plan_pre") \
            or _modifier(lowered, hits, i, 1, lambda h: h.category == "absent_post") \
            or hit.start > hearsay_at:
        cue.kind = "evidence_mention"
    return cue


def _is_negator(hit: Hit) -> bool:
    if hit.category == "neg":
        return True
    return hit.category == "absent_post" and bool(_rx("negating").search(hit.phrase))


def _study_count(lowered: str, counted: re.Match) -> bool:
    """"14 trials", "a review of two studies": several studies pooled = a review."""
    if counted.group("n") == "all":
        return True
    value = parse_number(counted.group("n"))
    if value is None or value < 2:
        return False
    before = max(0, counted.start() - 40)
    return value >= 3 or bool(_rx("synthesis").search(lowered, before, counted.start()))


def _modifier(lowered: str, hits: list[Hit], i: int, step: int, wanted) -> bool:
    """Is a `wanted` hit next to hits[i] (before it if step < 0), in the same clause?"""
    j = i + step
    while 0 <= j < len(hits):
        other = hits[j]
        lo, hi = (other.end, hits[i].start) if step < 0 else (hits[i].end, other.start)
        if wanted(other):  # negation and plans sit just before a cue; absences may trail it
            inside = hits[min(i, j) + 1:max(i, j)]
            return _close(lowered[lo:hi], inside, 3 if step < 0 else 5)
        if hi - lo > 60:
            return False
        j += step
    return False


def _close(between: str, inside: list[Hit], max_words: int) -> bool:
    if _rx("clause").search(between):
        return False
    for hit in inside:  # a cue phrase between counts as one word
        if hit.category in DESIGNS or hit.category == "rct_weak":
            between = between.replace(hit.phrase, "x", 1)
    words = _rx("word").findall(between.replace("-", " "))
    return len(words) <= max_words and not any(w in _BREAK for w in words)


def _is_org(text: str, hits: list[Hit], hit: Hit) -> bool:
    """Acronyms must be in capitals ("WHO", not "who"); generic words capitalised ("the
    Endocrine Society") or followed by a recommending verb ("the panel recommends")."""
    original = text[hit.start:hit.end]
    if " " in hit.phrase and hit.phrase not in ("task force",):
        return True
    if sum(c.isupper() for c in original) >= 2:
        return True
    if original[:1].isupper() and hit.start > 0 and len(hit.phrase) > 6:
        return True
    nxt = next((h for h in hits if h.start >= hit.end), None)
    return nxt is not None and nxt.category == "recommend" and nxt.start - hit.end <= 20


def _add_guideline(found: _Found, text: str, lowered: str, hits, roles) -> None:
    orgs = [h for h in roles["org"] if _is_org(text, hits, h)]
    if not orgs and "should" in found.seen:  # "current recommendations say adults should ..."
        orgs = [h for h in roles["recommend"] if h.phrase in ("recommendations", "guidance")]
    if orgs and (roles["recommend"] or "should" in found.seen):
        org = orgs[0]
        negated = _modifier(lowered, hits, hits.index(org), -1, _is_negator)
        found.cues.append(_Cue(org.start, org.end, "guideline", negated=negated))


def _add_expert(found: _Found, text: str, lowered: str, roles) -> None:
    for pro in roles["pro"]:
        if _rx("self_pro").search(lowered, max(0, pro.start - 40), pro.start) \
                or _rx("pro_after").match(lowered, pro.end):
            found.expert = True
            found.cues.append(_Cue(pro.start, pro.end, "expert_opinion"))
            return
    pros = [p for p in roles["pro"]
            if not lowered[max(0, p.start - 5):p.start].endswith(("your ", "my "))]
    if not pros or not roles["speech"]:
        return
    if any(lowered[s.end:s.end + 3] in (" me", " us") for s in roles["speech"]):
        found.anecdote = True  # "doctors told me": the writer's story
        return
    if found.anecdote and not _anecdote_quoted(found, text):
        return
    found.expert = True
    found.cues.append(_Cue(pros[0].start, pros[0].end, "expert_opinion"))


def _anecdote_quoted(found: _Found, text: str) -> bool:
    """First-person words inside a quotation belong to the quoted professional."""
    quotes = [m.span() for m in _rx("quoted").finditer(text)]
    starts = [a for a, _ in quotes]

    def quoted(pos: int) -> bool:
        k = bisect_right(starts, pos) - 1
        return k >= 0 and pos < quotes[k][1]
    return bool(quotes) and all(quoted(c.start) for c in found.cues if c.label == "anecdote")


def _counting(found: _Found) -> list[_Cue]:
    return [c for c in found.cues if c.kind == "evidence" and not c.negated]


def _only_weak(found: _Found) -> bool:
    return all(c.weak for c in _counting(found) if c.label in DESIGNS)


def _decide(found: _Found) -> str:
    """The ladder, with first-person and expert framing; mechanism talk is left to _fallback."""
    if found.opinion:
        return "expert_opinion"
    counting = _counting(found)
    strong = [c.label for c in counting if c.label in DESIGNS and not c.weak]
    if strong:
        return min(strong, key=_RANK.__getitem__)
    if found.expert:
        return "expert_opinion"
    if found.anecdote or "first_person" in found.seen and not found.expert_weak:
        return "anecdote"
    if any(c.weak and c.label == "rct" for c in counting):
        return "rct"
    if found.expert_weak:
        return "expert_opinion"
    return "none"


def _fallback(text: str, found: _Found, options: Options) -> tuple[str, tuple | None]:
    """Sentences without a named design: lay sources, recommendations, reported case counts.

    Returns the label and the span it rests on (None when the span is already a signal)."""
    seen = found.seen
    if "speech" in seen or "recommend" in seen:
        lay = _rx("lay_source").search(text)
        if lay:
            return "anecdote", lay.span()
    lowered = lower_keep_offsets(text)
    people = not seen.isdisjoint(("people", "study", "pro"))
    if "should" in seen and people:
        should = _rx("population_should").search(lowered)
        if should:
            return "guideline", should.span()
    counted = _rx("counted_people").search(lowered) if people else None
    if counted and not _rx("comparator").search(lowered):
        if _rx("treated").search(lowered):
            return "case_series", counted.span()  # "seven patients were treated with ..."
        if _rx("observed").search(lowered):
            return "observational", counted.span()  # "we followed 2,000 adults"
    if "association" in seen and (counted or "study" in seen) and "vague" not in seen:
        return "observational", found.spans.get("association")  # "... were less likely to"
    if options.mechanism_is_preclinical and any(c.label == "preclinical" for c in _counting(found)):
        return "preclinical", None
    return "none", None


def _inherit(label: str, previous_text: str) -> str:
    """Continuity: "It found ..." after a sentence naming the design takes that design."""
    before = _decide(_analyse(previous_text))
    return before if before in DESIGNS else label
