"""Blocks: the format-neutral units every extractor produces.

HTML, Markdown and plain text are each reduced to a flat list of `Block`s
(headings, paragraphs, list items, page regions) carrying their source line
and markup facts.  `sections.py` groups blocks into sections; `assemble`
joins them into the document text that all offsets refer to.
"""
from __future__ import annotations

from dataclasses import dataclass

from audit.model import Hints

BLOCK_SEPARATOR = "\n\n"


@dataclass(frozen=True, kw_only=True, slots=True)
class Block:
    kind: str  # heading | para | item | code
    text: str
    level: int = 0  # heading level (1-6); 0 otherwise
    line: int = 1  # 1-based line in the source file
    region: str = "main"  # main | nav | header | footer | aside | form | ad
    region_id: int = 0  # a new id for each region element, so two footers stay apart
    hints: Hints = ()


@dataclass(frozen=True, kw_only=True, slots=True)
class Extracted:
    """What an extractor returns: blocks plus document-level facts."""

    blocks: tuple[Block, ...]
    title: str = ""
    meta: Hints = ()


def assemble(blocks: tuple[Block, ...] | list[Block]) -> tuple[str, list[int]]:
    """Join block texts into the document text; return it with each block's start offset."""
    starts: list[int] = []
    position = 0
    parts: list[str] = []
    for block in blocks:
        if parts:
            position += len(BLOCK_SEPARATOR)
        starts.append(position)
        parts.append(block.text)
        position += len(block.text)
    return BLOCK_SEPARATOR.join(parts), starts
