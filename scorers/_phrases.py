"""Phrase hits for the scorers: `audit.lexicon.Lexicon` matches as cheap records.

`Lexicon.finditer` builds a frozen `Hit` dataclass and re-normalises every matched
phrase; the scorers run a lexicon pass on every claim, where that bookkeeping is a good
share of the pass.  `light_hits` returns the same start, end, phrase and category as
`Lexicon.finditer`, as slotted `LightHit` records, normalising only phrases that need it.
"""
from __future__ import annotations

import re

from audit.lexicon import Lexicon, _trie_pattern

_ODD_SPACE = re.compile(r"[^\S ]|  ")  # whitespace other than one plain space


class LightHit:
    """A phrase hit, like `audit.lexicon.Hit` but cheaper to build."""

    __slots__ = ("start", "end", "phrase", "category")

    def __init__(self, start: int, end: int, phrase: str, category: str):
        self.start, self.end, self.phrase, self.category = start, end, phrase, category


def light_hits(lexicon: Lexicon, lowered: str, skip: str | None = None) -> list[LightHit]:
    """The hits `lexicon.finditer(lowered)` yields, in order, as `LightHit`s (without those
    of category `skip`)."""
    found, category_of = [], lexicon._category_of
    for match in lexicon._regex.finditer(lowered):
        phrase = match.group()
        category = category_of.get(phrase)  # a listed phrase is already in normal form
        if category is None:
            phrase, category = phrase_category(lexicon, phrase)
        if category != skip:
            found.append(LightHit(match.start(), match.end(), phrase, category))
    return found


def phrase_category(lexicon: Lexicon, phrase: str) -> tuple[str, str]:
    """A matched phrase as `Lexicon.finditer` spells it (hyphens and odd spaces normalised),
    and its category."""
    if "-" in phrase or _ODD_SPACE.search(phrase):
        phrase = " ".join(phrase.replace("-", " ").split())
    return phrase, lexicon._category_of.get(phrase) or lexicon.category(phrase)


def literal_trie(words) -> str:
    """A pattern matching any of `words` taken literally, shaped as a trie (shared prefixes
    factored out).  It finds a match wherever the plain alternation of the words does, at the
    same start and faster; the word matched there may differ, so use it for yes/no tests."""
    return _trie_pattern(words, re.escape)
