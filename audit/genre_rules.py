"""Rule-of-thumb section genres, used when no trained model is available.

The scikit-learn model (`audit/genre_model.py`) supersedes these rules; they
remain as the documented fallback and their cue rates are also features of
the model.  Each rule reads rates over the section's claims.
"""
from __future__ import annotations

import re

from audit.lexicon import lowered_for_ignorecase

GENRES = ("guideline", "research", "news", "marketing", "anecdote", "boilerplate", "other")

_BOILERPLATE = re.compile(
    r"\b(?:all rights reserved|copyright|©|cookies?|privacy policy|terms of (?:use|service)|"
    r"share this|subscribe|newsletter|sign up|log ?in|sign in|related (?:posts|articles|stories)|"
    r"leave a (?:comment|reply)|posted in|tags?:|categor(?:y|ies)|read more|click here|"
    r"advertisement|ignore the ads|does not replace|not intended as medical advice|"
    r"view profiles|skip to (?:main )?content|back to top|follow us|menu|home\b)", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|me|my|mine|myself)\b")
_REPORTED = re.compile(r"\b(?:said|says|told|according to|explained|added|noted|reported)\b", re.I)
_RECOMMEND = re.compile(r"\b(?:recommend\w*|should|guidelines?|first-line|consider)\b", re.I)


def _for_lowered(pattern: re.Pattern) -> re.Pattern:
    """`pattern` (lower-case literals, re.I) without re.I, to run on lower-cased text.

    Lower-casing gives the same matches unless the text holds one of the four non-ASCII
    letters re.I matches to an ASCII one (`audit.lexicon.FOLDS_TO_ASCII`): it keeps every other
    character's length and word-ness, and no other character lower-cases to, or is
    re.I-equal to, an ASCII letter.  Without re.I the regex engine rejects an alternative
    on its first letter, which makes these scans several times faster."""
    assert pattern.pattern == pattern.pattern.lower() and pattern.flags & re.I
    return re.compile(pattern.pattern, pattern.flags & ~re.I)


_LOWERED = {p: _for_lowered(p) for p in (_BOILERPLATE, _REPORTED, _RECOMMEND)}


def section_cues(text: str, claims: list[dict], region: str, boundary: str = "") -> dict[str, float]:
    """Cue rates of one section; shared by the rules and the trained model."""
    count = max(1, len(claims))
    words = max(1, len(text.split()))
    lowered = lowered_for_ignorecase(text)

    def share(test) -> float:
        return sum(1 for c in claims if test(c)) / count

    def matches(pattern: re.Pattern) -> int:
        if lowered is None:
            return len(pattern.findall(text))
        return len(_LOWERED[pattern].findall(lowered))

    return {
        "commercial": share(lambda c: c["commercial"]),
        "anecdote": share(lambda c: c["evidence_type"] == "anecdote"),
        "expert": share(lambda c: c["evidence_type"] == "expert_opinion"),
        "study": share(lambda c: c["evidence_type"] in
                       {"systematic_review", "rct", "observational", "case_series", "preclinical"}),
        "guideline_ev": share(lambda c: c["evidence_type"] == "guideline"),
        "cited": share(lambda c: c["attributed"]),
        "hedged": share(lambda c: c["hedged"]),
        "boosted": share(lambda c: c["boosted"]),
        "first_person": min(1.0, 20 * len(_FIRST_PERSON.findall(text)) / words),
        "reported": min(1.0, 20 * matches(_REPORTED) / words),
        "recommend": min(1.0, 20 * matches(_RECOMMEND) / words),
        "boilerplate": min(1.0, 10 * matches(_BOILERPLATE) / words),
        "chrome_region": 1.0 if region in {"nav", "footer", "header", "form"}
        or boundary == "chrome" else 0.0,
        "no_claims": 1.0 if not claims else 0.0,
    }


def rule_genre(cues: dict[str, float]) -> tuple[str, float]:
    """(genre, confidence) from cue rates; confidence is a rough 0.5-0.9."""
    if cues["commercial"] >= 0.5:
        return "marketing", 0.6 + 0.3 * cues["commercial"]
    if cues["chrome_region"] or (cues["boilerplate"] >= 0.3 and cues["study"] == 0) \
            or (cues["no_claims"] and cues["commercial"] == 0):
        return "boilerplate", 0.7
    if cues["commercial"] >= 0.3:
        return "marketing", 0.6 + 0.3 * min(1.0, cues["commercial"])
    if cues["anecdote"] >= 0.3 or cues["first_person"] >= 0.5:
        return "anecdote", 0.6
    if cues["guideline_ev"] >= 0.2 or (cues["recommend"] >= 0.3 and cues["cited"] >= 0.3):
        return "guideline", 0.6
    if cues["study"] >= 0.3:
        return ("news", 0.55) if cues["reported"] >= 0.3 else ("research", 0.6)
    if cues["reported"] >= 0.3:
        return "news", 0.55
    return "other", 0.5
