"""Readability of each section (textstat): Flesch reading ease and Flesch-Kincaid grade.

Scope: section.  Readability is reported, not judged: DISCERN and the JAMA
benchmarks do not score reading level, but editors use it to spot copy
written for persuasion (very easy) or abstracts pasted verbatim (very hard).

textstat is pinned to 0.7.3 because later releases (0.7.13) try to download
NLTK's cmudict on first use, which fails offline; 0.7.3 counts syllables
with pyphen only.  The import is deferred to the first call so that starting
the CLI does not pay for it.

Options: `min_words` — sections shorter than this get `null` scores (the
formulas are meaningless on a few words).
"""
from __future__ import annotations

from dataclasses import dataclass

NAME = "readability"
SUMMARY = "Flesch reading ease and grade level per section (textstat)."
SCOPE = "section"
FIELDS = ("readability",)


@dataclass(frozen=True, kw_only=True)
class Options:
    min_words: int = 30


def score_section(text: str, options: Options = Options()) -> dict:
    """Return {"flesch_reading_ease": float|None, "flesch_kincaid_grade": float|None}."""
    if len(text.split()) < options.min_words:
        return {"flesch_reading_ease": None, "flesch_kincaid_grade": None}
    import textstat  # deferred: keeps CLI start-up fast

    return {"flesch_reading_ease": round(float(textstat.flesch_reading_ease(text)), 1),
            "flesch_kincaid_grade": round(float(textstat.flesch_kincaid_grade(text)), 1)}
