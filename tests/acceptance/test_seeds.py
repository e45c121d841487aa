"""Acceptance on the four real documents credaudit was made for (read from ../shared/seeds).

The seeds are not project content: they are read from the shared folder when
it is present and these tests skip when it is not.  Claims are located only by
the short phrases the issue tracker itself quotes, or by structure (a phone
number followed by '|'), never by copying seed text here.
"""
import glob
import os
import re

import pytest

from audit.api import audit_paths

SEEDS = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "seeds")
pytestmark = pytest.mark.skipif(not glob.glob(os.path.join(SEEDS, "*.txt")),
                                reason="../shared/seeds not present on this machine")


@pytest.fixture(scope="module")
def seeds():
    paths = sorted(glob.glob(os.path.join(SEEDS, "*.txt")))
    return {os.path.basename(p)[:3]: doc for p, doc in zip(paths, audit_paths(paths))}


def claims(document):
    return [(s, c) for s in document["sections"] for c in s["claims"]]


def find(document, pattern):
    regex = re.compile(pattern)
    found = [(s, c) for s, c in claims(document) if regex.search(c["text"])]
    assert found, f"no claim matches {pattern!r}"
    return found


def test_guideline_statement_is_guideline_evidence(seeds):
    for _, claim in find(seeds["000"], r"\(AASM\) guidelines"):
        assert claim["evidence_type"] == "guideline"


def test_twelve_patient_study_reports_twelve(seeds):
    assert {c["sample_size"] for _, c in find(seeds["002"], r"\b12 patients\b")} == {12}


def test_event_rates_are_not_sample_sizes(seeds):
    for _, claim in find(seeds["000"], r"17±7"):
        assert claim["sample_size"] is None


def test_booster_scores_lower_than_calibrated_systematic_review(seeds):
    [(_, boosted)] = find(seeds["002"], r"Sleep Relief is a breakthrough in sleep technology")
    [(_, review)] = find(seeds["000"], r"2019 systematic review concluded that there is insufficient")
    assert boosted["boosted"] and boosted["commercial"]
    assert review["evidence_type"] == "systematic_review" and review["hedged"]
    assert boosted["credibility"] < review["credibility"]
    assert review["grade"] in {"high", "moderate"} and boosted["grade"] == "very_low"


def test_clinic_phone_number_headers_are_commercial(seeds):
    headers = find(seeds["002"], r"^\d{3}-\d{3}-\d{4} \|")
    for section, claim in headers:
        assert claim["commercial"]
        assert section["promotional"] and section["genre"] == "marketing"


def test_supplement_product_copy_is_commercial(seeds):
    product = find(seeds["002"], r"Sleep Relief")
    share = sum(1 for _, c in product if c["commercial"]) / len(product)
    assert share >= 0.6


def test_forum_replies_are_anecdote_and_the_opening_article_is_not(seeds):
    document = seeds["003"]
    sections = document["sections"]
    start = next(i for i, s in enumerate(sections) if s["heading"].startswith("Written by"))
    article, thread = sections[:start], sections[start:]
    assert all(s["genre"] != "anecdote" for s in article if s["claims"])
    thread_claims = [c for s in thread for c in s["claims"]]
    anecdotal = sum(1 for c in thread_claims if c["evidence_type"] == "anecdote")
    assert anecdotal / len(thread_claims) >= 0.8
    assert all(s["genre"] in {"anecdote", "boilerplate"} for s in thread if s["claims"])


def test_guideline_summaries_come_out_guideline(seeds):
    for key in ("000", "001"):
        genres = seeds[key]["summary"]["genre_share"]
        assert max(genres, key=genres.get) == "guideline", genres


def test_boilerplate_lines_in_the_blog_archive(seeds):
    for pattern in (r"^Share this", r"IGNORE THE ADS"):
        sections = [s for s in seeds["002"]["sections"] if re.search(pattern, s["heading"])]
        assert sections, f"no section headed {pattern!r}"
        assert all(s["genre"] == "boilerplate" for s in sections)
