"""-f markdown: tables that page text cannot break, flagged claims, determinism."""
from __future__ import annotations

import pytest
from report_helpers import all_claims, load, render, tables

from reports import markdown as md_report
from reports.markdown import md


def flagged(report: dict) -> list[dict]:
    wanted = []
    for _, section, claim in all_claims(report):
        if (claim["commercial"] is True or claim["boosted"] is True or section["promotional"] is True
                or claim["grade"] in ("low", "very_low")):
            wanted.append(claim)
    return wanted


def test_every_table_row_has_as_many_cells_as_its_header(any_report):
    _, report = any_report
    for table in tables(render(md_report, report)):
        assert {len(row) for row in table} == {len(table[0])}, table


def test_hostile_text_cannot_inject_markup_or_break_lines():
    report = load("hostile")
    text = render(md_report, report)
    assert "<" not in text and "\x00" not in text and "\u202e" not in text
    assert "`" not in text.replace("\\`", "")
    assert "](" not in text.replace("\\](", "")  # no live link syntax
    assert "://" not in text.replace("\\://", "")  # no autolinked URLs
    headings = [line for line in text.split("\n") if line.startswith("#")]
    assert headings == ["# credaudit report", "## 1. &lt;/style&gt;&lt;script&gt;document.title='pwned'"
                        "&lt;/script&gt; \\[U+202E\\]redaeh", "### Flagged claims (2 of 3)", "## 2. Document 2"]
    for line in text.split("\n"):
        assert not line.startswith((">", "-", "+", "=")), line


def test_summary_table_shows_counts_grades_genres_and_promotion():
    text = render(md_report, load("normal"))
    summary = tables(text)[0]
    assert summary[0] == [" Claims ", " Mean credibility ", " High ", " Moderate ", " Low ", " Very low ",
                          " Genre mix ", " Promotional sections ", " Undisclosed promotional "]
    assert [c.strip() for c in summary[2]] == ["6", "45.7", "2", "0", "2", "2",
                                               "marketing 3 (50%), research 2 (33%), anecdote 1 (17%)", "2", "1"]


@pytest.mark.parametrize("name", ["normal", "hostile"])
def test_flagged_table_lists_exactly_the_flagged_claims(name):
    report = load(name)
    text = render(md_report, report)
    rows = [row for table in tables(text) if table[0][0].strip() == "Section" for row in table[2:]]
    wanted = flagged(report)
    assert len(rows) == len(wanted)
    assert [row[3].strip() for row in rows] == [str(c["credibility"]) for c in wanted]


def test_flagged_row_content():
    text = render(md_report, load("normal"))
    row = [c.strip() for c in tables(text)[1][2]]
    assert row == ["s2 Meet Sunshine Drops", "5", "Very low", "14", "none", "promotional, commercial, boosted",
                   "Our clinically proven Sunshine Drops boost your immunity in just three days!",
                   "no evidence cited (base 20); booster 'clinically proven' on weak evidence (-6)"]


def test_document_without_flags_says_so_and_error_document_shows_error():
    assert "No flagged claims (2 claims checked)." in render(md_report, load("normal"))
    failed = render(md_report, load("error"))
    assert "**Error:** fetch failed: HTTP 404 &lt;b&gt;not found&lt;/b&gt; \\| =cmd" in failed
    assert tables(failed) == []


def test_escaping_rules():
    assert md("a|b\nc") == "a\\|b c"
    assert md("# title") == "\\# title"
    assert md("- item") == "\\- item"
    assert md("> quote") == "&gt; quote"
    assert md("1. first") == "1\\. first"
    assert md("[x](javascript:alert(1))") == "\\[x\\](javascript:alert(1))"
    assert md("see https://example.org or www.example.org") == "see https\\://example.org or www\\.example.org"
    assert md("a\\|b") == "a\\\\\\|b"


def test_output_is_deterministic_and_streams_lazy_documents():
    report = load("hostile")
    first = render(md_report, report)
    assert first == render(md_report, load("hostile"))
    lazy = load("hostile")
    lazy["documents"] = iter(lazy["documents"])
    assert render(md_report, lazy) == first
    assert first.endswith("2 documents, 3 claims.\n")


def test_long_flagged_tables_are_capped_with_a_note():
    report = load("normal")
    section = report["documents"][0]["sections"][1]
    section["claims"] = [dict(section["claims"][0], id=f"s2.c{i}") for i in range(130)]
    text = render(md_report, report)
    flagged_table = [t for t in tables(text) if t[0][0].strip() == "Section"][0]
    assert len(flagged_table) == 2 + md_report.MAX_ROWS
    assert "### Flagged claims (132 of 134)" in text
    assert "32 more flagged claims are not listed; `-f csv` or `-f html` shows every claim." in text
