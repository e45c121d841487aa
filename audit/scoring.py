"""Scoring stage: run the scorers on every claim, then judge sections and claims.

Order matters and is fixed: claim scorers -> document context (product names
sold elsewhere on the page, see audit/context.py) -> section genre -> context
fallbacks (an unsupported statement in a personal-experience section is
anecdote; a cited statement in a guideline summary rests on the guideline)
-> credibility -> section promotion and disclosure -> document summary.
"""
from __future__ import annotations

from operator import attrgetter

from audit import judge
from audit.context import propagate_products
from audit.genre_rules import GENRES, rule_genre, section_cues
from audit.model import Claim, Document, Section
from audit.pipeline import ScorerCrash, Settings, is_attributed
from scorers import load, load_claim_scorers
from scorers._base import ClaimContext

CLAIM_DEFAULTS = {"evidence_type": "none", "sample_size": None, "hedged": False,
                  "boosted": False, "claim_strength": "no_relationship", "commercial": False,
                  "commercial_score": 0.0}


def score_document(document: Document, claims: dict[str, list[Claim]],
                   settings: Settings, genre_model=None) -> dict:
    scorers = claim_scorers(settings)
    scored = {s.id: _score_claims(document, s, claims[s.id], settings, scorers)
              for s in document.sections}
    propagate_products([{"claims": scored[s.id]} for s in document.sections])
    sections = [_judge_section(document, s, scored[s.id], genre_model)
                for s in document.sections]
    from audit.disclosure import apply_disclosures
    sections = apply_disclosures(document, sections, settings.disclosure)
    return {"source": document.source, "id": document.id, "title": document.title,
            "format": document.format, "encoding": document.encoding, "error": None,
            "summary": summarise(sections), "sections": sections}


def _score_claims(document: Document, section: Section, claims: list[Claim],
                  settings: Settings, scorers: tuple | None = None) -> list[dict]:
    scored = []
    previous = ""
    for claim in claims:
        context = ClaimContext(section_heading=section.heading, section_region=section.region,
                               section_hints=section.hints, document_format=document.format,
                               previous_text=previous)
        scored.append(score_claim(claim, context, settings, scorers))
        previous = claim.text
    return scored


def _judge_section(document: Document, section: Section, scored: list[dict], genre_model) -> dict:
    text = document.text[section.start:section.end]
    cues = section_cues(text, scored, section.region, section.boundary)
    if section.boundary == "chrome":  # opened by page furniture the sectioner recognised
        genre, confidence = "boilerplate", 0.95
    elif genre_model is not None:
        genre, confidence = genre_model.predict(section, text, cues)
    else:
        genre, confidence = rule_genre(cues)
    for claim in scored:
        _apply_context(claim, genre)
        claim["credibility"], claim["reasons"] = judge.credibility(claim, section_genre=genre)
        claim["grade"] = judge.grade_of(claim["credibility"])
    promotion = promotion_score(scored, genre, confidence, section.boundary)
    return {"id": section.id, "heading": section.heading, "level": section.level,
            "region": section.region, "start": section.start, "end": section.end,
            "line": section.line, "genre": genre, "genre_confidence": round(confidence, 3),
            "promotional": promotion >= 0.5, "promotion_score": promotion,
            "disclosed": False, "disclosure": None,
            "readability": load("readability").score_section(text),
            "claims": [_ordered(c) for c in scored]}


def claim_scorers(settings: Settings) -> tuple:
    """(module, options) of every claim scorer, in order; options are frozen, so one
    resolution serves a whole document."""
    return tuple((module, settings.scorer_options.get(module.NAME) or module.Options())
                 for module in load_claim_scorers())


_SIGNAL_ORDER = attrgetter("start", "end", "scorer", "kind")


def score_claim(claim: Claim, context: ClaimContext, settings: Settings,
                scorers: tuple | None = None) -> dict:
    fields = dict(CLAIM_DEFAULTS)
    signals = []
    for module, options in scorers or claim_scorers(settings):
        try:
            assessment = module.score(claim, context, options)
        except Exception as error:  # noqa: BLE001 - reported, never swallowed
            raise ScorerCrash(module.NAME, error) from error
        fields.update(assessment.fields)
        signals.extend(assessment.signals)
    signals.sort(key=_SIGNAL_ORDER)
    return {"id": claim.id, "text": claim.text, "start": claim.start, "end": claim.end,
            "line": claim.line, **fields, "attributed": is_attributed(claim),
            "citations": list(claim.citations), "signals": [s.as_dict() for s in signals]}


def _apply_context(claim: dict, genre: str) -> None:
    if claim["evidence_type"] != "none":
        return
    if genre == "anecdote":
        claim["evidence_type"] = "anecdote"
        claim["context_evidence"] = "statement in a personal-experience section"
    elif genre == "guideline" and claim["citations"]:
        claim["evidence_type"] = "guideline"
        claim["context_evidence"] = "cited statement in a guideline summary"


STRONG_SALE = 0.85


def promotion_score(claims: list[dict], genre: str, confidence: float, boundary: str) -> float:
    """How promotional a section is, 0..1: commercial claims and a marketing genre."""
    if not claims:
        return 0.0
    strengths = sorted((c["commercial_score"] for c in claims), reverse=True)
    share = sum(1 for c in claims if c["commercial"]) / len(claims)
    # one unmistakable sales line (a discount code, "buy now" with a price) makes the section an ad
    strongest = strengths[0] if strengths[0] >= STRONG_SALE else sum(strengths[:2]) / 2
    score = max(share, strongest)
    if genre == "marketing":
        score = max(score, 0.35 + 0.5 * confidence)
    if boundary == "seo" and strengths[0] > 0:
        score = max(score, 0.9)
    return round(min(1.0, score), 3)


_CLAIM_ORDER = ("id", "text", "start", "end", "line", "credibility", "grade", "evidence_type",
                "sample_size", "hedged", "boosted", "claim_strength", "commercial",
                "commercial_score", "attributed", "citations", "signals", "reasons")


def _ordered(claim: dict) -> dict:
    ordered = {key: claim[key] for key in _CLAIM_ORDER}
    if len(ordered) < len(claim):  # keys beyond the fixed order keep their own order
        ordered.update((k, v) for k, v in claim.items() if k not in ordered)
    return ordered


def summarise(sections: list[dict]) -> dict:
    claims = [c for s in sections for c in s["claims"]]
    grades = {name: 0 for name, _ in judge.GRADES}
    genres: dict[str, int] = {}
    for section in sections:
        if section["claims"]:
            genres[section["genre"]] = genres.get(section["genre"], 0) + len(section["claims"])
    for claim in claims:
        grades[claim["grade"]] += 1
    total = len(claims)
    mean = round(sum(c["credibility"] for c in claims) / total, 1) if total else None
    promotional = [s for s in sections if s["promotional"]]
    return {"claims": total, "credibility_mean": mean, "grades": grades,
            "genres": {g: genres[g] for g in GENRES if g in genres},
            "genre_share": {g: round(genres[g] / total, 3) for g in GENRES if g in genres},
            "promotional_sections": len(promotional),
            "unflagged_promotional_sections": sum(1 for s in promotional if not s["disclosed"])}
