"""-f html: what an editor (and an attacker) would notice in the page source."""
from __future__ import annotations

import re
import time

import pytest
from report_helpers import Page, all_claims, huge_report, load, render

from reports import html as html_report
from reports._text import clean, one_line

ALLOWED = {"html", "head", "meta", "title", "style", "body", "header", "nav", "main", "article", "section",
           "div", "p", "span", "b", "h2", "h3", "ol", "ul", "li", "a", "button", "mark", "details",
           "summary", "table", "thead", "tbody", "tr", "th", "td", "svg", "rect", "script"}


def page_of(name_or_report) -> tuple[str, Page]:
    report = load(name_or_report) if isinstance(name_or_report, str) else name_or_report
    source = render(html_report, report)
    return source, Page(source)


def test_markup_is_well_formed_for_every_fixture(any_report):
    _, report = any_report
    source, page = page_of(report)
    assert source.startswith("<!DOCTYPE html>")
    assert page.nesting_errors == []
    assert page.stack == []


def test_hostile_payloads_cannot_run_or_load_anything():
    source, page = page_of("hostile")
    assert {tag for tag, _ in page.tags} <= ALLOWED
    scripts, styles = page.find("script"), page.find("style")
    assert len(scripts) == 1 and len(styles) == 1
    csp = [a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert len(csp) == 1 and "default-src 'none'" in csp[0]
    nonce = scripts[0]["nonce"]
    assert styles[0]["nonce"] == nonce and f"script-src 'nonce-{nonce}'" in csp[0]
    for tag, attrs in page.tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            assert not (value or "").strip().lower().startswith("javascript:"), (tag, name, value)
            assert name not in ("src", "srcdoc", "action", "formaction", "style", "xlink:href"), (tag, name)
        if tag == "a":
            assert re.fullmatch(r"#d\d+(-c\d+)?", attrs["href"]), attrs["href"]
    # The payloads are still there for the editor to read, as text.
    text = page.all_text()
    assert "<script>window.__pwned='script'</script>" in text
    assert "onerror=\"window.__pwned='img'\"" in text
    assert "javascript:window.__pwned='js-url'" in text


def test_control_characters_bidi_overrides_and_surrogates_are_neutralised():
    source, page = page_of("hostile")
    assert "\x00" not in source and "\u202e" not in source and "\u202c" not in source
    assert "[U+202E]evil[U+202C]" in page.all_text()
    assert "\ufffd" in page.all_text()  # the lone surrogate
    source.encode("utf-8")  # would raise on a lone surrogate


@pytest.mark.parametrize("name", ["normal", "hostile"])
def test_every_claim_appears_with_its_text(name):
    report = load(name)
    _, page = page_of(report)
    items = page.find("li", "claim")
    claims = all_claims(report)
    assert len(items) == len(claims)
    texts = ["".join(page.claim_text[item["id"]]) for item in items]
    assert texts == [clean(claim["text"]) for _, _, claim in claims]


@pytest.mark.parametrize("name", ["normal", "hostile"])
def test_highlights_cover_exactly_each_signal_text(name):
    report = load(name)
    _, page = page_of(report)
    items = page.find("li", "claim")
    checked = 0
    for item, (_, _, claim) in zip(items, all_claims(report)):
        for index, signal in enumerate(claim["signals"]):
            parts = [m for m in page.marks if m[0] == item["id"] and str(index) in m[1].split()]
            assert "".join("".join(m[2]) for m in parts) == clean(signal["text"]), (claim["id"], signal)
            checked += 1
    assert checked >= 5


def test_mark_titles_name_kind_and_scorer():
    _, page = page_of("normal")
    titles = [a["title"] for a in page.find("mark", "sig")]
    # "clinically proven" is a booster inside a commercial signal: its title names both.
    assert "booster \u00b7 hedging\nown product \u00b7 commercial" in titles
    assert "sample size \u00b7 sample_size (25)" in titles
    assert all(a.get("tabindex") == "0" for a in page.find("mark", "sig"))


def test_overlapping_signals_split_into_adjacent_marks():
    _, page = page_of("normal")
    marks = [m for m in page.marks if m[0] == "d1-c3"]
    assert [("".join(m[2]), m[1]) for m in marks[:3]] == [
        ("Our ", "1"), ("clinically proven", "0 1"), (" Sunshine Drops", "1")]


def test_reasons_are_in_a_details_block_per_claim():
    report = load("normal")
    _, page = page_of(report)
    assert len(page.find("details", "why")) == len(all_claims(report))
    assert "booster 'clinically proven' on weak evidence (-6)" in page.all_text()


def test_sections_carry_genre_promotional_and_disclosure_badges():
    _, page = page_of("normal")
    text = page.all_text()
    assert "promotional" in text and "not disclosed" in text
    assert "disclosed: label \u201cSponsored\u201d" in text
    assert len(page.find("section", "sec")) == 6
    assert len(page.find("section", "k-marketing")) == 2


def test_summary_draws_grade_and_genre_bars_with_counts():
    _, page = page_of("normal")
    bars = page.find("svg", "bar")
    assert len(bars) == 4  # two per document
    assert bars[0]["aria-label"].startswith("Credibility grades (claims): High 2; Low 2; Very low 2")
    assert "research 2; marketing 3; anecdote 1" in bars[1]["aria-label"]
    assert "undisclosed promotional" in page.all_text()


def test_most_doubtful_list_is_lowest_first_and_links_to_claims():
    report = load("normal")
    _, page = page_of(report)
    links = [a["href"] for a in page.find("a") if a["href"].startswith("#d1-c")]
    assert links == ["#d1-c3", "#d1-c5", "#d1-c4", "#d1-c6", "#d1-c1"]  # 14, 22, 31, 35, 84
    ids = {a["id"] for a in page.find("li", "claim")}
    assert all(link[1:] in ids for link in links)


def test_table_of_contents_only_for_several_documents():
    _, several = page_of("normal")
    _, single = page_of("error")
    assert len(several.find("nav", "toc")) == 1
    assert [a["href"] for a in several.find("a") if re.fullmatch(r"#d\d+", a["href"])] == ["#d1", "#d2"]
    assert single.find("nav", "toc") == []


def test_filters_exist_but_start_hidden_for_no_javascript():
    _, page = page_of("normal")
    bar = [a for t, a in page.tags if a.get("id") == "filters"]
    assert len(bar) == 1 and "hidden" in bar[0]
    chips = {(a["data-group"], a["data-value"]) for a in page.find("button", "chip") if "data-group" in a}
    assert {("genre", "marketing"), ("grade", "very_low"), ("flag", "boosted")} <= chips


def test_error_and_empty_documents_say_so():
    _, failed = page_of("error")
    assert "Could not audit this document:" in failed.all_text()
    assert "fetch failed: HTTP 404 <b>not found</b>" in failed.all_text()
    assert failed.find("b", None) and not failed.find("li", "claim")
    _, empty = page_of("empty")
    assert empty.find("li", "claim") == [] and "No claims to chart." in empty.all_text()
    _, nothing = page_of({"schema": "credaudit/1", "tool": {}, "documents": []})
    assert nothing.nesting_errors == []


def test_output_is_byte_identical_and_nonce_depends_on_content():
    first, _ = page_of("hostile")
    second, _ = page_of("hostile")
    assert first == second
    other, _ = page_of("normal")
    nonce = re.search(r"nonce-([A-Za-z0-9+/=]+)", first).group(1)
    assert nonce not in other


def test_lazy_documents_render_like_a_list():
    report = load("normal")
    lazy = load("normal")
    lazy["documents"] = (d for d in lazy["documents"])
    assert render(html_report, lazy) == render(html_report, report)


def test_megabyte_claim_renders_quickly_and_keeps_highlights():
    report = huge_report()
    start = time.perf_counter()
    source, page = page_of(report)
    assert time.perf_counter() - start < 10
    assert len(source) > 1_000_000
    claim = report["documents"][0]["sections"][0]["claims"][0]
    marks = ["".join(m[2]) for m in page.marks if m[0] == "d1-c1"]
    assert marks == [s["text"] for s in claim["signals"]]
    assert one_line(claim["text"])[:40] in one_line("".join(page.claim_text["d1-c1"]))
