"""The readability scorer reproduces textstat 0.7.3's figures without importing textstat."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scorers import readability

from .perf_helpers import corpus

import textstat  # noqa: E402  a declared dependency: the reference implementation
SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def reference(text: str) -> dict:
    """textstat's own figures, through the scorer's `backend = "textstat"` option."""
    return readability.score_section(text, readability.Options(backend="textstat"))


def texts():
    for path in sorted(SAMPLES.rglob("*")):
        if path.suffix in (".txt", ".md", ".html") and path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            yield text
            yield from (part for part in text.split("\n\n") if part.strip())
    for seed in range(40):
        yield corpus.text_document(seed, 2500)
        yield corpus.Writer(seed).paragraph("anecdote", 6)


def test_same_figures_as_textstat_on_samples_and_generated_text():
    checked = 0
    for text in texts():
        assert readability.score_section(text) == reference(text), text[:200]
        checked += 1
    assert checked > 100


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["The", "trial", "of", "240", "adults", "found", "walking",
                                 "may", "ease", "pain.", "Really?", "Yes!", "e.g.", "—", "3.5%",
                                 "naïve", "co-operation", "don't", "U.S.", "...", "\n\n", "İstanbul",
                                 "ﬁbre", "Straße", "x"]), min_size=25, max_size=120))
def test_same_figures_on_generated_word_salad(words):
    text = " ".join(words)
    assert readability.score_section(text) == reference(text)


def test_short_sections_have_no_score_and_options_apply():
    assert readability.score_section("Too short to score.") == \
        {"flesch_reading_ease": None, "flesch_kincaid_grade": None}
    text = "Walking helps. It may ease pain."
    scored = readability.score_section(text, readability.Options(min_words=3))
    assert scored["flesch_reading_ease"] is not None
