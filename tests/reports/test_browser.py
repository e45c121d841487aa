"""The HTML report in a real browser: highlights, filters, no errors, nothing hostile runs.

Needs Playwright for Python (``pip install playwright``) and Debian's Chromium
(``apt-get install -y chromium``); ``playwright install`` is never used.  Set
CREDAUDIT_CHROMIUM to use another Chromium binary.  Select with ``-m browser``.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

import pytest
from report_helpers import load

from reports import html as html_report
from reports._text import clean

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("CREDAUDIT_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
RECORD_CSP = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__csp.push(e.violatedDirective + " " + e.blockedURI);
});
"""


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("Playwright for Python is missing: run 'pip install playwright' "
                    "(the browser tests use Debian's Chromium; do not run 'playwright install')", pytrace=False)
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"Chromium not found at {CHROMIUM}: install it with "
                    "'apt-get update && apt-get install -y chromium' (or set CREDAUDIT_CHROMIUM)", pytrace=False)
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield instance
        instance.close()


@dataclass
class Opened:
    page: object
    url: str
    console: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def visible_claims(self) -> list[str]:
        return self.page.eval_on_selector_all("li.claim", "els => els.filter(e => e.offsetParent !== null)"
                                                          ".map(e => e.id)")

    def problems(self) -> list[str]:
        return self.console + self.dialogs + self.page.evaluate("window.__csp || []")


@pytest.fixture
def open_report(browser, tmp_path):
    contexts = []

    def opener(report: dict, javascript: bool = True) -> Opened:
        path = tmp_path / f"report{len(contexts)}.html"
        with open(path, "w", encoding="utf-8", newline="") as handle:
            html_report.render(report, handle)
        context = browser.new_context(java_script_enabled=javascript, viewport={"width": 1200, "height": 900})
        contexts.append(context)
        page = context.new_page()
        opened = Opened(page=page, url=path.as_uri())
        page.add_init_script(RECORD_CSP)
        page.on("console", lambda m: opened.console.append(f"{m.type}: {m.text}") if m.type in (
            "error", "warning") else None)
        page.on("pageerror", lambda e: opened.console.append(f"pageerror: {e}"))
        page.on("request", lambda r: opened.requests.append(r.url))
        page.on("dialog", lambda d: (opened.dialogs.append(f"dialog: {d.message}"), d.dismiss()))
        page.goto(opened.url)
        return opened

    yield opener
    for context in contexts:
        context.close()


def anchors(report: dict) -> list[tuple[str, dict, dict]]:
    """(anchor id, section, claim) in page order, as the renderer numbers them."""
    out = []
    for d, doc in enumerate(report["documents"], 1):
        count = 0
        for section in doc["sections"]:
            for claim in section["claims"]:
                count += 1
                out.append((f"d{d}-c{count}", section, claim))
    return out


MARK_TEXT = """els => els.map(li => {
  const joined = {};
  li.querySelectorAll("mark.sig").forEach(m => m.dataset.s.split(" ").forEach(i => {
    joined[i] = (joined[i] || "") + m.textContent; }));
  return [li.id, joined];
})"""


@pytest.mark.parametrize("name", ["normal", "hostile"])
def test_highlights_sit_on_the_signal_words(open_report, name):
    report = load(name)
    opened = open_report(report)
    seen = dict(opened.page.eval_on_selector_all("li.claim", MARK_TEXT))
    for anchor, _, claim in anchors(report):
        expected = {str(i): clean(s["text"]) for i, s in enumerate(claim["signals"])}
        assert seen[anchor] == expected, anchor
    box = opened.page.locator("#d1-c1 mark.sig").first.bounding_box()
    assert box and box["width"] > 10 and box["height"] > 5
    colours = opened.page.eval_on_selector_all(
        "mark.sig", "ms => [...new Set(ms.map(m => getComputedStyle(m).backgroundColor))]")
    assert len(colours) >= 3  # signal families are told apart by colour


def test_focus_and_click_reveal_signal_and_reasons(open_report):
    opened = open_report(load("normal"))
    page = opened.page
    mark = page.locator("#d1-c3 mark.sig").nth(1)  # "clinically proven": a booster inside a commercial span
    assert "booster \u00b7 hedging" in mark.get_attribute("title")
    mark.focus()
    tip = mark.evaluate("m => getComputedStyle(m, '::after').content")
    assert "booster \u00b7 hedging" in tip and "own product \u00b7 commercial" in tip
    assert not page.locator("#d1-c3 details.why").evaluate("d => d.open")
    mark.click()
    assert page.locator("#d1-c3 details.why").evaluate("d => d.open")
    assert page.locator("#d1-c3 details.why").is_visible()
    marked = page.eval_on_selector_all("#d1-c3 tr.on td:first-child", "els => els.map(e => e.textContent)")
    assert marked == ["booster", "own product"]
    assert page.get_by_text("booster 'clinically proven' on weak evidence (-6)").is_visible()
    assert opened.problems() == []


def chip(page, group: str, value: str):
    return page.locator(f'#filters button[data-group="{group}"][data-value="{value}"]')


def expected_ids(report: dict, test) -> list[str]:
    return [anchor for anchor, section, claim in anchors(report) if test(section, claim)]


def test_genre_grade_and_flag_filters_hide_and_show_the_right_claims(open_report):
    report = load("normal")
    opened = open_report(report)
    page = opened.page
    everything = [a for a, _, _ in anchors(report)]
    assert page.locator("#filters").is_visible()
    assert opened.visible_claims() == everything
    assert page.locator("#fstatus").text_content() == "Showing 8 of 8 claims"

    chip(page, "genre", "marketing").click()
    assert opened.visible_claims() == expected_ids(report, lambda s, c: s["genre"] == "marketing")
    assert not page.locator("#d1-s1").is_visible() and page.locator("#d1-s2").is_visible()
    chip(page, "genre", "marketing").click()
    assert opened.visible_claims() == everything

    chip(page, "grade", "very_low").click()
    assert opened.visible_claims() == expected_ids(report, lambda s, c: c["grade"] == "very_low")
    chip(page, "grade", "very_low").click()

    chip(page, "flag", "boosted").click()
    assert opened.visible_claims() == expected_ids(report, lambda s, c: c["boosted"])
    chip(page, "flag", "commercial").click()  # within a group: either flag
    assert opened.visible_claims() == expected_ids(report, lambda s, c: c["boosted"] or c["commercial"])
    chip(page, "flag", "boosted").click()
    chip(page, "flag", "commercial").click()

    chip(page, "flag", "promotional").click()
    assert opened.visible_claims() == expected_ids(report, lambda s, c: s["promotional"])
    chip(page, "grade", "low").click()  # across groups: both must hold
    wanted = expected_ids(report, lambda s, c: s["promotional"] and c["grade"] == "low")
    assert opened.visible_claims() == wanted == ["d1-c4", "d1-c6"]
    assert page.locator("#fstatus").text_content() == "Showing 2 of 8 claims"
    assert chip(page, "grade", "low").get_attribute("aria-pressed") == "true"

    page.locator("#fclear").click()
    assert opened.visible_claims() == everything
    assert opened.problems() == []


def test_doubtful_link_reaches_a_claim_even_when_filtered_out(open_report):
    opened = open_report(load("normal"))
    page = opened.page
    chip(page, "grade", "high").click()
    assert not page.locator("#d1-c3").is_visible()
    page.locator('.doubtful a[href="#d1-c3"]').click()
    assert page.locator("#d1-c3").is_visible()
    assert page.evaluate("location.hash") == "#d1-c3"
    assert page.locator("#d1-c3").evaluate("el => el.getBoundingClientRect().top") > 60  # not under the bar
    assert opened.problems() == []


def test_hostile_report_runs_nothing_and_loads_nothing(open_report):
    opened = open_report(load("hostile"))
    page = opened.page
    for button in page.locator("#filters button").all():
        button.click()
    for mark in page.locator("mark.sig").all():
        mark.click()
    for summary in page.locator("details.why summary").all():
        summary.click()
    page.locator("#fclear").click()
    page.mouse.move(10, 10)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("window.top.__pwned === undefined")
    assert page.title() == "credaudit report \u2014 2 documents"
    assert page.locator("script").count() == 1 and page.locator("img, iframe, object, embed").count() == 0
    assert set(opened.requests) == {opened.url}
    assert opened.problems() == []
    assert page.get_by_text("<script>window.__pwned='script'</script>", exact=True).count() >= 1


def test_page_is_readable_without_javascript(open_report):
    report = load("normal")
    opened = open_report(report, javascript=False)
    page = opened.page
    assert not page.locator("#filters").is_visible()
    assert opened.visible_claims() == [a for a, _, _ in anchors(report)]
    page.locator("#d1-c3 details.why summary").click()
    assert page.locator("#d1-c3 details.why ul").is_visible()
    mark = page.locator("#d1-c3 mark.sig").first
    mark.focus()
    assert "own product \u00b7 commercial" in mark.evaluate("m => getComputedStyle(m, '::after').content")
    assert [e for e in opened.console if "error" in e] == []


def test_print_layout_opens_reasons_and_drops_filters(open_report):
    opened = open_report(load("normal"))
    page = opened.page
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert page.eval_on_selector_all("details.why", "ds => ds.every(d => d.open)")
    page.emulate_media(media="print")
    assert not page.locator("#filters").is_visible()
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert page.eval_on_selector_all("details.why", "ds => ds.every(d => !d.open)")
    assert opened.problems() == []
