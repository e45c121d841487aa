"""Disclosure detection (audit/disclosure.py) and marker capture in the extractors."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from audit.disclosure import find_labels, is_paid_link, parse_marker
from audit.extract_html import extract_html
from audit.extract_markdown import extract_markdown

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "documents"


def labels(text: str) -> list[str]:
    return [text[start:end] for start, end in find_labels(text)]


@pytest.mark.parametrize("text", [
    "Sponsored", "Sponsored content", "ADVERTISEMENT", "Advertisement", "Ad", "#ad", "Promoted",
    "Advertorial", "Paid partnership", "Paid promotion", "Partner content",
    "Sponsored by Acme Health", "Advertisement: the following is paid for by Acme.",
    "Paid partnership with Acme", "This article is sponsored by Acme.",
    "This post was produced in partnership with Acme Foods.",
    "Disclosure: I was sent this blender for free.",
    "We may earn a commission when you buy through our links.",
    "Living Well may earn a commission from purchases made through links in this article.",
    "This page contains affiliate links.", "As an Amazon Associate we earn from qualifying purchases.",
    "Loving this new serum #sponsored", "Affiliate disclosure: some links pay us a fee.",
])
def test_labels_found(text):
    assert labels(text), text


@pytest.mark.parametrize("text", [
    "This post is not sponsored.", "Nothing here is sponsored; we buy every product ourselves.",
    "We do not earn a commission on any product we mention.", "Disclosures: none.",
    "Disclosure: the authors declare no competing interests.",
    "The trial was sponsored by the National Heart Institute.",
    "AD: atopic dermatitis", "AD", "Adverse effects were rare.", "Advertising standards apply to "
    "health claims in the UK.", "Ad hoc analyses found no difference.",
    "The drug is sold under the brand name Lipitor.",
])
def test_labels_not_found(text):
    assert labels(text) == [], text


@pytest.mark.parametrize("body, kind, reason", [
    (' credaudit: sponsored reason="paid by Acme" ', "sponsored", "paid by Acme"),
    (" credaudit: sponsored reason='paid by Acme' ", "sponsored", "paid by Acme"),
    (" credaudit:sponsored — paid by Acme ", "sponsored", "paid by Acme"),
    (" credaudit: ignore: public campaign ", "ignore", "public campaign"),
    (" credaudit: sponsored paid by Acme ", "sponsored", "paid by Acme"),
    (" credaudit: sponsored ", "sponsored", None),
    (' credaudit: sponsored reason="" ', "sponsored", None),
    (" credaudit: sponsored — ... ", "sponsored", None),
    (" credaudit: ", "", None),
    (" credaudit: sponsord reason=x ", "sponsord", "x"),
])
def test_parse_marker(body, kind, reason):
    marker = parse_marker(body)
    assert (marker["kind"], marker["reason"]) == (kind, reason)


def test_parse_marker_ignores_other_comments():
    assert parse_marker(" TODO: fix this ") is None


@pytest.mark.parametrize("href, rel, paid", [
    ("https://amzn.to/3xYz", "", True),
    ("https://www.amazon.com/dp/B0X?tag=site-20", "", True),
    ("https://shop.example/product?ref=site", "", True),
    ("https://site.example/go/blender", "", True),
    ("/recommends/blender", "", True),
    ("https://www.nhs.uk/conditions/flu/", "", False),
    ("https://pubmed.ncbi.nlm.nih.gov/12345/", "", False),
    ("#section-2", "", False),
    ("https://maker.example/", "sponsored", True),
    ("https://maker.example/", "nofollow", False),
])
def test_is_paid_link(href, rel, paid):
    assert is_paid_link(href, rel) is paid


def test_markdown_marker_goes_to_the_next_block_and_not_from_code():
    text = ("Intro paragraph.\n\n<!-- credaudit: sponsored reason=\"paid\" -->\n## Offer\n\nBuy it.\n\n"
            "```\n<!-- credaudit: sponsored reason=\"an example\" -->\n```\n")
    blocks = extract_markdown(text).blocks
    markers = [(b.text, h) for b in blocks for h in b.hints if h[0] == "marker"]
    assert markers == [("Offer", ("marker", '3\tcredaudit: sponsored reason="paid"'))]


def test_markdown_front_matter_shifts_marker_lines():
    text = "---\ntitle: x\n---\n<!-- credaudit: ignore reason=\"y\" -->\nBody text here.\n"
    (block,) = extract_markdown(text).blocks
    assert ("marker", '4\tcredaudit: ignore reason="y"') in block.hints


def test_markdown_container_tag_alone_on_its_line_passes_its_hints_on():
    text = '<div class="sponsored">\n\nBuy it now.\n\n</div>\n'
    (block,) = extract_markdown(text).blocks
    assert ("class", "sponsored") in block.hints


def test_html_marker_goes_to_the_next_block_with_its_own_line():
    html = ("<html><body>\n<p>Intro paragraph.</p>\n<!-- an ordinary comment -->\n"
            "<!-- credaudit: sponsored reason=\"paid\" -->\n<h2>Offer</h2>\n<p>Buy it.</p>\n"
            "<!-- credaudit: ignore reason=\"last\" -->\n</body></html>")
    blocks = extract_html(html).blocks
    hints = {b.text: [h for h in b.hints if h[0] == "marker"] for b in blocks}
    assert hints["Offer"] == [("marker", '4\tcredaudit: sponsored reason="paid"')]
    assert hints["Intro paragraph."] == []
    assert hints["Buy it."] == [("marker", '7\tcredaudit: ignore reason="last"')]  # nothing follows


def test_plain_text_marker_line_applies_to_the_next_section():
    from audit.api import audit_text
    text = ("Getting started\n\nSome neutral advice about walking every day in daylight.\n\n"
            "[credaudit: sponsored — paid by TrailWarm]\nKeep warm with TrailWarm\n\n"
            "TrailWarm leggings keep you cosy. Shop now and use code WINTER30 for 30% off.\n")
    document = audit_text(text, fmt="text")
    marked = [s for s in document["sections"] if s["markers"]]
    assert len(marked) == 1 and "WINTER30" in marked[0]["claims"][-1]["text"]
    assert marked[0]["markers"][0]["reason"] == "paid by TrailWarm"
    assert marked[0]["disclosed"] and marked[0]["disclosure"]["kind"] == "marker"


def test_every_section_gets_the_disclosure_keys():
    from audit.api import audit_text
    document = audit_text("# Title\n\nA plain sentence about sleep and light.\n", fmt="markdown")
    for section in document["sections"]:
        assert {"disclosed", "disclosure", "markers", "affiliate_links"} <= set(section)
        assert list(section).index("disclosure") == list(section).index("disclosed") + 1


def _expectations(field: str):
    with open(SAMPLES / "expected.jsonl", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return [r for r in rows if r["field"] == field]


@pytest.mark.parametrize("row", _expectations("disclosed"),
                         ids=lambda r: f"{r['doc']}:{r['match'][:30]}")
def test_bundled_samples_disclosed(row):
    """The `disclosed` labels of samples/documents/expected.jsonl."""
    from audit.api import audit_paths
    (document,) = audit_paths([str(SAMPLES / row["doc"])])
    sections = [s for s in document["sections"]
                if any(row["match"] in c["text"] for c in s["claims"])]
    assert sections, row
    assert sections[0]["disclosed"] is row["value"], sections[0]["disclosure"]
