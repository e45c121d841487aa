"""HTML to blocks, with beautifulsoup4 (html.parser, which records source lines).

- `script`, `style`, `template`, `noscript`, `svg`, `iframe` and comments are dropped
  (JSON-LD is read for its schema.org `@type` first).
- `nav`, `header`, `footer`, `aside` and `form` elements become regions of
  their own; so do containers whose class, id, aria-label or data-* attributes
  name an ad or sponsorship (ad, advert, sponsored, promoted, advertorial,
  partner) — that is where disclosures and affiliate notices live.
- Headings, paragraphs, list items, table cells and other block elements each
  become a block; inline text is joined with single spaces.
- credaudit's inline markers (`<!-- credaudit: sponsored reason="..." -->`, see
  audit/disclosure.py) are kept as ("marker", "LINE\tBODY") hints on the next
  block; other comments are dropped.
- Markup facts are kept as hints: the region's class/id/aria-label/data-*
  values, and every link as ("link", "rel\\thref\\tanchor text").
- `<title>`, `<meta name|property>` and front-matter-like facts go to the
  document's meta.

Traversal is iterative, so deeply nested soup cannot exhaust the stack.
"""
from __future__ import annotations

import json
import re
import warnings

from bs4 import BeautifulSoup, Comment, Doctype, NavigableString, ProcessingInstruction, Tag

from audit.blocks import Block, Extracted
from audit.model import AD_MARKUP

_DROP = frozenset({"script", "style", "template", "noscript", "svg", "iframe", "object",
                   "embed", "canvas", "head", "select", "option", "button", "input", "textarea"})
_REGIONS = frozenset({"nav", "header", "footer", "aside", "form"})
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_BLOCKS = frozenset({"p", "div", "li", "dd", "dt", "td", "th", "tr", "blockquote", "pre",
                     "figcaption", "caption", "section", "article", "main", "table", "ul", "ol",
                     "dl", "address", "details", "summary", "br", "hr", "body", "html", "center",
                     "label", "legend", "fieldset", "figure"})
_SKIP_TYPES = (Comment, Doctype, ProcessingInstruction)
_MARKER = re.compile(r"\s*credaudit\s*:", re.I)
_LD_JSON = "application/ld+json"


def extract_html(markup: str) -> Extracted:
    with warnings.catch_warnings():  # bs4's "looks like XML / a URL" advice is noise on stderr
        warnings.simplefilter("ignore")
        soup = BeautifulSoup(_defuse_tail(markup), "html.parser")
    meta = _document_meta(soup)
    title_tag = soup.find("title")
    title = _clean(title_tag.get_text(" ")) if title_tag else ""
    walker = _Walker(markup)
    walker.walk(soup)
    if not title:
        title = next((b.text for b in walker.blocks if b.kind == "heading"), "")
    return Extracted(blocks=tuple(walker.blocks), title=title[:300], meta=tuple(meta))


def _defuse_tail(markup: str) -> str:
    """Escape every "<" after the last ">" (none of them can open a tag or comment).

    Python's html.parser rescans the rest of the input from each "<" it cannot close, so
    a tail of unterminated tags ("<a <a <a ...", "<!--<!--...") costs quadratic time.  The
    parser emits such a tail as text anyway; escaping it first gives the same text in
    linear time.
    """
    last = markup.rfind(">")
    if markup.find("<", last + 1) < 0:
        return markup
    return markup[:last + 1] + markup[last + 1:].replace("<", "&lt;")


def _clean(text: str) -> str:
    return " ".join(text.split())  # as re.sub(r"\s+", " ", text).strip(): \s is str.isspace


def _document_meta(soup: BeautifulSoup) -> list[tuple[str, str]]:
    """Facts from `<meta>`, JSON-LD scripts and `itemtype` attributes, in that order.

    One pass over the tags picks what `find_all("meta")`, `find_all("script",
    attrs={"type": "application/ld+json"})` and `find_all(attrs={"itemtype": True})`
    would (three walks, two of them through bs4's slower attribute matching)."""
    metas, scripts, typed = [], [], []
    for tag in soup.find_all(True):
        if tag.name == "meta":
            metas.append(tag)
        elif tag.name == "script" and _is_ld_json(tag.get("type")):
            scripts.append(tag)
        if tag.get("itemtype") is not None:
            typed.append(tag)
    facts: list[tuple[str, str]] = []
    for tag in metas:
        key = tag.get("name") or tag.get("property") or tag.get("itemprop")
        content = tag.get("content")
        if isinstance(key, str) and isinstance(content, str):
            facts.append((f"meta:{key.strip().lower()}", _clean(content)[:500]))
    for tag in scripts:
        for kind in _ld_types(tag.string or ""):
            facts.append(("schema:type", kind))
    for tag in typed:
        kind = str(tag.get("itemtype")).rstrip("/").rsplit("/", 1)[-1]
        facts.append(("schema:type", kind[:100]))
    return facts


def _is_ld_json(value) -> bool:
    """bs4's attribute test for "application/ld+json": the value, one of a list's values,
    or the list's values joined by spaces."""
    if isinstance(value, list):
        return _LD_JSON in value or " ".join(value) == _LD_JSON
    return value == _LD_JSON


def _ld_types(raw: str) -> list[str]:
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        return []
    found: list[str] = []
    stack = [data]
    while stack and len(found) < 50:
        item = stack.pop()
        if isinstance(item, dict):
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            found.extend(str(k)[:100] for k in kinds if isinstance(k, str))
            stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
        elif isinstance(item, list):
            stack.extend(item)
    return found


def _container_hints(tag: Tag) -> list[tuple[str, str]]:
    hints = []
    for attr in ("class", "id", "aria-label", "role", "itemtype"):
        value = tag.get(attr)
        if value:
            text = " ".join(value) if isinstance(value, list) else str(value)
            hints.append((attr, text[:200]))
    for attr, value in tag.attrs.items():
        if attr.startswith("data-") and isinstance(value, str):
            hints.append((attr, f"{value}"[:200]))
    return hints


def _is_ad_container(tag: Tag) -> bool:
    if not tag.attrs:
        return False
    for attr in ("class", "id", "aria-label"):
        value = tag.get(attr)
        text = " ".join(value) if isinstance(value, list) else (value or "")
        if text and AD_MARKUP.search(str(text)):
            return True
    return any(attr.startswith("data-") and AD_MARKUP.search(attr[5:] + " " + str(v))
               for attr, v in tag.attrs.items())


class _Walker:
    """Depth-first walk with an explicit stack, collecting blocks."""

    def __init__(self, markup: str = "") -> None:
        self._markup = markup
        self._marker_from = 0
        self._marker_line = 1  # the line of self._marker_from, so lines are counted once
        self._markers: list[tuple[str, str]] = []
        self.blocks: list[Block] = []
        self._words: list[str] = []
        self._links: list[tuple[str, str]] = []
        self._line = 1
        self._regions: list[tuple[str, int, tuple]] = [("main", 0, ())]
        self._region_count = 0
        self._heading: int = 0
        self._kind = "para"

    def walk(self, root: Tag) -> None:
        stack: list = [root]  # nodes to enter, and (tag, is_ad) pairs to leave
        while stack:
            node = stack.pop()
            if type(node) is tuple:
                self._leave(*node)
            elif isinstance(node, NavigableString):
                if not isinstance(node, _SKIP_TYPES):
                    self._text(str(node))
                elif isinstance(node, Comment) and _MARKER.match(node):
                    self._marker(str(node))
            elif isinstance(node, Tag) and node.name not in _DROP:
                stack.append((node, self._enter(node)))
                stack.extend(reversed(node.contents))
        self._flush()
        if self._markers and self.blocks:
            last = self.blocks[-1]
            self.blocks[-1] = Block(kind=last.kind, text=last.text, level=last.level,
                                    line=last.line, region=last.region, region_id=last.region_id,
                                    hints=last.hints + tuple(self._markers))
            self._markers = []

    def _marker(self, body: str) -> None:
        at = self._markup.find(f"<!--{body}-->", self._marker_from)
        line = self._line
        if at >= 0:
            line = self._marker_line + self._markup.count("\n", self._marker_from, at)
            self._marker_from = at + len(body)
            self._marker_line = line + body.count("\n")
        self._markers.append(("marker", f"{line}\t{' '.join(body.split())[:300]}"))

    def _enter(self, tag: Tag) -> bool:
        """Open `tag`; return whether it is an ad container (for `_leave`)."""
        name = tag.name
        ad = name not in _HEADINGS and _is_ad_container(tag)  # headings never need the test
        if name in _REGIONS or name in _HEADINGS or name in _BLOCKS or ad:
            self._flush()
            if tag.sourceline:
                self._line = tag.sourceline
        if name in _REGIONS or ad:
            self._region_count += 1
            kind = name if name in _REGIONS else "ad"
            self._regions.append((kind, self._region_count, tuple(_container_hints(tag))))
        if name in _HEADINGS:
            self._heading = _HEADINGS[name]
        elif name == "li":
            self._kind = "item"
        elif name == "pre":
            self._kind = "code"
        elif name == "a" and tag.get("href"):
            self._start_link(tag)
        elif name == "img" and isinstance(tag.get("alt"), str) and tag.get("alt").strip():
            pass  # alt text is not prose; ignored on purpose
        return ad

    def _leave(self, tag: Tag, ad: bool) -> None:
        name = tag.name
        if name == "a" and tag.get("href"):
            self._end_link(tag)
        if name in _REGIONS or name in _HEADINGS or name in _BLOCKS or ad:
            self._flush()
        if name in _HEADINGS:
            self._heading = 0
        if (name in _REGIONS or ad) and len(self._regions) > 1:
            self._regions.pop()

    def _start_link(self, tag: Tag) -> None:
        self._links.append(("@start", str(len(self._words))))

    def _end_link(self, tag: Tag) -> None:
        start = 0
        for index in range(len(self._links) - 1, -1, -1):
            if self._links[index][0] == "@start":
                start = int(self._links[index][1])
                del self._links[index]
                break
        rel = tag.get("rel")
        rel_text = " ".join(rel) if isinstance(rel, list) else (rel or "")
        anchor = _clean("".join(self._words[start:]))
        self._links.append(("link", f"{rel_text}\t{str(tag.get('href'))[:500]}\t{anchor[:200]}"))

    def _text(self, text: str) -> None:
        if text:
            self._words.append(text)

    def _flush(self) -> None:
        if not self._words and not self._links:
            return  # nothing to close
        text = _clean("".join(self._words))
        links: tuple = ()
        if self._links:  # finished links go with this block; open ones stay
            links = tuple(item for item in self._links if item[0] == "link")
            self._links = [item for item in self._links if item[0] == "@start"]
        self._words = []
        if not text:
            return
        region, region_id, region_hints = self._regions[-1]
        kind = "heading" if self._heading else self._kind
        markers, self._markers = tuple(self._markers), []
        self.blocks.append(Block(kind=kind, text=text, level=self._heading, line=self._line,
                                 region=region, region_id=region_id,
                                 hints=region_hints + links + markers))
        self._kind = "para"
