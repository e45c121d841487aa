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

Options (``[credaudit:scorer:evidence]``):

* ``use_previous_text`` (true): let "The trial ..." inherit the previous claim's design;
* ``mechanism_is_preclinical`` (true): count mechanism talk as ``preclinical``;
* ``testimonial_headings`` (true): cue-less claims under a heading such as
  "Testimonials" or "Customer reviews" are anecdotes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from operator import attrgetter

from audit.lexicon import Hit, Lexicon, lower_keep_offsets
from audit.model import Claim
from scorers._base import Assessment, ClaimContext, signal_at
from scorers._evidence_lexicon import (HEARSAY_STRONG, LADDER, PERSON_ORGS, RECOMMEND_NOUNS,
                                      categories)
from scorers._evidence_scope import (DESIGNS, Facts, LightHit, all_quoted, definite, is_absent, is_negator,
                                     is_org, is_plan, modifier, rx, speaks, spread_negation,
                                     study_count)
from scorers._numbers import number_regex, parse_number

NAME = "evidence"
SUMMARY = "evidence type a claim rests on (OCEBM-style ladder: guideline ... anecdote, none)"
SCOPE = "claim"
FIELDS = ("evidence_type",)

_RANK = {label: rank for rank, label in enumerate(LADDER)}
# categories only looked at around other hits (negation, plans) or in _fallback
_PASSIVE = frozenset(("neg", "plan_pre", "absent_post", "people", "should", "first_person",
                      "association"))
_DESIGN_LIKE = frozenset(DESIGNS + ("rct_weak", "mechanism", "guideline_framed",
                                    "observational_framed", "preclinical_framed"))
_WEAK = frozenset(("rct_weak", "mechanism", "connector"))
_FLAG = {"expert_opinion": "expert", "expert_weak": "expert_weak", "opinion": "opinion"}
_HEARSAY_STRONG = frozenset(HEARSAY_STRONG)
_LABEL_OF = {"rct_weak": "rct", "mechanism": "preclinical", "guideline_framed": "guideline",
             "observational_framed": "observational", "preclinical_framed": "preclinical"}
_COUNTABLE = ("trials", "studies", "rcts", "cohorts", "reviews", "trial", "study")
_ANAPHORA = frozenset(("it found", "they found", "participants", "the results", "results showed",
                       "results suggest", "the authors", "researchers"))


_ROLES = frozenset(("org", "recommend", "pro", "speech", "lay", "our_patients", "social",
                    "hearsay"))
_START = attrgetter("start")


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
    anecdote: bool = False  # first-hand story, testimony or hearsay
    personal: bool = False  # bare "I"/"my" with health content: an anecdote if nothing else
    expert: bool = False  # a professional speaking from practice, or a quoted clinician
    expert_weak: bool = False  # "in my experience", "I've seen" (lay or professional)
    opinion: bool = False  # commentary, "in our view": opinion about whatever else is named
    anaphoric: bool = False  # "the trial", "it found": refers to the previous claim
    seen: set | frozenset = frozenset()  # categories of all hits (decides which fallbacks run)
    spans: dict = field(default_factory=dict)  # first hit of some passive categories


class _Lexicon(Lexicon):
    """The shared phrase matcher, yielding light hits (a slotted class instead of the frozen
    dataclass: this scorer makes one per cue, and building those was an eighth of its time)."""

    def hits(self, lowered: str) -> list[Hit]:
        """The hits in `lowered`, without the phrases of category "ignore"."""
        found, category_of = [], self._category_of
        for match in self._regex.finditer(lowered):
            phrase = match.group()
            if "-" in phrase or "  " in phrase or "\n" in phrase or "\t" in phrase:
                phrase = " ".join(phrase.replace("-", " ").split())
            category = category_of.get(phrase) or self.category(phrase)
            if category != "ignore":
                found.append(LightHit(match.start(), match.end(), phrase, category))
        return found


@cache
def _lexicon() -> _Lexicon:
    return _Lexicon(categories())


@cache
def _count_before() -> re.Pattern[str]:
    return re.compile(r"(?P<n>" + number_regex().pattern + r")\s+(?:[\w'-]+\s+){0,3}$")


def score(claim: Claim, context: ClaimContext, options: Options) -> Assessment:
    found, facts = _analyse(claim.text)
    if not found.seen:  # fast path: no cue of any kind
        dropped = _dropped_i(facts)  # "Took two, slept all night"
        label = "anecdote" if dropped or _testimonial(context, options) else "none"
        return Assessment(fields={"evidence_type": label})
    label = _decide(found)
    if options.use_previous_text and context.previous_text and found.anaphoric \
            and (label == "none" or label == "rct" and _only_weak(found)):
        label = _inherit(label, context.previous_text)
    if label == "none":
        label, span = _fallback(facts, found, context, options)
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
    return options.testimonial_headings and _testimonial_heading(context.section_heading)


@lru_cache(maxsize=256)
def _testimonial_heading(heading: str) -> bool:
    return bool(heading) and bool(rx("testimonial_heading").search(heading))


def _analyse(text: str) -> tuple[_Found, Facts]:
    lowered = lower_keep_offsets(text)
    if "\u2019" in lowered:
        lowered = lowered.replace("\u2019", "'")
    facts = Facts(text, lowered)
    hits = _lexicon().hits(lowered)
    if not hits:
        return _Found(cues=[]), facts
    seen = {hit.category for hit in hits}
    hearsay_at = len(text) + 1
    if "hearsay" in seen:
        hearsay_at = next(hit.start for hit in hits if hit.category == "hearsay")
    if ("should" in lowered or "must" in lowered) and any(
            hit.phrase.startswith(("should", "must")) for hit in hits):
        seen.add("should")  # also inside "should be tested", "must not"
    found = _Found(cues=[], seen=seen)
    roles: dict[str, list[Hit]] = {}  # hits that play a role: a body, a speaker, a speech verb
    spans = found.spans
    for i, hit in enumerate(hits):
        cat = hit.category
        if cat in _PASSIVE:
            if cat not in spans:
                spans[cat] = (hit.start, hit.end)
        elif cat in _DESIGN_LIKE:
            found.cues.append(_design_cue(facts, hits, i, hearsay_at, seen))
        elif cat in _ROLES:
            roles.setdefault(cat, []).append(hit)
            if cat == "recommend" and hit.phrase not in RECOMMEND_NOUNS:
                roles.setdefault("speech", []).append(hit)  # "NICE advises", "the GP advises"
            elif cat == "org" and hit.phrase in PERSON_ORGS:
                roles.setdefault("pro", []).append(hit)  # "the chief medical officer told us"
        elif cat == "study":
            phrase = hit.phrase
            if phrase == "studies":
                cue = _design_cue(facts, hits, i, hearsay_at, seen)
                if cue.label == "systematic_review":  # "27 studies", "all the studies"
                    found.cues.append(cue)
            elif phrase in ("review", "reviewed") and rx("review_frame").match(lowered, hit.start):
                # "a review of the evidence", "their review of 60 years of research"
                found.cues.append(_Cue(hit.start, hit.end, "systematic_review"))
            elif phrase in _ANAPHORA or definite(lowered, hit.start):
                found.anaphoric = True
        elif cat == "anecdote" or cat == "anecdote_weak" and facts.has("health"):
            found.anecdote = True
            found.cues.append(_Cue(hit.start, hit.end, "anecdote"))
        elif cat in _FLAG:
            setattr(found, _FLAG[cat], True)
            found.cues.append(_Cue(hit.start, hit.end, "expert_opinion"))
        elif cat == "vague":
            found.cues.append(_Cue(hit.start, hit.end, "none", kind="vague_appeal"))
        elif cat == "connector":
            if facts.has("bio"):  # "..., which is why" next to body chemistry
                found.cues.append(_Cue(hit.start, hit.end, "preclinical", weak=True))
    if roles.get("hearsay", ()) or roles.get("social", ()):
        _add_hearsay(found, facts, roles)
    if roles.get("org", ()) or roles.get("recommend", ()) or "recommendation" in lowered[:20]:
        _add_guideline(found, facts, hits, roles)
    if roles.get("pro", ()) or roles.get("our_patients", ()):
        _add_expert(found, facts, roles)
    if roles.get("lay", ()) or roles.get("our_patients", ()):
        _add_lay(found, facts, roles)
    if "first_person" in seen:
        found.personal = not found.anecdote and not text.rstrip().endswith("?") \
            and bool(facts.has("health"))  # "Has anyone taken this for their knees?": no story
    elif _dropped_i(facts):
        found.personal = True  # "Took two of these before the flight and didn't feel sick"
    if "rct_weak" in seen and not found.anaphoric:
        found.anaphoric = any(c.label == "rct" and c.weak and definite(lowered, c.start)
                              for c in found.cues)
    if len(found.cues) > 1:
        found.cues.sort(key=_START)
        if ("neg" in seen or "absent_post" in seen) and any(c.negated for c in found.cues):
            spread_negation(found.cues, lowered)
    return found, facts


_DROPPED_STARTS = frozenset("too tri sta bee swi sto qui wen had fel not bou ord fin day lov usi tak "
                            "sle los gai dro gav dit swa cut".split())


_FIRST_LETTERS = re.compile(r"[^a-z]{0,4}([a-z]{3})")
_NAMED = re.compile(r"[A-Z][a-z]+,\s|\b(?:says|said|writes|wrote)\s+[A-Z]")  # before lay_source
_BASIS_WORDS = re.compile(r"reflect|rest|based|come|draw|evidence|relies")


def _dropped_i(facts: Facts) -> bool:
    """A first-person verb without its "I" opens the claim, about health ("Took two, slept")."""
    first = _FIRST_LETTERS.match(facts.lowered)
    return bool(first and first.group(1) in _DROPPED_STARTS and facts.has("dropped_i")
                and facts.has("health"))


def _design_cue(facts: Facts, hits: list[Hit], i: int, hearsay_at: int, seen) -> _Cue:
    lowered, hit = facts.lowered, hits[i]
    cat = hit.category
    cue = _Cue(hit.start, hit.end, _LABEL_OF.get(cat, cat), weak=cat in _WEAK)
    label = cue.label
    if label == "observational" and "random" in hit.phrase and facts.has("allocation") \
            and not facts.has("survey_frame"):
        cue.label = cat = "rct"  # "a randomly chosen half of the clinics received the training"
    if hit.phrase.endswith(_COUNTABLE):  # "14 trials", "all the studies", "every trial"
        plural = hit.phrase.endswith("s")
        counted = plural and _count_before().search(lowered, max(0, hit.start - 50), hit.start) \
            or rx("all_studies").search(lowered, max(0, hit.start - 40), hit.start)
        if counted and (plural or counted.group("n") == "every") \
                and study_count(lowered, counted):
            cue.start, cue.label, cue.weak = counted.start(), "systematic_review", False
    if hit.phrase == "cases of" and not _few_before(lowered, hit.start):
        cue.kind = "evidence_mention"  # "three cases of hair loss", not "10,000 cases of diabetes"
    elif cat == "rct_weak" and seen.isdisjoint(DESIGNS) \
            and not (facts.framed(hit.start, hit.end) or facts.has("health")):
        cue.kind = "evidence_mention"  # "the trial of the new parking system starts on Monday"
    absent = "absent_post" in seen
    if (absent or "neg" in seen) and modifier(lowered, hits, i, -1, is_negator):
        cue.negated = True
    elif "plan_pre" in seen and modifier(lowered, hits, i, -1, is_plan) \
            or absent and modifier(lowered, hits, i, 1, is_absent) \
            or hit.start > hearsay_at or facts.not_evidence(cue.label) \
            or cat.endswith("_framed") and cat != "guideline_framed" \
            and not facts.framed(hit.start, hit.end):
        cue.kind = "evidence_mention"
    return cue


def _few_before(lowered: str, start: int) -> bool:
    """"Three cases of ...", "several cases of ...": a handful of cases, as in a case series."""
    return bool(_FEW_BEFORE.search(lowered, max(0, start - 30), start))


_FEW_BEFORE = re.compile(r"(?:\b\d{1,2}|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|"
                         r"twelve|several|few|handful\s+of|rare))\s+(?:[\w-]+\s+){0,2}$")


def _add_hearsay(found: _Found, facts: Facts, roles) -> None:
    """First-person hearsay is an anecdote when it is about health or passes on a study."""
    said = [*roles.get("hearsay", ()), *(s for s in roles.get("social", ())
                                 if roles.get("speech", ()) or "first_person" in found.seen)]
    if not said:
        return
    demoted = any(c.kind == "evidence_mention" and c.start > said[0].start for c in found.cues)
    if demoted or any(h.phrase in _HEARSAY_STRONG for h in said) or facts.has("health") \
            or roles.get("speech", ()) or roles.get("pro", ()):
        found.anecdote = True
        found.cues.extend(_Cue(h.start, h.end, "anecdote") for h in said)


def _add_guideline(found: _Found, facts: Facts, hits, roles) -> None:
    """A body that recommends ("NICE advises"), or a recommendation stated with "should"."""
    should = "should" in found.seen
    numbered = "recommendation" in facts.lowered[:20] and facts.has("recommendation_number")
    if numbered:  # "Recommendation 3: offer ..."
        found.cues.append(_Cue(*numbered.span(), "guideline"))
    if not roles.get("org", ()) and not (should and roles.get("recommend", ())):
        return
    if not should and _BASIS_WORDS.search(facts.lowered) and facts.has("basis"):
        return  # "the committee's recommendation reflects the clinical experience of its members"
    at = {hit.start: k for k, hit in enumerate(hits)}
    orgs = [h for h in roles.get("org", ()) if is_org(facts.text, h, _next(hits, at[h.start]))]
    if not orgs and should:  # "under current recommendations, adults should ..."
        orgs = [h for h in roles.get("recommend", ()) if h.phrase in RECOMMEND_NOUNS]
    if orgs and (roles.get("recommend", ()) or should):
        org = orgs[0]
        negated = modifier(facts.lowered, hits, at[org.start], -1, is_negator)
        kind = "evidence_mention" if facts.navigation() else "evidence"
        found.cues.append(_Cue(org.start, org.end, "guideline", kind=kind, negated=negated))


def _next(hits: list[Hit], k: int) -> Hit | None:
    return hits[k + 1] if k + 1 < len(hits) else None


def _add_expert(found: _Found, facts: Facts, roles) -> None:
    lowered = facts.lowered
    for pro in roles.get("pro", ()):
        before = lowered[max(0, pro.start - 40):pro.start]
        if rx("self_pro").search(before) or rx("pro_after").match(lowered, pro.end) \
                or "," in before and rx("apposition").search(before) \
                and speaks(lowered, pro, roles.get("speech", ())):
            found.expert = True  # "as a nurse", "GP here", "Our founder, a dermatologist, says"
            found.cues.append(_Cue(pro.start, pro.end, "expert_opinion"))
            return
    if roles.get("our_patients", ()) and facts.has("practice_verb"):
        found.expert = True  # "we often recommend it to our patients"
        found.cues.append(_Cue(*_span(roles.get("our_patients", ())[0]), "expert_opinion"))
        return
    pro = verb = None
    for pro in roles.get("pro", ()):
        if not lowered[max(0, pro.start - 5):pro.start].endswith(("your ", "my ")):
            verb = speaks(lowered, pro, roles.get("speech", ()))
            if verb:
                break
    if verb is None:
        return
    if verb.phrase in ("wrote", "reported", "described", "documented") \
            and facts.has("counted_people"):
        found.cues.append(_Cue(pro.start, verb.end, "case_series"))  # "six people who took it
        return  # developed jaundice, doctors at a liver unit wrote"
    quoted = bool(facts.has_original("quoted"))
    if verb.phrase in ("told me", "told us") and not quoted:
        found.anecdote = True  # "doctors told me": the writer's story
        return
    if found.anecdote and not all_quoted(facts.text, [c.start for c in found.cues
                                                      if c.label == "anecdote"]):
        return
    found.anecdote = False  # first-person words inside the quotation are the professional's
    found.cues = [c for c in found.cues if c.label != "anecdote"]
    found.expert = True
    found.cues.append(_Cue(pro.start, pro.end, "expert_opinion"))


def _add_lay(found: _Found, facts: Facts, roles) -> None:
    """A lay person or customer next to a speech verb: "one patient said", "clients say"."""
    for lay in (*roles.get("lay", ()), *roles.get("our_patients", ())):
        if speaks(facts.lowered, lay, roles.get("speech", ())):
            found.anecdote = True
            found.cues.append(_Cue(lay.start, lay.end, "anecdote"))
            return


def _span(hit: Hit) -> tuple[int, int]:
    return hit.start, hit.end


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
    if found.anecdote or found.personal and not found.expert_weak:
        return "anecdote"
    if any(c.weak and c.label == "rct" for c in counting):
        return "rct"
    if found.expert_weak:
        return "expert_opinion"
    return "none"


def _fallback(facts: Facts, found: _Found, context: ClaimContext,
              options: Options) -> tuple[str, tuple | None]:
    """Sentences without a named design: lay sources, recommendations, reported case counts.

    Returns the label and the span it rests on (None when the span is already a signal)."""
    seen, lowered = found.seen, facts.lowered
    if "speech" in seen or "recommend" in seen:
        lay = _NAMED.search(facts.text) and facts.has_original("lay_source")
        if lay:
            return "anecdote", lay.span()
    if "should" in seen:
        should = facts.has("population_should")
        if not should and rx("recommendation_heading").search(context.section_heading):
            should = re.search(r"\b(?:should|must)\b", lowered)  # a list of recommendations
        if should:
            return "guideline", should.span()
    if " in his " in lowered or " in her " in lowered or " aged " in lowered:
        case = facts.has("case_person")  # "a man in his 60s was found to have lead poisoning"
        if case:
            return "case_series", case.span()
    people = not seen.isdisjoint(("people", "study", "pro"))
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
    before = _decide(_analyse(previous_text)[0])
    return before if before in DESIGNS else label
