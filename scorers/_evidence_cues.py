"""Finding the evidence cues of one claim (the evidence scorer's first step).

`analyse(text)` runs the phrase lexicon of `_evidence_lexicon` over a claim and returns
a `Found`: the cues (each with its label, and whether it is negated, a mere mention or
weak) and the framing flags (first-hand story, professional, opinion piece, reference
to the previous claim).  Scope questions - is a cue negated, planned, inside a study
frame, spoken by the person next to it - are answered by `_evidence_scope`.
`scorers.evidence` turns a `Found` into one label.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from operator import attrgetter

from audit.lexicon import Hit, Lexicon, lower_keep_offsets
from scorers._evidence_lexicon import HEARSAY_STRONG, PERSON_ORGS, RECOMMEND_NOUNS, categories
from scorers._evidence_scope import (DESIGNS, Facts, all_quoted, definite, is_absent,
                                     is_negator, is_org, is_plan, modifier, rx, speaks,
                                     spread_negation, study_count)
from scorers._numbers import number_regex
from scorers._phrases import LightHit, light_hits

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


@dataclass(slots=True)
class Cue:
    start: int
    end: int
    label: str
    kind: str = "evidence"  # evidence | evidence_mention | vague_appeal
    negated: bool = False
    weak: bool = False


@dataclass(slots=True)
class Found:
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

    def hits(self, lowered: str) -> list[LightHit]:
        """The hits in `lowered`, without the phrases of category "ignore"."""
        return light_hits(self, lowered, skip="ignore")


@cache
def lexicon() -> _Lexicon:
    return _Lexicon(categories())


@cache
def _count_before() -> re.Pattern[str]:
    return re.compile(r"(?P<n>" + number_regex().pattern + r")\s+(?:[\w'-]+\s+){0,3}$")


def analyse(text: str) -> tuple[Found, Facts]:
    lowered = lower_keep_offsets(text)
    if "\u2019" in lowered:
        lowered = lowered.replace("\u2019", "'")
    facts = Facts(text, lowered)
    hits = [hit for hit in lexicon().hits(lowered)
            if hit.category != "first_person" or not _shouted_pronoun(text, hit)]
    if not hits:
        return Found(cues=[]), facts
    seen = {hit.category for hit in hits}
    hearsay_at = len(text) + 1
    if "hearsay" in seen:
        hearsay_at = next(hit.start for hit in hits if hit.category == "hearsay")
    if ("should" in lowered or "must" in lowered) and any(
            hit.phrase.startswith(("should", "must")) for hit in hits):
        seen.add("should")  # also inside "should be tested", "must not"
    found = Found(cues=[], seen=seen)
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
                found.cues.append(Cue(hit.start, hit.end, "systematic_review"))
            elif phrase in _ANAPHORA or definite(lowered, hit.start):
                found.anaphoric = True
        elif cat == "anecdote" or cat == "anecdote_weak" and facts.has("health"):
            found.anecdote = True
            found.cues.append(Cue(hit.start, hit.end, "anecdote"))
        elif cat == "anecdote_weak":
            roles.setdefault("weak", []).append(hit)  # "a friend ... said it helped her"
        elif cat in _FLAG:
            setattr(found, _FLAG[cat], True)
            found.cues.append(Cue(hit.start, hit.end, "expert_opinion"))
        elif cat == "vague":
            found.cues.append(Cue(hit.start, hit.end, "none", kind="vague_appeal"))
        elif cat == "connector":
            if facts.has("bio"):  # "..., which is why" next to body chemistry
                found.cues.append(Cue(hit.start, hit.end, "preclinical", weak=True))
    if roles.get("hearsay", ()) or roles.get("social", ()):
        _add_hearsay(found, facts, roles)
    if roles.get("org", ()) or roles.get("recommend", ()) or "recommendation" in lowered[:20]:
        _add_guideline(found, facts, hits, roles)
    if roles.get("pro", ()) or roles.get("our_patients", ()):
        _add_expert(found, facts, roles)
    if roles.get("lay", ()) or roles.get("our_patients", ()) or roles.get("weak", ()):
        _add_lay(found, facts, roles)
    if "first_person" in seen:
        found.personal = not found.anecdote and not text.rstrip().endswith("?") \
            and bool(facts.has("health"))  # "Has anyone taken this for their knees?": no story
    elif dropped_i(facts):
        found.personal = True  # "Took two of these before the flight and didn't feel sick"
    if "rct_weak" in seen and not found.anaphoric:
        found.anaphoric = any(c.label == "rct" and c.weak and definite(lowered, c.start)
                              for c in found.cues)
    if len(found.cues) > 1:
        found.cues.sort(key=_START)
        if ("neg" in seen or "absent_post" in seen) and any(c.negated for c in found.cues):
            spread_negation(found.cues, lowered)
    return found, facts


def _shouted_pronoun(text: str, hit) -> bool:
    """"ME"/"MY" in capitals is keyword-stuffed copy ("DOCTOR NEAR ME"), not someone's story."""
    word = text[hit.start:hit.end]
    return hit.category == "first_person" and len(word) > 1 and word.isupper()


_DROPPED_STARTS = frozenset("too tri sta bee swi sto qui wen had fel not bou ord fin day lov usi "
                            "tak sle los gai dro gav dit swa cut".split())


_FIRST_LETTERS = re.compile(r"[^a-z]{0,4}([a-z]{3})")
_BASIS_WORDS = re.compile(r"reflect|rest|based|come|draw|evidence|relies")


def dropped_i(facts: Facts) -> bool:
    """A first-person verb without its "I" opens the claim, about health ("Took two, slept")."""
    first = _FIRST_LETTERS.match(facts.lowered)
    return bool(first and first.group(1) in _DROPPED_STARTS and facts.has("dropped_i")
                and facts.has("health"))


def _design_cue(facts: Facts, hits: list[Hit], i: int, hearsay_at: int, seen) -> Cue:
    lowered, hit = facts.lowered, hits[i]
    cat = hit.category
    cue = Cue(hit.start, hit.end, _LABEL_OF.get(cat, cat), weak=cat in _WEAK)
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
    if hit.phrase == "cases of" and not _few_before(lowered, hit.start) \
            or hit.phrase == "consecutive" and not _CONSECUTIVE.match(lowered, hit.end):
        cue.kind = "evidence_mention"  # "three cases of hair loss", not "10,000 cases of diabetes";
        # "23 consecutive patients", not "seven consecutive days"
    elif cat == "rct_weak" and seen.isdisjoint(DESIGNS) \
            and not (facts.framed(hit.start, hit.end) or facts.has("health")):
        cue.kind = "evidence_mention"  # "the trial of the new parking system starts on Monday"
    absent = "absent_post" in seen
    if (absent or "neg" in seen) and modifier(lowered, hits, i, -1, is_negator):
        cue.negated = True
    elif "plan_pre" in seen and modifier(lowered, hits, i, -1, is_plan) \
            or absent and modifier(lowered, hits, i, 1, is_absent) \
            or hit.start > hearsay_at or facts.not_evidence(cue.label) \
            or cat == "guideline_framed" and not _relayed(facts, hit) \
            or cat.endswith("_framed") and cat != "guideline_framed" \
            and not facts.framed(hit.start, hit.end):
        cue.kind = "evidence_mention"
    return cue


def _relayed(facts: Facts, hit: Hit) -> bool:
    """Does the sentence relay what the named guideline says (not just talk about it, and not
    only about the basis of its recommendations)?"""
    if "should" not in facts.lowered and facts.has("basis"):
        return False  # "most recommendations rest on randomised trials"
    content = rx("reco_content")
    lowered = facts.lowered
    return bool(content.search(lowered, 0, hit.start) or content.search(lowered, hit.end))


_CONSECUTIVE = re.compile(r"\s+(?:[\w-]+\s+)?(?:patients|cases|operations|procedures|surgeries|"
                          r"replacements|admissions|adults|children|women|men|infants|referrals|"
                          r"series|births|deliveries|participants)\b")


def _few_before(lowered: str, start: int) -> bool:
    """"Three cases of ...", "several cases of ...": a handful of cases, as in a case series."""
    return bool(_FEW_BEFORE.search(lowered, max(0, start - 30), start))


_FEW_BEFORE = re.compile(r"(?:\b\d{1,2}|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|"
                         r"twelve|several|few|handful\s+of|rare))\s+(?:[\w-]+\s+){0,2}$")


def _add_hearsay(found: Found, facts: Facts, roles) -> None:
    """First-person hearsay is an anecdote when it is about health or passes on a study."""
    said = [*roles.get("hearsay", ()), *(s for s in roles.get("social", ())
                                 if roles.get("speech", ()) or "first_person" in found.seen)]
    if not said:
        return
    demoted = any(c.kind == "evidence_mention" and c.start > said[0].start for c in found.cues)
    if demoted or any(h.phrase in _HEARSAY_STRONG for h in said) or facts.has("health") \
            or roles.get("speech", ()) or roles.get("pro", ()):
        found.anecdote = True
        found.cues.extend(Cue(h.start, h.end, "anecdote") for h in said)


def _add_guideline(found: Found, facts: Facts, hits, roles) -> None:
    """A body that recommends ("NICE advises"), or a recommendation stated with "should"."""
    should = "should" in found.seen
    numbered = "recommendation" in facts.lowered[:20] and facts.has("recommendation_number")
    if numbered:  # "Recommendation 3: offer ..."
        found.cues.append(Cue(*numbered.span(), "guideline"))
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
        found.cues.append(Cue(org.start, org.end, "guideline", kind=kind, negated=negated))


def _next(hits: list[Hit], k: int) -> Hit | None:
    return hits[k + 1] if k + 1 < len(hits) else None


def _add_expert(found: Found, facts: Facts, roles) -> None:
    lowered = facts.lowered
    for pro in roles.get("pro", ()):
        before = lowered[max(0, pro.start - 40):pro.start]
        if rx("self_pro").search(before) or rx("pro_after").match(lowered, pro.end) \
                or "," in before and rx("apposition").search(before) \
                and speaks(lowered, pro, roles.get("speech", ())):
            found.expert = True  # "as a nurse", "GP here", "Our founder, a dermatologist, says"
            found.cues.append(Cue(pro.start, pro.end, "expert_opinion"))
            return
    if roles.get("our_patients", ()) and facts.has("practice_verb"):
        found.expert = True  # "we often recommend it to our patients"
        found.cues.append(Cue(*_span(roles.get("our_patients", ())[0]), "expert_opinion"))
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
            and (facts.has("counted_people") or facts.has("reported_case")):
        found.cues.append(Cue(pro.start, verb.end, "case_series"))  # "six people who took it
        return  # developed jaundice, doctors at a liver unit wrote"
    quoted = bool(facts.has_original("quoted"))
    if verb.phrase == "told us" and not quoted and (
            "first_person" in found.seen or "anecdote_weak" in found.seen):
        found.anecdote = True  # "the doctors told us our son would never walk": the writer's story
        return
    if found.anecdote and not all_quoted(facts.text, [c.start for c in found.cues
                                                      if c.label == "anecdote"]):
        return
    found.anecdote = False  # first-person words inside the quotation are the professional's
    found.cues = [c for c in found.cues if c.label != "anecdote"]
    found.expert = True
    found.cues.append(Cue(pro.start, pro.end, "expert_opinion"))


def _add_lay(found: Found, facts: Facts, roles) -> None:
    """A lay person or customer next to a speech verb: "one patient said", "clients say"."""
    for lay in (*roles.get("lay", ()), *roles.get("our_patients", ()), *roles.get("weak", ())):
        if speaks(facts.lowered, lay, roles.get("speech", ())):
            found.anecdote = True
            found.cues.append(Cue(lay.start, lay.end, "anecdote"))
            return


def _span(hit: Hit) -> tuple[int, int]:
    return hit.start, hit.end
