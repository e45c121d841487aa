"""Plain text to blocks.

Each non-blank line is a block, except that hard-wrapped prose is rejoined:
a line continues the previous one when that line does not end a sentence and
this one starts in lower case.  Bullet markers (-, *, •, ·, 1.) make a line an
`item`.  A credaudit inline marker line (`[credaudit: sponsored — reason]`,
see audit/disclosure.py) is not text: it becomes a ("marker", "LINE\\tBODY")
hint on the block after it (on the last block when no text follows).  Heading detection is left to `sections.py`,
which sees the neighbouring blocks.
"""
from __future__ import annotations

import re

from audit.blocks import Block, Extracted

_BULLET = re.compile(r"^\s*(?:[-*•·▪◦●○■□–+]|\d{1,2}[.)])\s+")
_SENTENCE_END = re.compile(r"""[.!?:;)\]"'”’]\s*(?:\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)?$""")
_MARKER_LINE = re.compile(r"^\[\s*(credaudit\s*:[^\]\n]*)\]\s*$", re.I)


def extract_text(text: str) -> Extracted:
    builder = _Builder()
    for number, raw in enumerate(text.split("\n"), start=1):
        builder.line(raw.strip(), number)
    builder.flush()
    builder.attach_trailing_markers()
    blocks = builder.blocks
    title = blocks[0].text if blocks and len(blocks[0].text) <= 120 else ""
    return Extracted(blocks=tuple(blocks), title=title)


class _Builder:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.lines: list[str] = []
        self.start = 1
        self.kind = "para"
        self.markers: list[tuple[str, str]] = []

    def line(self, line: str, number: int) -> None:
        marker = _MARKER_LINE.match(line)
        if not line or marker:
            self.flush()
            if marker:
                self.markers.append(("marker", f"{number}\t{marker.group(1)}"))
            return
        bullet = _BULLET.match(line)
        if self.lines and not bullet and self.kind == "para" and _continues(self.lines[-1], line):
            self.lines.append(line)
            return
        self.flush()
        self.kind = "item" if bullet else "para"
        self.lines = [line[bullet.end():] if bullet else line]
        self.start = number

    def attach_trailing_markers(self) -> None:
        """A marker after the last text belongs to the last block, as in HTML and Markdown."""
        if self.markers and self.blocks:
            last = self.blocks[-1]
            self.blocks[-1] = Block(kind=last.kind, text=last.text, line=last.line,
                                    hints=last.hints + tuple(self.markers))
            self.markers = []

    def flush(self) -> None:
        text = " ".join(self.lines).strip()
        self.lines = []
        if text:
            self.blocks.append(Block(kind=self.kind, text=text, line=self.start,
                                     hints=tuple(self.markers)))
            self.markers = []


def _continues(previous: str, line: str) -> bool:
    return line[:1].islower() and not _SENTENCE_END.search(previous)
