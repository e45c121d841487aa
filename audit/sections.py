"""Blocks to sections.

A new section starts at:
- a heading (HTML h1-h6, Markdown ATX/setext, or in plain text a heading-like
  line: short, no closing punctuation, not a list item, followed by prose or
  by a list);
- a change of page region (nav, header, footer, aside, form, ad container);
- a keyword-stuffed "|"-separated header line, which is a section of its own;
- a change of author in a thread ("Posted by …", "… wrote:", "Reply from …",
  "Written by …").

The section's heading is the heading text, else the region's aria-label, else
"".  Everything between two boundaries belongs to one section; sections with
no text are dropped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from audit.blocks import Block
from audit.lexicon import may_contain

_CLOSING = re.compile(r"[.!?:;,…]$")
_FORUM = re.compile(
    r"^(?:(?:posted|written|replied|reply|answered|comment(?:ed)?|submitted)\s+(?:by|from)\b.{0,60}"
    r"|\S.{0,40}\s(?:wrote|said|replied|commented)\s*:?"
    r"|(?:reply|quote|report|like|helpful)(?:\s*\(\d+\))?)$", re.I)
_SEO_SEPARATOR = re.compile(r"\s[|¦•]\s|\S\|\s|\s\|\S")
_CHROME = re.compile(
    r"^(?:share(?: this| on| via)?\b|posted in\b|filed under\b|tagged\b|tags:|categor(?:y|ies)\b|"
    r"rate this\b|like this:?|related (?:posts|articles|stories|reading)\b|you may also like\b|"
    r"leave a (?:comment|reply)\b|(?:please )?(?:ignore|skip) the ads?\b|click here\b|"
    r"subscribe\b|sign up for\b.{0,40}newsletter|follow us\b|copyright\b|©|\(c\) \d{4}|"
    r"all rights reserved\b|skip to (?:main )?content\b|back to top\b|advertisement$|"
    r"this (?:site|website) uses cookies\b|we use cookies\b|to view profiles\b)"
    r"|\b(?:disregard|delay(?:ing)? (?:in )?seeking)\b.{0,60}\b(?:advice|medical|treatment)\b"
    r"|\b(?:does not replace|is not a substitute for|not intended (?:as|to be) (?:a substitute for )?)"
    r"(?:\s+\w+){0,6}\s+(?:medical|professional|doctor|physician|healthcare)", re.I)
_NAV_ITEM = re.compile(
    r"^(?:home|about(?: us)?|contact(?: us)?|privacy(?: policy)?|terms\b.*|cookie\w*(?: policy)?|"
    r"accessibility|sitemap|site map|careers|blog|news|faq\w*|help|support|search|menu|login|"
    r"log in|sign in|sign up|register|subscribe|reply|quote|report(?: post| abuse)?|share|like|"
    r"back to top|top|next|previous|prev|more|print|email|facebook|twitter|x|instagram|linkedin|"
    r"pinterest|youtube|tiktok|rss)$")
# Past the start of a line, _CHROME can only match on one of these (in any case); lower-casing
# matches re.I except for four characters (`audit.lexicon.may_contain`).
_CHROME_INNER_WORDS = ("disregard", "delay", "does not replace", "is not a substitute for",
                       "not intended ")
_NAV_SPLIT = re.compile(r"\s[|¦•·]\s")
_INNER_STOP = re.compile(r"[.!?]\s")
_WORD = re.compile(r"[A-Za-z0-9][\w'’-]*")


@dataclass(kw_only=True)
class DraftSection:
    heading: str
    level: int
    boundary: str
    region: str = "main"
    region_id: int = 0
    heading_block: int | None = None  # index into the block list
    blocks: list[int] = field(default_factory=list)


def is_seo_line(text: str) -> bool:
    """A header line of several '|'-separated items (site or keyword-stuffed header)."""
    if "|" not in text and "¦" not in text and "•" not in text:
        return False  # every separator holds one
    return len(_SEO_SEPARATOR.findall(text)) >= 2 and not _CLOSING.search(text.rstrip(" .")[-1:] or "x")


def is_chrome_line(text: str) -> bool:
    """Page furniture inside the main text: share/tag lines, ad notes, site disclaimers, menus."""
    return len(text) <= 300 and (_is_chrome(text.strip()) or is_nav_line(text))


def _is_chrome(line: str) -> bool:
    """`_CHROME.search(line)`: a match away from the start needs one of its inner phrases."""
    if _CHROME.match(line):
        return True
    return may_contain(line, _CHROME_INNER_WORDS) and bool(_CHROME.search(line))


def is_nav_line(text: str) -> bool:
    """A menu or action bar: '|'-separated items that are mostly site-navigation words."""
    if "|" not in text and "¦" not in text and "•" not in text and "·" not in text:
        return False  # one item: no separator
    items = [item.strip().lower() for item in _NAV_SPLIT.split(text) if item.strip()]
    if len(items) < 3 or any(len(item.split()) > 4 for item in items):
        return False
    navigational = sum(1 for item in items if _NAV_ITEM.search(item))
    return navigational * 2 >= len(items)


def is_forum_boundary(text: str) -> bool:
    return len(text) <= 80 and bool(_FORUM.match(text.strip()))


def looks_like_heading(text: str) -> bool:
    """A short line without closing punctuation that could title what follows."""
    if len(text) > 101:  # over 100 characters even without a final ":"
        return False
    words = _WORD.findall(text)
    if text.endswith(":") and 0 < len(words) <= 3:
        text = text[:-1]
    if not words or len(words) > 12 or len(text) > 100 or _CLOSING.search(text):
        return False
    if _INNER_STOP.search(text):  # "... helps. 1" is a cited sentence, not a heading
        return False
    if text[:1].islower() or text.replace(" ", "").isdigit():
        return False
    return any(ch.isalpha() for ch in text)


def _text_heading_flags(blocks: tuple[Block, ...]) -> list[bool]:
    """Which plain-text blocks are headings.

    A run of at most three heading-like lines directly followed by prose or a
    list item is a heading chain (parent, child); longer runs of short lines
    are a list, not headings.
    """
    candidate = [b.kind == "para" and looks_like_heading(b.text) and not is_seo_line(b.text)
                 and not is_forum_boundary(b.text) and not is_chrome_line(b.text) for b in blocks]
    flags = [False] * len(blocks)
    index = 0
    while index < len(blocks):
        if not candidate[index]:
            index += 1
            continue
        run_end = index
        while run_end < len(blocks) and candidate[run_end]:
            run_end += 1
        if run_end - index <= 3 and run_end < len(blocks) and _is_body(blocks[run_end]):
            for inner in range(index, run_end):
                flags[inner] = True
        index = run_end
    return flags


def _is_body(block: Block) -> bool:
    words = len(_WORD.findall(block.text))
    return block.kind == "item" or words >= 6 or (words >= 3 and bool(_CLOSING.search(block.text)))


def draft_sections(blocks: tuple[Block, ...], fmt: str) -> list[DraftSection]:
    text_headings = _text_heading_flags(blocks) if fmt == "text" else [False] * len(blocks)
    drafts: list[DraftSection] = []
    current: DraftSection | None = None
    for index, block in enumerate(blocks):
        heading = block.kind == "heading" or text_headings[index]
        boundary = _boundary(block, current, heading, index)
        if boundary:
            current = DraftSection(heading="", level=0, boundary=boundary,
                                   region=block.region, region_id=block.region_id)
            drafts.append(current)
            if heading:
                current.heading, current.heading_block = block.text, index
                current.level = block.level or (1 if index == 0 else 2)
                continue
            if boundary in ("forum", "chrome"):
                current.heading = block.text[:80]
            elif boundary == "resume":
                current.heading, current.level = _resumed_heading(drafts)
            elif block.region != "main":
                current.heading = _label_of(block)
        elif heading and current.heading_block is not None and not current.blocks:
            # consecutive headings: keep the inner one as the section's heading
            current.heading, current.heading_block = block.text, index
            current.level = block.level or 2
            continue
        current.blocks.append(index)
        if boundary == "seo":
            current = None
    return [d for d in drafts if d.blocks]


def _boundary(block: Block, current: DraftSection | None, heading: bool, index: int) -> str:
    if current is None:
        return "start" if not heading else "heading"
    if block.region_id != current.region_id:
        return "region"
    if heading:
        return "" if current.heading_block is not None and not current.blocks else "heading"
    boundary = _line_boundary(block, current)
    if boundary in ("seo", "chrome", "forum") and current.heading_block is not None \
            and not current.blocks:
        # a heading followed by its dateline, button row or byline keeps them in its section
        if boundary == "chrome":
            current.boundary = "chrome"
        return ""
    return boundary


def _line_boundary(block: Block, current: DraftSection) -> str:
    """Boundaries that a single line opens: keyword headers, page furniture, a new post."""
    if block.region == "main":
        chrome = is_chrome_line(block.text)
        if not chrome and is_seo_line(block.text):
            return "seo"
        if chrome and current.boundary != "chrome":
            return "chrome"
        if not chrome and current.boundary == "chrome":
            return "resume"
    if is_forum_boundary(block.text):
        return "forum"
    return ""


def _label_of(block: Block) -> str:
    for key, value in block.hints:
        if key == "aria-label":
            return value
    return ""


def _resumed_heading(drafts: list[DraftSection]) -> tuple[str, int]:
    """After a run of page furniture, the text continues under the heading before it."""
    for draft in reversed(drafts[:-1]):
        if draft.boundary not in ("chrome", "resume"):
            return draft.heading, draft.level
    return "", 0
