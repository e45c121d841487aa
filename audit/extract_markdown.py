"""Markdown to blocks (CommonMark's block structure, the parts health pages use).

- YAML-style front matter between `---` lines at the top becomes document meta
  (`sponsored: true` → ("front:sponsored", "true")); it is not text.
- ATX (`## Heading`) and setext (underlined) headings start sections.
- Paragraphs are separated by blank lines; list items (`-`, `*`, `+`, `1.`)
  are blocks of their own; block quotes lose their `>`; fenced and indented
  code is kept as `code` blocks, which never yield claims.
- Inline markup is removed: links keep their text and become ("link",
  "rel\\thref\\ttext") hints, images are dropped, emphasis and code ticks go,
  HTML comments go, raw HTML tags are stripped but their class/id/rel/
  aria-label values are kept as hints (so `<div class="sponsored">` counts; a
  tag alone on its line passes its hints to the next block).
- credaudit's inline markers (`<!-- credaudit: sponsored reason="..." -->`,
  see audit/disclosure.py) are kept as ("marker", "LINE\tBODY") hints on the
  next block (outside code blocks).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace

from audit.blocks import Block, Extracted

_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*))?$")  # closing #s: _atx_text
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_ITEM = re.compile(r"^ {0,6}(?:[-*+•]|\d{1,3}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_RULE = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_MARKER_BODY = re.compile(r"\s*(credaudit\s*:.*)", re.S | re.I)
# The inline patterns below run on whole paragraphs of untrusted text.  Each is written so
# that a scan started at one position stops at the next opening delimiter ("[", "(", "<",
# or the emphasis character itself): unclosed brackets, tags or emphasis then cost linear
# time instead of a rescan to the end of the paragraph from every opening.
_IMAGE = re.compile(r"!\[([^\[\]]*)\]\(([^()]*)\)")
_LINK = re.compile(r"\[([^\[\]]+)\]\(\s*(?:<([^<>()]*)>|([^()\s<>]*))"
                   r"(?:\s+[\"'][^\"'()]*[\"'])?\s*\)")
_REF_LINK = re.compile(r"\[([^\[\]]+)\]\[[^\[\]]*\]")
_AUTOLINK = re.compile(r"<(https?://[^<>\s]+)>")
_TAG = re.compile(r"</?([A-Za-z][\w:-]*)((?:\s+[^<>]*?)?)/?>", re.S)
_ATTR = re.compile(r"""\b(class|id|rel|aria-label|data-[\w-]+|href)\s*=\s*["']([^"']*)["']""", re.I)
_EMPHASIS = re.compile(r"\*\*(?=[^\s*])([^*]+?)(?<=\S)\*\*|(?<!\w)__(?=[^\s_])([^_]+?)(?<=\S)__(?!\w)"
                       r"|~~(?=[^\s~])([^~]+?)(?<=\S)~~|\*(?=[^\s*])([^*]+?)(?<=\S)\*"
                       r"|(?<!\w)_(?=[^\s_])([^_]+?)(?<=\S)_(?!\w)")
_CODE = re.compile(r"`+([^`]*)`+")
_SPACE = re.compile(r"[ \t]+")
_WHITE = re.compile(r"\s+")


def extract_markdown(text: str) -> Extracted:
    meta: list[tuple[str, str]] = []
    offset_lines = 0
    front = _FRONT.match(text)
    if front:
        meta = _front_matter(front.group(1))
        offset_lines = front.group(0).count("\n")
        text = text[front.end():]
    text, markers = _strip_comments(text, offset_lines)
    blocks = _Parser(offset_lines).parse(text.split("\n"))
    if markers:
        blocks = _attach_markers(blocks, markers)
    title = dict(meta).get("front:title", "") or next(
        (b.text for b in blocks if b.kind == "heading"), "")
    return Extracted(blocks=tuple(blocks), title=title[:300], meta=tuple(meta))


def _strip_comments(text: str, offset_lines: int) -> tuple[str, list[tuple[int, str]]]:
    """Remove HTML comments (keeping their line breaks); collect credaudit marker comments.

    One left-to-right pass with str.find: an unclosed `<!--` ends the scan (the rest is
    kept as text), so a page of unclosed comments costs linear time.
    """
    parts: list[str] = []
    markers: list[tuple[int, str]] = []
    position, line = 0, 1 + offset_lines
    while True:
        opening = text.find("<!--", position)
        if opening < 0:
            break
        closing = text.find("-->", opening + 4)
        if closing < 0:
            break
        line += text.count("\n", position, opening)
        body = text[opening + 4:closing]
        marker = _MARKER_BODY.match(body)
        if marker:
            markers.append((line, marker.group(1)))
        breaks = body.count("\n")
        parts.append(text[position:opening])
        parts.append("\n" * breaks)
        line += breaks
        position = closing + 3
    if not parts:
        return text, markers
    parts.append(text[position:])
    return "".join(parts), markers


def _attach_markers(blocks: list[Block], markers: list[tuple[int, str]]) -> list[Block]:
    """Give each marker comment to the next block of text (markers inside code are ignored)."""
    code = [(b.line, b.line + b.text.count("\n") + 1) for b in blocks if b.kind == "code"]
    code_starts = [first for first, _ in code]
    # reach[i]: the highest line of a non-code block among blocks[:i + 1], so the first
    # non-code block at or after a line is found by bisection (blocks need not be sorted).
    reach, highest = [], 0
    for block in blocks:
        if block.kind != "code":
            highest = max(highest, block.line)
        reach.append(highest)
    blocks = list(blocks)
    for line, body in markers:
        inside = bisect.bisect_right(code_starts, line) - 1
        if (inside >= 0 and code[inside][0] <= line <= code[inside][1]) or not blocks:
            continue
        index = min(bisect.bisect_left(reach, line), len(blocks) - 1)
        hint = ("marker", f"{line}\t{' '.join(body.split())[:300]}")
        blocks[index] = replace(blocks[index], hints=blocks[index].hints + (hint,))
    return blocks


def _front_matter(body: str) -> list[tuple[str, str]]:
    facts = []
    for line in body.split("\n"):
        key, sep, value = line.partition(":")
        if sep and key.strip() and not key.startswith((" ", "\t", "-", "#")):
            facts.append((f"front:{key.strip().lower()}", value.strip().strip("'\"")[:500]))
    return facts


def inline_text(raw: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """Strip inline Markdown/HTML from one block; return (text, hints)."""
    hints: list[tuple[str, str]] = []
    raw = _WHITE.sub(" ", raw)  # one space per run first: no pattern below meets a long run
    raw = _IMAGE.sub("", raw)

    def link(match: re.Match) -> str:
        href = match.group(2) if match.group(2) is not None else match.group(3)
        hints.append(("link", f"\t{href[:500]}\t{match.group(1)[:200]}"))
        return match.group(1)

    raw = _LINK.sub(link, raw)
    raw = _REF_LINK.sub(r"\1", raw)
    raw = _AUTOLINK.sub(r"\1", raw)

    def tag(match: re.Match) -> str:
        attrs = {k.lower(): v for k, v in _ATTR.findall(match.group(2) or "")}
        if match.group(1).lower() == "a" and "href" in attrs:
            hints.append(("link", f"{attrs.get('rel', '')}\t{attrs['href'][:500]}\t"))
        hints.extend((k, v[:200]) for k, v in attrs.items() if k != "href")
        return " " if match.group(1).lower() in {"br", "p", "div"} else ""

    raw = _TAG.sub(tag, raw)
    raw = _CODE.sub(r"\1", raw)
    for _ in range(2):
        raw = _EMPHASIS.sub(_emphasised, raw)
    raw = raw.replace("\\", "") if "\\" in raw else raw
    return _SPACE.sub(" ", raw).strip(), tuple(hints)


def _emphasised(match: re.Match) -> str:
    return next(group for group in match.groups() if group is not None)


def _atx_text(raw: str | None) -> str:
    """Heading text without an optional closing run of #s ("## Title ##" -> "Title")."""
    text = (raw or "").rstrip(" \t")
    bare = text.rstrip("#")
    if bare != text and (not bare or bare[-1] in " \t"):
        text = bare.rstrip(" \t")
    return text


class _Parser:
    def __init__(self, offset_lines: int):
        self.offset = offset_lines
        self.blocks: list[Block] = []
        self.lines: list[str] = []
        self.start = 1
        self.kind = "para"
        self.pending_hints: tuple[tuple[str, str], ...] = ()

    def parse(self, lines: list[str]) -> list[Block]:
        fence = ""
        for index, line in enumerate(lines):
            number = index + 1 + self.offset
            if fence:
                if line.strip().startswith(fence):
                    fence = ""
                    self.flush()
                else:
                    self.lines.append(line)
                continue
            self.line(line, number, lines[index + 1] if index + 1 < len(lines) else "")
            opened = _FENCE.match(line)
            if opened:
                fence = opened.group(1)
        self.flush()
        return self.blocks

    def line(self, line: str, number: int, following: str) -> None:
        stripped = line.strip()
        if _FENCE.match(line):
            self.flush()
            self.begin(number, "code")
        elif not stripped or _RULE.match(line):
            self.flush()
        elif (atx := _ATX.match(line)):
            self.flush()
            self.emit("heading", _atx_text(atx.group(2)), number, len(atx.group(1)))
        elif self.kind != "code" and _SETEXT.match(following) and not self.lines \
                and not _ITEM.match(line):
            self.emit("heading", stripped, number, 1 if following.strip()[0] == "=" else 2)
        elif _SETEXT.match(line) and self.blocks and self.blocks[-1].kind == "heading" \
                and self.blocks[-1].line == number - 1:
            return
        elif (item := _ITEM.match(line)):
            self.flush()
            self.begin(number, "item")
            self.lines.append(line[item.end():])
        else:
            if not self.lines:
                self.begin(number, "para")
            self.lines.append(re.sub(r"^\s*(?:>\s?)+", "", line))

    def begin(self, number: int, kind: str) -> None:
        self.start, self.kind = number, kind

    def flush(self) -> None:
        if self.lines:
            if self.kind == "code":
                self.blocks.append(Block(kind="code", text="\n".join(self.lines).strip("\n"),
                                         line=self.start))
            else:
                self.emit(self.kind, " ".join(self.lines), self.start, 0)
        self.lines = []
        self.kind = "para"

    def emit(self, kind: str, raw: str, number: int, level: int) -> None:
        text, hints = inline_text(raw)
        if not text:
            self.pending_hints += tuple(h for h in hints if h[0] != "link")
        else:
            self.blocks.append(Block(kind=kind, text=text, level=level, line=number,
                                     hints=self.pending_hints + hints))
            self.pending_hints = ()
