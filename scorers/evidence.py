"""evidence: what kind of evidence a claim rests on or reports.

Each claim gets one ``evidence_type`` on a ladder adapted from the Oxford
Centre for Evidence-Based Medicine 2011 Levels of Evidence (OCEBM Levels of
Evidence Working Group, 2011) and the GRADE approach to rating certainty of
evidence (Guyatt et al., BMJ 2008;336:924), strongest first:

    guideline > systematic_review > rct > observational > case_series >
    preclinical > expert_opinion > anecdote > none

Signals (kind ``evidence``, ``label`` = the type, span = the cue):

* designs: "systematic review", "pooled 12 trials", "we searched MEDLINE";
  "randomised", "double-blind", "allocation was concealed"; "cohort",
  "case-control", "propensity score"; "case report", "open-label", "phase 1";
  "in mice", "in vitro", "animal models";
* guidelines: "consensus statement", "is not recommended", or a named body
  plus a recommending verb or "should" ("the American Academy of ... recommends");
* expert opinion: practice framing ("in my practice", "as a dietitian", "GP
  here"), opinion pieces ("Commentary:"), a clinician next to a speech verb
  ("Dr. Lee says", "cardiologists warn") or in apposition ("X, a dermatologist,");
* anecdote: first-hand experience ("I took", "my knees", "worked for me"),
  testimonials ("customers tell us"), lay people next to a speech verb ("one
  patient said", "Jane, a mother of two, says"), and first-person hearsay.

Cue scope (the mechanisms that keep generic words from deciding):

* framed cues count only inside a study frame - research words, findings,
  counted people: "survey", "follow-up", "registry", "mice" ("a survey of 2,000
  adults found" counts; "complete our survey", "your follow-up visit", "mice can
  spread salmonella" do not);
* mechanism connectors ("which is why", "by lowering") count only next to body
  chemistry ("blocks adenosine ... which is why coffee keeps you awake");
* bare first person ("I", "my") is an anecdote only with health content
  ("my knees ache" yes, "save my name" no); family and friends likewise;
* "people should ..." is a guideline only with a care action ("should be
  offered", "should get the vaccine", "at least 150 minutes") or under a
  recommendations heading; otherwise it is advice (``none``);
* negated cues are listed with ``negated=True`` ("no randomised trials",
  "unlike a randomised trial"); plans, definitions and links are kind
  ``evidence_mention`` ("a trial is recruiting", "cohort studies follow ...",
  "read the guidelines here"); first-person hearsay demotes a design to a
  mention ("my doctor said a trial showed") and the claim is an ``anecdote``;
* vague appeals ("clinically proven", "studies show") give kind ``vague_appeal``.

Decision: opinion pieces are ``expert_opinion``; else the strongest counting
design; else expert framing beats first-person narrative; weak cues (bare
"trial", "placebo", "in my experience") only when nothing else is present; then
fallbacks without a named design (lay sources, recommendations, counted people
who were treated or followed, associations reported from a study, mechanisms).
"The trial found ..." takes the design of the previous claim (``context.previous_text``).

It does not rate study quality, does not check that a cited study exists or says
what the text claims, and reads one claim at a time (plus the previous one).
Marketing copy about a clinic's own patients is testimony when the patients speak
("94% of our patients report less pain": ``anecdote``) and nothing otherwise ("our
patients love our staff"); a clinic is not an identified professional.

Code: the phrases live in ``_evidence_lexicon``, cue finding in ``_evidence_cues``,
scope helpers (negation, frames, speakers, quotes) in ``_evidence_scope``; this module
decides.  A scikit-learn model was tried and not kept: trained on the 230 dev items,
5-fold cross-validated macro-F1 was 0.66 on words alone and 0.91 with the rule cues as
features, and letting it label the claims the rules leave at ``none`` lowered every
probe set we wrote (it gives study types to advice and page chrome).

Options (``[credaudit:scorer:evidence]``):

* ``use_previous_text`` (true): let "The trial ..." inherit the previous claim's design;
* ``mechanism_is_preclinical`` (true): count mechanism talk as ``preclinical``;
* ``testimonial_headings`` (true): cue-less claims under a heading such as
  "Testimonials" or "Customer reviews" are anecdotes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from audit.model import Claim
from scorers._base import Assessment, ClaimContext, signal_at
from scorers._evidence_cues import Cue, Found, analyse, dropped_i
from scorers._evidence_lexicon import LADDER
from scorers._evidence_scope import DESIGNS, Facts, rx

NAME = "evidence"
SUMMARY = "evidence type a claim rests on (OCEBM-style ladder: guideline ... anecdote, none)"
SCOPE = "claim"
FIELDS = ("evidence_type",)

_RANK = {label: rank for rank, label in enumerate(LADDER)}
# a cheap test before the lay_source pattern: a name and a comma, "said Tom", a signature "- Tom"
_NAMED = re.compile(r"[A-Z][a-z]+,\s|\b(?:says|said|writes|wrote)\s+[A-Z]|[-\u2013\u2014]\s*[A-Z]")
_SHOULD = re.compile(r"\b(?:should|must)\b")
_COUNT = re.compile(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|"
                    r"\w+teen|\w+ty|hundred|thousand|million|half)\b")  # before counted_people


@dataclass(frozen=True, kw_only=True)
class Options:
    use_previous_text: bool = True
    mechanism_is_preclinical: bool = True
    testimonial_headings: bool = True


def score(claim: Claim, context: ClaimContext, options: Options) -> Assessment:
    found, facts = analyse(claim.text)
    if not found.seen:  # fast path: no cue of any kind
        dropped = dropped_i(facts)  # "Took two, slept all night"
        label = "anecdote" if dropped or _testimonial(context, options) else "none"
        return Assessment(fields={"evidence_type": label})
    label = _decide(found)
    if options.use_previous_text and context.previous_text and found.anaphoric \
            and (label == "none" or label == "rct" and _only_weak(found)):
        label = _inherit(label, context.previous_text)
    if label == "none":
        label, span = _fallback(facts, found, context, options)
        if span:  # the words the fallback rule rests on
            found.cues.append(Cue(span[0], span[1], label))
    elif label == "anecdote" and not any(c.label == "anecdote" for c in found.cues) \
            and "first_person" in found.spans:
        found.cues.append(Cue(*found.spans["first_person"], "anecdote"))
    if label == "none" and _testimonial(context, options):
        label = "anecdote"
    signals = tuple(signal_at(claim, NAME, c.kind, c.start, c.end, label=c.label,
                              negated=c.negated) for c in found.cues)
    return Assessment(signals=signals, fields={"evidence_type": label})


def _testimonial(context: ClaimContext, options: Options) -> bool:
    return options.testimonial_headings and _testimonial_heading(context.section_heading)


@lru_cache(maxsize=256)
def _testimonial_heading(heading: str) -> bool:
    return bool(heading) and bool(rx("testimonial_heading").search(heading))


def _counting(found: Found) -> list[Cue]:
    return [c for c in found.cues if c.kind == "evidence" and not c.negated]


def _only_weak(found: Found) -> bool:
    return all(c.weak for c in _counting(found) if c.label in DESIGNS)


def _decide(found: Found) -> str:
    """The ladder, with first-person and expert framing; mechanism talk is left to _fallback."""
    if found.opinion:
        return "expert_opinion"
    counting = _counting(found)
    strong = [c.label for c in counting if c.label in DESIGNS and not c.weak]
    if strong:
        return min(strong, key=_RANK.__getitem__)
    if found.expert:
        return "expert_opinion"
    if found.anecdote or found.personal and not found.expert_weak:
        return "anecdote"
    if any(c.weak and c.label == "rct" for c in counting):
        return "rct"
    if found.expert_weak:
        return "expert_opinion"
    return "none"


def _fallback(facts: Facts, found: Found, context: ClaimContext,
              options: Options) -> tuple[str, tuple | None]:
    """Sentences without a named design: lay sources, recommendations, reported case counts.

    Returns the label and the span it rests on (None when the span is already a signal)."""
    seen, lowered = found.seen, facts.lowered
    if "speech" in seen or "recommend" in seen or '"' in facts.text or "\u201d" in facts.text:
        lay = _NAMED.search(facts.text) and facts.has_original("lay_source")
        if lay:
            return "anecdote", lay.span()
    if "should" in seen:
        should = facts.has("population_should")
        if not should and rx("recommendation_heading").search(context.section_heading):
            should = _SHOULD.search(lowered)  # a list of recommendations
        if should:
            return "guideline", should.span()
    if " in his " in lowered or " in her " in lowered or " aged " in lowered:
        case = facts.has("case_person")  # "a man in his 60s was found to have lead poisoning"
        if case:
            return "case_series", case.span()
    people = not seen.isdisjoint(("people", "study", "pro")) and bool(_COUNT.search(lowered))
    observed = people and rx("observed").search(lowered)
    treated = people and not observed and rx("treated").search(lowered)
    counted = (observed or treated) and facts.has("counted_people")
    if counted and not rx("comparator").search(lowered):
        if observed:
            return "observational", counted.span()  # "we followed 2,000 adults"
        return "case_series", counted.span()  # "seven patients were treated with ..."
    if "study" in seen and "vague" not in seen and " who" in lowered:
        contrast = facts.has("group_contrast")  # "those who ... had more ..., a study found"
        if contrast:
            return "observational", contrast.span()
    if "association" in seen and "vague" not in seen \
            and ("study" in seen or people and facts.has("counted_people")):
        return "observational", found.spans.get("association")  # "... were less likely to"
    if options.mechanism_is_preclinical and any(c.label == "preclinical" for c in _counting(found)):
        return "preclinical", None
    return "none", None


def _inherit(label: str, previous_text: str) -> str:
    """Continuity: "It found ..." after a sentence naming the design takes that design."""
    before = _decide(analyse(previous_text)[0])
    return before if before in DESIGNS else label
