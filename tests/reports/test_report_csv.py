"""-f csv: one row per claim, fixed columns, RFC 4180 quoting, no formula injection."""
from __future__ import annotations

import csv
import io

import pytest
from report_helpers import all_claims, huge_report, load, render

from reports import csv as csv_report
from reports._text import clean

COLUMNS = ["source", "document_id", "section_id", "section_heading", "genre", "promotional", "disclosed",
           "claim_id", "line", "start", "end", "credibility", "grade", "evidence_type", "sample_size",
           "hedged", "boosted", "claim_strength", "commercial", "signals", "reasons", "text", "error"]


def rows_of(report: dict) -> list[dict]:
    reader = csv.reader(io.StringIO(render(csv_report, report), newline=""))
    header = next(reader)
    assert header == COLUMNS
    raw = list(reader)
    assert all(len(row) == len(COLUMNS) for row in raw)
    return [dict(zip(header, row)) for row in raw]


def test_columns_are_the_documented_contract():
    assert list(csv_report.COLUMNS) == COLUMNS
    for column in COLUMNS:
        assert f"``{column}``" in csv_report.__doc__


def test_one_row_per_claim_plus_one_per_failed_document(any_report):
    name, report = any_report
    rows = rows_of(report)
    claims = all_claims(report)
    failed = [d for d in report["documents"] if d.get("error")]
    assert len(rows) == len(claims) + len(failed)
    assert [r["claim_id"] for r in rows if not r["error"]] == [clean(c["id"]) for _, _, c in claims] or \
        name == "hostile"


def test_normal_row_values():
    row = rows_of(load("normal"))[2]
    assert row["source"] == "https://example.org/vitamin-d-winter"
    assert (row["section_id"], row["genre"], row["promotional"], row["disclosed"]) == ("s2", "marketing",
                                                                                       "true", "false")
    assert (row["claim_id"], row["line"], row["credibility"], row["grade"]) == ("s2.c1", "5", "14", "very_low")
    assert row["sample_size"] == "" and row["boosted"] == "true" and row["hedged"] == "false"
    assert row["signals"] == ("booster:clinically proven;own_product:Our clinically proven Sunshine Drops;"
                              "booster:in just three days")
    assert row["reasons"] == "no evidence cited (base 20) | booster 'clinically proven' on weak evidence (-6)"
    assert row["text"] == "Our clinically proven Sunshine Drops boost your immunity in just three days!"
    assert row["error"] == ""


def test_formula_cells_are_neutralised_but_numbers_are_not():
    rows = rows_of(load("hostile"))
    for row in rows:
        for column, value in row.items():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r", "\n")), (column, value)
    assert rows[0]["text"].startswith("'=HYPERLINK(")
    assert rows[1]["text"].startswith("'+SUM(1,2)")
    assert rows[1]["reasons"] == "'=tab formula | =cr formula"
    assert rows[0]["credibility"] == "12" and rows[0]["sample_size"] == "3"
    assert rows_of(load("hostile"))[0]["claim_id"].startswith("s1.c1<script>")


def test_multiline_text_round_trips_and_hostile_characters_are_cleaned():
    report = load("hostile")
    rows = rows_of(report)
    original = report["documents"][0]["sections"][0]["claims"][0]["text"]
    assert rows[0]["text"] == "'" + clean(original)
    assert "\n# not a heading\n> not a quote\n" in rows[0]["text"]
    assert "\x00" not in rows[0]["text"] and "[U+202E]evil[U+202C]" in rows[0]["text"]
    assert "\ufffd" in rows[1]["text"]


def test_error_document_row():
    rows = rows_of(load("error"))
    assert len(rows) == 1
    row = rows[0]
    assert row["error"] == "fetch failed: HTTP 404 <b>not found</b> | =cmd"
    assert (row["source"], row["document_id"]) == ("https://example.org/missing", "missing")
    assert all(row[c] == "" for c in COLUMNS if c not in ("source", "document_id", "error"))


def test_empty_document_gives_header_only():
    assert render(csv_report, load("empty")) == ",".join(COLUMNS) + "\r\n"


def test_rfc4180_crlf_and_quoting():
    text = render(csv_report, load("normal"))
    assert text.count("\r\n") == 9  # header + 8 claims, no bare line breaks in this fixture
    assert '"In a small pilot with 12 customers, most said they felt more energetic."' in text


@pytest.mark.parametrize("name", ["normal", "hostile"])
def test_output_is_deterministic_and_lazy_documents_stream(name):
    first = render(csv_report, load(name))
    assert first == render(csv_report, load(name))
    lazy = load(name)
    lazy["documents"] = iter(lazy["documents"])
    assert render(csv_report, lazy) == first


def test_megabyte_cell_is_written_whole():
    report = huge_report()
    old = csv.field_size_limit(4_000_000)  # Python's reader stops at 128 KiB by default, as documented
    try:
        rows = rows_of(report)
    finally:
        csv.field_size_limit(old)
    assert len(rows[0]["text"]) == len(report["documents"][0]["sections"][0]["claims"][0]["text"])
