"""Readability of each section: Flesch reading ease and Flesch-Kincaid grade.

Scope: section.  Readability is reported, not judged: DISCERN and the JAMA
benchmarks do not score reading level, but editors use it to spot copy
written for persuasion (very easy) or abstracts pasted verbatim (very hard).

The figures are those of textstat 0.7.3 (English), computed here with the
same steps and the same syllable counter (pyphen's en_US hyphenation
patterns): words are the whitespace-separated tokens left after removing
punctuation; sentences are runs ending in `.`, `!` or `?`, not counting
runs of two words or fewer; averages are rounded to one decimal before the
formulas, as textstat does.  tests/perf/test_readability_parity.py checks
the numbers against textstat itself.  Importing textstat cost 150 ms or
more per process (it loads pkg_resources), more than auditing a typical
document, so the pipeline no longer imports it; pyphen's dictionary is
loaded on the first section long enough to score.

Options: `min_words` — sections shorter than this get `null` scores (the
formulas are meaningless on a few words); `backend` — `builtin` (default,
the same figures without the import cost) or `textstat` (call textstat
0.7.3 itself, a declared dependency, e.g. to audit the audit).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

NAME = "readability"
SUMMARY = "Flesch reading ease and grade level per section (textstat formulas, pyphen syllables)."
SCOPE = "section"
FIELDS = ("readability",)

_PUNCTUATION = re.compile(r"[^\w\s]")
# the ASCII characters _PUNCTUATION removes: on ASCII text bytes.translate deletes the same
# characters several times faster than the regex
_ASCII_PUNCTUATION = bytes(c for c in range(128) if _PUNCTUATION.match(chr(c)))
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")
_HYPHENATOR = []  # the pyphen.Pyphen instance, created on first use
_WORD_CACHE_LIMIT = 100_000  # pyphen memoises every word it sees; keep that bounded in long batches


@dataclass(frozen=True, kw_only=True)
class Options:
    min_words: int = 30
    backend: str = "builtin"  # or "textstat"


def score_section(text: str, options: Options = Options()) -> dict:
    """Return {"flesch_reading_ease": float|None, "flesch_kincaid_grade": float|None}."""
    if len(text.split()) < options.min_words:
        return {"flesch_reading_ease": None, "flesch_kincaid_grade": None}
    if options.backend == "textstat":
        import textstat  # deferred: 150 ms that only this option pays

        return {"flesch_reading_ease": round(float(textstat.flesch_reading_ease(text)), 1),
                "flesch_kincaid_grade": round(float(textstat.flesch_kincaid_grade(text)), 1)}
    sentence_length, syllables_per_word = _averages(text)
    ease = _legacy_round(206.835 - float(1.015 * sentence_length)
                         - float(84.6 * syllables_per_word), 2)
    grade = _legacy_round(float(0.39 * sentence_length) + float(11.8 * syllables_per_word) - 15.59, 1)
    return {"flesch_reading_ease": round(float(ease), 1),
            "flesch_kincaid_grade": round(float(grade), 1)}


def _averages(text: str) -> tuple[float, float]:
    """(average sentence length, average syllables per word), each rounded to 0.1 like textstat."""
    # ASCII text has the same words lower-cased, so one punctuation pass serves both counts
    # (elsewhere lower-casing can add or drop characters, as textstat's two passes do)
    lower_words = _unpunctuated(text.lower()).split() if text.isascii() else None
    words = len(lower_words) if lower_words is not None else _word_count(text)
    sentences = _SENTENCE.findall(text)
    counted = max(1, len(sentences) - sum(1 for s in sentences if _few_words(s)))
    sentence_length = _legacy_round(float(words / counted), 1)
    if not words:
        return sentence_length, 0.0
    syllables = _syllables(text) if lower_words is None else _sum_syllables(lower_words)
    return sentence_length, _legacy_round(float(syllables) / float(words), 1)


def _unpunctuated(text: str) -> str:
    """`text` without the characters _PUNCTUATION matches."""
    if text.isascii():
        return text.encode("ascii").translate(None, _ASCII_PUNCTUATION).decode("ascii")
    return _PUNCTUATION.sub("", text)


def _word_count(text: str) -> int:
    return len(_unpunctuated(text).split())


def _few_words(sentence: str) -> bool:
    """_word_count(sentence) <= 2, without splitting the rest of a long sentence."""
    return len(_unpunctuated(sentence).split(None, 2)) <= 2


def _syllables(text: str) -> int:
    cleaned = _unpunctuated(text.lower())
    if not cleaned:
        return 0
    return _sum_syllables(cleaned.split())


def _sum_syllables(words: list[str]) -> int:
    """Syllables of lower-cased, punctuation-free words."""
    hyphenator = _hyphenator()
    if len(hyphenator.hd.cache) > _WORD_CACHE_LIMIT:
        hyphenator.hd.cache.clear()
        _word_syllables.cache_clear()
    return sum(map(_word_syllables, words))


@lru_cache(maxsize=1 << 16)
def _word_syllables(word: str) -> int:
    return len(_hyphenator().positions(word)) + 1


def _hyphenator():
    if not _HYPHENATOR:
        from pyphen import Pyphen
        _HYPHENATOR.append(Pyphen(lang="en_US"))
    return _HYPHENATOR[0]


def _legacy_round(number: float, points: int = 0) -> float:
    """textstat's rounding: half away from zero, at `points` decimals."""
    scale = 10 ** points
    return float(math.floor((number * scale) + math.copysign(0.5, number))) / scale
