"""Plain text to blocks.

Each non-blank line is a block, except that hard-wrapped prose is rejoined:
a line continues the previous one when that line does not end a sentence and
this one starts in lower case.  Bullet markers (-, *, •, ·, 1.) make a line an
`item`.  Heading detection is left to `sections.py`, which sees the
neighbouring blocks.
"""
from __future__ import annotations

import re

from audit.blocks import Block, Extracted

_BULLET = re.compile(r"^\s*(?:[-*•·▪◦●○■□–+]|\d{1,2}[.)])\s+")
_SENTENCE_END = re.compile(r"""[.!?:;)\]"'”’]\s*(?:\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)?$""")


def extract_text(text: str) -> Extracted:
    blocks: list[Block] = []
    pending: list[str] = []
    pending_line = 1
    pending_kind = "para"
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if not line:
            _flush(blocks, pending, pending_line, pending_kind)
            pending = []
            continue
        bullet = _BULLET.match(line)
        if pending and not bullet and pending_kind == "para" and _continues(pending[-1], line):
            pending.append(line)
            continue
        _flush(blocks, pending, pending_line, pending_kind)
        pending_kind = "item" if bullet else "para"
        pending = [line[bullet.end():] if bullet else line]
        pending_line = number
    _flush(blocks, pending, pending_line, pending_kind)
    title = blocks[0].text if blocks and len(blocks[0].text) <= 120 else ""
    return Extracted(blocks=tuple(blocks), title=title)


def _continues(previous: str, line: str) -> bool:
    return not _SENTENCE_END.search(previous) and line[:1].islower()


def _flush(blocks: list[Block], lines: list[str], line: int, kind: str) -> None:
    if lines:
        text = " ".join(lines).strip()
        if text:
            blocks.append(Block(kind=kind, text=text, line=line))
