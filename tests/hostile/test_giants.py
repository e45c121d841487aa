"""Big and pathological documents: deep nesting, megabyte lines, giant attributes, and the
inputs that used to cost quadratic time (unclosed tags, comments, links, emphasis, runs
of punctuation).  Each must audit with exact offsets and in bounded time.

The time bounds are generous (a CI machine may be slow); what they catch is the
difference between linear time (a second or two) and quadratic time (many minutes at
these sizes).
"""
from __future__ import annotations

import time

import pytest

from audit.decode import normalise_text
from audit.pipeline import Loaded, Settings, build_document
from audit.scoring import score_document
from tests.hostile.strategies import check_document, check_report

CLAIM = "A randomized trial of 240 adults found that magnesium did not reduce night cramps."


def audit(text: str, fmt: str, *, seconds: float = 30.0, settings: Settings | None = None) -> dict:
    settings = settings or Settings(max_sections=10 ** 9)
    started = time.monotonic()
    item = Loaded(source="giant", id="giant", text=normalise_text(text), format=fmt)
    document, claims = build_document(item, settings)
    check_document(document, claims)
    report = score_document(document, claims, settings)
    elapsed = time.monotonic() - started
    check_report(report, document.text)
    assert elapsed < seconds, f"{elapsed:.1f} s for {len(text):,} characters of {fmt}"
    return report


def claims_of(report: dict) -> list[str]:
    return [c["text"] for s in report["sections"] for c in s["claims"]]


# -- size and depth (quick) --------------------------------------------------------------------------

@pytest.mark.parametrize("markup", [
    "<div>" * 10_000 + f"<p>{CLAIM}</p>" + "</div>" * 10_000,
    "<div><span><b>" * 4_000 + CLAIM,  # never closed
    "<ul><li>" * 5_000 + CLAIM,
    "<table><tr><td>" * 3_000 + CLAIM,
], ids=["closed divs", "unclosed inline", "unclosed lists", "unclosed tables"])
def test_ten_thousand_deep_nesting(markup):
    assert claims_of(audit(markup, "html")) == [CLAIM]


def test_a_megabyte_attribute():
    report = audit(f'<p class="{"a" * 1_000_000}" data-x="{"b" * 100_000}">{CLAIM}</p>', "html")
    assert claims_of(report) == [CLAIM]


def test_nul_bytes_rtl_and_zero_width_characters_vanish_or_stay_put():
    text = f"\u202e{CLAIM[:20]}\u200b\x00{CLAIM[20:]}\u2066\ufeff"
    for fmt in ("html", "markdown", "text"):
        assert claims_of(audit(text, fmt)) == [CLAIM]


def test_emoji_and_combining_marks_keep_offsets_exact():
    text = f"\U0001f468\u200d\U0001f469\u200d\U0001f467 e\u0301 {CLAIM} \U0001f44d\U0001f3fd " * 50
    for fmt in ("html", "markdown", "text"):
        audit(text, fmt)


def test_malformed_entities_comments_and_cdata():
    markup = ("&#0;&#xD800;&#x110000;&#99999999999;&notanentity;&amp;amp;&#x1F600;"
              "<!-- <!-- nested --> --> <![CDATA[ <p>not text</p> ]]> <!--->"
              f"<p>{CLAIM}</p><!-- never closed <p>hidden?</p>")
    report = audit(markup, "html")
    assert CLAIM in claims_of(report)


def test_scripts_in_odd_places():
    markup = (f"<p>{CLAIM}<script>document.write('<p>Buy now!</p>')</script></p>"
              "<table><script>x</script><tr><td><style>td{}</style>Cell text here.</td></tr></table>"
              "<title><script>t</script>Title</title><svg><script>s</script></svg><script>unclosed")
    report = audit(markup, "html")
    assert claims_of(report)[0] == CLAIM and not any("Buy now" in c for c in claims_of(report))


def test_markdown_with_unbalanced_fences_and_endless_front_matter():
    assert claims_of(audit("---\ntitle: x\n" + "key: value\n" * 1000 + CLAIM + "\n", "markdown"))
    report = audit(f"{CLAIM}\n\n```python\n" + "print(1)\n" * 1000 + "# not a heading\n", "markdown")
    assert claims_of(report) == [CLAIM]
    report = audit("~~~\n```\n" + CLAIM + "\n~~~\n\n" + CLAIM + "\n", "markdown")
    assert claims_of(report) == [CLAIM]


def test_many_sections_up_to_the_limit():
    markdown = "".join(f"## Part {n}\n\n{CLAIM}\n\n" for n in range(2000))
    report = audit(markdown, "markdown", settings=Settings(max_sections=2000))
    assert len(report["sections"]) == 2000


# -- formerly quadratic inputs (slow: each is 100-400 KB) -------------------------------------------

PATHOLOGICAL = {
    # html.parser rescans to the end from every "<" it cannot close
    "unclosed tags (html)": ("html", "<a " * 60_000),
    "unclosed quoted attributes (html)": ("html", "<a b='" * 40_000),
    "unclosed comments (html)": ("html", "<!--" * 60_000),
    "unclosed self-closing (html)": ("html", "<a/" * 60_000),
    "many inline markers (html)": ("html", f"<p>{CLAIM}</p><!-- credaudit: sponsored -->\n" * 3_000),
    # Markdown inline patterns used to rescan the paragraph from every opening
    "unclosed links (md)": ("markdown", "[a](" * 60_000),
    "link with a white-space run (md)": ("markdown", "[a](" + " " * 200_000 + "x"),
    "heading with a white-space run (md)": ("markdown", "# a" + " " * 200_000 + "b"),
    "unclosed emphasis (md)": ("markdown", "*a _b " * 40_000),
    "unclosed inline tags (md)": ("markdown", "<a " * 60_000),
    "unclosed images (md)": ("markdown", "![" * 100_000),
    "brackets (md)": ("markdown", "[" * 100_000 + "]" * 100_000),
    "unclosed autolinks (md)": ("markdown", "<http://" * 40_000),
    "unclosed comments (md)": ("markdown", "<!--" * 60_000),
    "unclosed markers (md)": ("markdown", "<!-- credaudit: sponsored" * 10_000),
    # sentence splitting and genre features: a long run of full stops before a letter
    "run of full stops (text)": ("text", "." * 200_000 + "x"),
    "run of full stops (md)": ("markdown", "!" * 200_000 + "x"),
}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_formerly_quadratic_inputs_take_linear_time(name):
    fmt, text = PATHOLOGICAL[name]
    audit(text, fmt, seconds=30)


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["html", "markdown", "text"])
def test_a_one_megabyte_single_line(fmt):
    line = "Vitamin pills " + "and minerals " * 80_000 + "help."
    audit(line if fmt != "html" else f"<p>{line}</p>", fmt, seconds=90)
