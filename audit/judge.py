"""Per-claim credibility: 0-100, a GRADE-worded grade, and the reasons in plain words.

The score starts from the evidence type (an OCEBM-2011-shaped ladder) and is
moved by the other dimensions, each step listed in `reasons`:

| factor | effect |
| --- | --- |
| evidence base | guideline 80, systematic review 75, RCT 65, observational 50, case series 40, expert opinion 35, preclinical 30, anecdote 20, none 40 |
| sample size (studies only) | n < 20: -10; n < 100: -5; n >= 1000: +5 (GRADE imprecision) |
| attribution | citation marker or named source: +8; none on a study-type claim: -5 (JAMA benchmarks) |
| hedging | calibrated hedge on evidence below RCT: +5 (DISCERN Q8) |
| boosters | -12; on evidence below RCT: a further -8 (HealthNewsReview red flags) |
| causal language | direct causal claim on observational or weaker evidence: -6 (Yu et al. 2019) |
| vague appeal | "clinically validated", "backed by science" without a study: -5 |
| commercial | -15 to -30 by commercial strength (HONcode; FTC) |
| marketing section | -8 |

Grades: high >= 70, moderate >= 50, low >= 30, very_low below.
"""
from __future__ import annotations

EVIDENCE_BASE = {"guideline": 80, "systematic_review": 75, "rct": 65, "observational": 50,
                 "case_series": 40, "expert_opinion": 35, "preclinical": 30, "anecdote": 20,
                 "none": 40}
EVIDENCE_ORDER = tuple(EVIDENCE_BASE)  # strongest first, as on the ladder
STUDY_TYPES = frozenset({"systematic_review", "rct", "observational", "case_series"})
WEAK_EVIDENCE = frozenset({"case_series", "expert_opinion", "preclinical", "anecdote", "none"})
GRADES = (("high", 70), ("moderate", 50), ("low", 30), ("very_low", 0))
_WEAK_OR_OBSERVATIONAL = WEAK_EVIDENCE | {"observational"}


def grade_of(score: int) -> str:
    for name, floor in GRADES:
        if score >= floor:
            return name
    raise StopIteration  # as next() on an empty generator: no grade below 0


def credibility(claim: dict, *, section_genre: str) -> tuple[int, list[str]]:
    """Score one claim (a report dict with scorer fields filled); return (score, reasons)."""
    evidence = claim["evidence_type"]
    score = EVIDENCE_BASE[evidence]
    reasons = [f"{evidence.replace('_', ' ')} evidence (base {score})"]
    for delta, reason in _adjustments(claim, evidence, section_genre):
        if delta:
            score += delta
            reasons.append(f"{reason} ({delta:+d})")
    return max(0, min(100, score)), reasons


def _adjustments(claim: dict, evidence: str, genre: str):
    yield _sample_size(claim.get("sample_size"), evidence)
    yield _attribution(claim, evidence)
    if claim.get("hedged") and evidence in _WEAK_OR_OBSERVATIONAL:
        yield 5, "calibrated hedging on limited evidence"
    if claim.get("boosted"):
        cue = _first_signal(claim, "booster")
        yield -12, f"booster {cue!r}" if cue else "booster language"
        if evidence in _WEAK_OR_OBSERVATIONAL:
            yield -8, "booster on weak evidence"
    if claim.get("claim_strength") == "direct_causal" and evidence in _WEAK_OR_OBSERVATIONAL:
        yield -6, "causal claim stronger than its evidence"
    if _first_signal(claim, "vague_appeal"):
        yield -5, "vague appeal to research without a study"
    if claim.get("commercial"):
        strength = float(claim.get("commercial_score") or 0.5)
        yield -int(round(15 + 15 * min(1.0, strength))), "commercial conflict"
    if genre == "marketing":
        yield -8, "in a marketing section"


def _sample_size(n: int | None, evidence: str) -> tuple[int, str]:
    if n is None or evidence not in STUDY_TYPES:
        return 0, ""
    if n < 20:
        return -10, f"very small sample (n={n})"
    if n < 100:
        return -5, f"small sample (n={n})"
    if n >= 1000:
        return 5, f"large sample (n={n})"
    return 0, ""


def _attribution(claim: dict, evidence: str) -> tuple[int, str]:
    if claim.get("attributed"):
        return 8, "attributed to a cited source"
    if evidence in STUDY_TYPES:
        return -5, "study not cited"
    return 0, ""


def _first_signal(claim: dict, kind: str) -> str:
    for signal in claim.get("signals", ()):
        if signal["kind"] == kind and not signal.get("negated"):
            return signal["text"]
    return ""
