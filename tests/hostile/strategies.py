"""Hypothesis strategies for hostile documents, plus the invariants every audit must keep.

The strategies build inputs from small hostile pieces rather than uniform noise,
so a few thousand examples reach the corners real pages reach: unclosed and
misnested tags, giant attributes, malformed entities, comments inside comments,
CDATA, scripts where no script belongs, NUL bytes, bidi overrides, zero-width
joiners, emoji sequences, Markdown fences that never close and front matter
that never ends — mixed with ordinary health sentences so the scorers have
something to bite on.
"""
from __future__ import annotations

import json
import os

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# -- profiles ---------------------------------------------------------------------------------------
# CREDAUDIT_FUZZ=quick  : a smoke run (~2% of the examples), for editing loops
# CREDAUDIT_FUZZ=ci     : the default; the example counts below (>= 10,000 in total)
# CREDAUDIT_FUZZ=deep   : ten times the default, for a night's run
_SCALE = {"quick": 0.02, "ci": 1.0, "deep": 10.0}
PROFILE = os.environ.get("CREDAUDIT_FUZZ", "ci")
if PROFILE not in _SCALE:
    raise RuntimeError(f"CREDAUDIT_FUZZ must be one of {sorted(_SCALE)}, not {PROFILE!r}")
for _name in _SCALE:
    settings.register_profile(
        f"credaudit-{_name}", deadline=None, database=None, print_blob=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                               HealthCheck.filter_too_much])
BASE = settings.get_profile(f"credaudit-{PROFILE}")


def examples(count: int) -> int:
    """The number of examples for a test that runs `count` under the default profile."""
    return max(5, int(count * _SCALE[PROFILE]))


def fuzz(count: int) -> settings:
    return settings(BASE, max_examples=examples(count))


# -- building blocks --------------------------------------------------------------------------------
SENTENCES = (
    "A randomized trial of 240 adults found that magnesium did not reduce night cramps.",
    "Our premium formula cures arthritis in 7 days, guaranteed!",
    "In my experience, patients who walk daily sleep better.",
    "A meta-analysis of 12 studies (n = 3,418) suggests a modest benefit.",
    "Mice fed the extract lived longer (Smith et al., 2019).",
    "I tried it for my migraines and it changed my life.",
    "Buy now and save 20% with code HEALTH20.",
    "The guideline recommends screening adults aged 50 to 75 years [3].",
    "Dr. J. Smith, M.D., said the U.S. data were e.g. unclear.",
    "This may possibly help some people, although evidence is limited.",
    "Vitamin D deficiency causes depression.",
    "Disclosure: this post is sponsored by VitaCorp.",
)
HOSTILE_CHARS = (
    "\x00", "\u202e", "\u202d", "\u2066", "\u2069", "\u200b", "\u200c", "\u200d", "\ufeff",
    "\u00ad", "\u00a0", "\u2028", "\u2029", "\x85", "\r", "\r\n", "\t", "\x0b", "\x0c", "\x1b",
    "\x7f", "\ufffd", "\ud800", "\udfff",  # lone surrogates (reachable through JSON escapes)
    "\U0001f468\u200d\U0001f469\u200d\U0001f467", "\U0001f44d\U0001f3fd", "\u0301\u0301\u0301",
    "\u05e9\u05dc\u05d5\u05dd", "\u0645\u0631\u062d\u0628\u0627", "\u4f60\u597d\u3002",
    "\U0001d573\U0001d586", "e\u0301", "\u0130", "\u1e9e", "\ufdfd", "\U000e0041",
)
ENTITIES = ("&amp;", "&", "&#", "&#x;", "&#0;", "&#55296;", "&#xD800;", "&#x110000;",
            "&#99999999999;", "&nbsp", "&notanentity;", "&lt;script&gt;", "&#x1F600;", "&amp;amp;",
            "&#13;", "&#x80;", "&#150;")
TAGS = ("p", "div", "span", "h1", "h2", "h3", "h6", "li", "ul", "ol", "table", "td", "tr", "a",
        "nav", "footer", "aside", "header", "form", "pre", "code", "em", "strong", "br", "hr",
        "blockquote", "section", "article", "main", "title", "head", "body", "html", "svg",
        "math", "template", "noscript", "iframe", "select", "option", "textarea", "xmp",
        "plaintext", "foo:bar", "x-custom")
ATTRS = ('class="ad sponsored"', 'id="partner-box"', 'data-ad="1"', 'rel="sponsored nofollow"',
         'href="https://example.org/buy?x=1&y=2"', 'aria-label="Advertisement"', 'class',
         'style="display:none"', "class='unterminated", 'href="javascript:alert(1)"',
         'onclick="x()"', 'itemtype="https://schema.org/Product"', 'data-=""', '="novalue"')

plain_words = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
hostile_char = st.sampled_from(HOSTILE_CHARS)
sentence = st.sampled_from(SENTENCES)


@st.composite
def giant_attribute(draw) -> str:
    size = draw(st.sampled_from([200, 2000, 20_000]))  # 1 MB attributes: test_giants.py
    return f'class="{"sponsored " * (size // 10)}"'


@st.composite
def html_tag(draw) -> str:
    name = draw(st.sampled_from(TAGS))
    attrs = draw(st.lists(st.one_of(st.sampled_from(ATTRS), giant_attribute()), max_size=3))
    closing = draw(st.sampled_from(["", "/", " /"]))
    return f"<{name}{''.join(' ' + a for a in attrs)}{closing}>"


html_piece = st.one_of(
    html_tag(),
    st.sampled_from(TAGS).map(lambda name: f"</{name}>"),
    sentence, plain_words, hostile_char, st.sampled_from(ENTITIES),
    st.sampled_from([
        "<!-- a comment -->", "<!-- <!-- nested --> -->", "<!-- never closed", "-->", "<!--->",
        "<![CDATA[ x < y ]]>", "<![CDATA[ unterminated", "<!DOCTYPE html>", "<!doctype",
        "<?xml version='1.0'?>", "<?php echo 1; ?>",
        "<script>document.write('<p>hidden</p>')</script>", "<script>unclosed",
        "<style>p{}</style>", "<p><script type='application/ld+json'>{\"@type\": [\"Product\"",
        "<script type='application/ld+json'>{\"@type\": \"MedicalWebPage\"}</script>",
        "<script type='application/ld+json'>[{\"@type\": [\"\\ud800\", {\"@type\": 5}]}]</script>",
        "<title>Title <b>bold</b></title>", "<meta name='author' content='x'>",
        "<meta property=og:type content=article>", "</>", "<>", "< p>", "<p <p>", "<a href=>",
        "<img src=x alt='Buy now'>", "<br/><br/><br/>", "<table><td>cell<tr>row",
        "<li>item<li>item", "<h2>Heading<h3>nested", "<svg><p>in svg</p></svg>",
    ]),
)
html_soup = st.lists(html_piece, max_size=60).map("".join)

md_piece = st.one_of(
    sentence, plain_words, hostile_char,
    st.sampled_from([
        "\n", "\n\n", "# ", "## Heading\n", "Title\n=====\n", "Sub\n---\n", "- ", "* ", "+ ",
        "1. ", "1) ", "> ", ">> ", "```", "```python\n", "~~~", "    indented code\n", "---\n",
        "***\n", "[link](https://example.org)", "[broken](", "![img](x.png)", "[ref][1]",
        "[1]: https://example.org\n", "<https://example.org>", "<div class=\"sponsored\">",
        "</div>", "<!-- comment", "-->", "**bold", "__under__", "`code", "~~strike~~", "\\",
        "| a | b |\n|---|---|\n| 1 | 2 |\n", "- [ ] task\n", "- [x] done\n", "<br>",
        "---\ntitle: x\nsponsored: true\n", "...\n", "Setext\n", "=\n", "-\n",
    ]),
)
markdown_doc = st.lists(md_piece, max_size=60).map("".join)
front_matter_doc = st.tuples(st.lists(st.sampled_from(
    ["title: 'Hello'", "sponsored: true", "author: x", "- item", "  nested: 1", ": odd", "key:",
     "---", "..."]), max_size=8), markdown_doc).map(lambda p: "---\n" + "\n".join(p[0]) + "\n" + p[1])

text_piece = st.one_of(sentence, plain_words, hostile_char, st.sampled_from(
    ["\n", "\n\n", "- ", "• ", "1. ", "Posted by sam:", "Share this article", "Home | News | Health",
     "Results\n", "HEADING\n", ".", "...", "?", "!", " 1, 2", " [3]", "(12)", "e.g.", "U.S.",
     "3.5", "et al."]))
text_doc = st.lists(text_piece, max_size=60).map("".join)

any_text = st.one_of(st.text(max_size=2000),
                     st.text(st.characters(exclude_categories=()), max_size=300))  # + lone surrogates

document = st.one_of(
    st.tuples(st.just("html"), html_soup),
    st.tuples(st.just("markdown"), st.one_of(markdown_doc, front_matter_doc)),
    st.tuples(st.just("text"), text_doc),
    st.tuples(st.sampled_from(["html", "markdown", "text"]), any_text),
)


# -- invariants -------------------------------------------------------------------------------------
def check_document(document, claims) -> None:
    """Offsets of sections and claims point into document.text and never go backwards."""
    text = document.text
    previous_section_end = 0
    for section in document.sections:
        assert 0 <= section.start <= section.end <= len(text), section
        assert section.start >= previous_section_end, (section, previous_section_end)
        previous_section_end = section.end
        previous_claim_end = section.start
        for claim in claims[section.id]:
            assert text[claim.start:claim.end] == claim.text, (claim, text[claim.start:claim.end])
            assert section.start <= claim.start < claim.end <= section.end, (section, claim)
            assert claim.start >= previous_claim_end, (claim, previous_claim_end)
            assert claim.line >= 1
            previous_claim_end = claim.end


def check_report(report: dict, text: str | None) -> None:
    """A document report: claims and signals are exact slices, in order, and JSON-safe."""
    assert set(report) >= {"source", "id", "error", "summary", "sections"}
    if report["error"]:
        assert isinstance(report["error"], str) and "\n" not in report["error"]
        assert report["sections"] == []
        return
    counted = 0
    for section in report["sections"]:
        last = section["start"]
        for claim in section["claims"]:
            counted += 1
            if text is not None:
                assert text[claim["start"]:claim["end"]] == claim["text"]
            assert claim["start"] >= last
            last = claim["start"]
            for signal in claim["signals"]:
                assert claim["start"] <= signal["start"] <= signal["end"] <= claim["end"], \
                    (claim["text"], signal)
                if text is not None:
                    assert text[signal["start"]:signal["end"]] == signal["text"], signal
            assert 0 <= claim["credibility"] <= 100
    assert report["summary"]["claims"] == counted
    encoded = json.dumps(report, ensure_ascii=False, allow_nan=False).encode("utf-8")
    assert json.loads(encoded) == report
