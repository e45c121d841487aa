"""Phrase hits for the scorers: `audit.lexicon.Lexicon` matches as cheap records.

`Lexicon.finditer` builds a frozen `Hit` dataclass and re-normalises every matched
phrase; the scorers run a lexicon pass on every claim, and that bookkeeping cost more
than the regex.  `light_hits` returns the same start, end, phrase and category as
`Lexicon.finditer`, as slotted `LightHit` records, normalising only phrases that need it.
"""
from __future__ import annotations

import re

from audit.lexicon import Lexicon

_ODD_SPACE = re.compile(r"[^\S ]|  ")  # whitespace other than one plain space


class LightHit:
    """A phrase hit, like `audit.lexicon.Hit` but cheaper to build."""

    __slots__ = ("start", "end", "phrase", "category")

    def __init__(self, start: int, end: int, phrase: str, category: str):
        self.start, self.end, self.phrase, self.category = start, end, phrase, category


def light_hits(lexicon: Lexicon, lowered: str) -> list[LightHit]:
    """The hits `lexicon.finditer(lowered)` yields, in order, as `LightHit`s."""
    found, category_of, category = [], lexicon._category_of, lexicon.category
    for match in lexicon._regex.finditer(lowered):
        phrase = match.group()
        if "-" in phrase or _ODD_SPACE.search(phrase):
            phrase = " ".join(phrase.replace("-", " ").split())
        found.append(LightHit(match.start(), match.end(), phrase,
                              category_of.get(phrase) or category(phrase)))
    return found
