"""A real report from the pipeline (audit.api) rendered in every editor format."""
from __future__ import annotations

import csv
import io

from report_helpers import Page, render, tables

from reports import csv as csv_report
from reports import html as html_report
from reports import markdown as md_report
from reports._text import clean

PAGE = """# Magnesium and sleep

## What studies found

A randomised controlled trial of 151 older adults found that magnesium may modestly improve sleep quality.

## Shop our blend

Our breakthrough Night Calm capsules are clinically proven to cure insomnia in just one night! Buy now.

## Reader story

I took the capsules for a week and I honestly sleep like a baby now.
"""


def real_report() -> dict:
    from audit.api import audit_text, build_report
    document = audit_text(PAGE, fmt="markdown", source="<script>x</script>.md")
    return build_report([document])


def test_pipeline_report_renders_in_html_markdown_and_csv():
    report = real_report()
    document = report["documents"][0]
    assert document["error"] is None
    claims = [(s, c) for s in document["sections"] for c in s["claims"]]
    assert claims, "the pipeline found no claims in the sample page"

    page = Page(render(html_report, report))
    assert page.nesting_errors == [] and len(page.find("script")) == 1
    items = page.find("li", "claim")
    assert len(items) == len(claims)
    for item, (_, claim) in zip(items, claims):
        assert "".join(page.claim_text[item["id"]]) == clean(claim["text"])
        for index, signal in enumerate(claim["signals"]):
            marked = "".join("".join(m[2]) for m in page.marks
                             if m[0] == item["id"] and str(index) in m[1].split())
            assert marked == clean(signal["text"]), signal
    assert "<script>x</script>.md" in page.all_text()

    markdown = render(md_report, report)
    for table in tables(markdown):
        assert {len(row) for row in table} == {len(table[0])}

    rows = list(csv.reader(io.StringIO(render(csv_report, report), newline="")))
    assert len(rows) == 1 + len(claims)
    assert [r[7] for r in rows[1:]] == [c["id"] for _, c in claims]
