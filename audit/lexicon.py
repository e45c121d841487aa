"""Fast phrase matching: many phrases, one regex pass.

A lexicon maps categories to phrases.  All phrases of all categories are
compiled into a single trie-shaped alternation (shared prefixes factored
out), matched on lower-cased text with word boundaries.  This keeps the cost
proportional to the number of passes, not the number of phrases (a naive
alternation of a few hundred words is ~25x slower).

Phrases are literal except for one convenience: a trailing ``*`` matches any
word ending ("recommend*" matches recommends, recommended, recommendation).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Iterator, Mapping


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    phrase: str
    category: str


def _trie_pattern(phrases, char_pattern=None) -> str:
    """Any of `phrases` as one trie-shaped alternation (shared prefixes factored out).

    Each character is written by `char_pattern` (default: the lexicon's, where ``*`` is a
    word ending and a space also matches hyphens; `re.escape` takes phrases literally)."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_pattern(trie, char_pattern or _char_pattern)


def _node_pattern(node: dict, char_pattern) -> str:
    ends_here = "" in node
    branches = []
    for char in sorted(k for k in node if k):
        branches.append(char_pattern(char) + _node_pattern(node[char], char_pattern))
    if not branches:
        return ""
    if len(branches) == 1 and not ends_here:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if ends_here else body


def _char_pattern(char: str) -> str:
    if char == "*":
        return r"[\w'-]*"
    if char == " ":
        return r"[\s-]+"
    return re.escape(char)


@cache
def _builder_digest() -> str:
    """Digest of this file: a change to the trie builder must not reuse old compiled tries."""
    import hashlib
    with open(__file__, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


class Lexicon:
    """Phrases grouped by category, matched in one pass over lower-cased text."""

    def __init__(self, categories: Mapping[str, tuple[str, ...] | list[str]]):
        self._category_of: dict[str, str] = {}
        for category, phrases in categories.items():
            for phrase in phrases:
                key = " ".join(phrase.lower().replace("-", " ").split())
                self._category_of.setdefault(key, category)
        self._wildcards = [(p[:-1], c) for p, c in self._category_of.items() if p.endswith("*")]

    @cached_property
    def _regex(self) -> re.Pattern[str]:
        # longest phrases first inside the trie is implicit: the trie is greedy
        # Building and compiling a trie of hundreds of phrases takes tens of milliseconds, more
        # than auditing a document: the compiled program is reused across runs (audit.regex_cache),
        # keyed on the phrases and on this module's source (which defines the pattern built).
        from audit.regex_cache import compile_cached
        phrases = sorted(self._category_of)
        return compile_cached(lambda: r"(?<![\w])(?:" + _trie_pattern(phrases) + r")(?![\w])",
                              key=f"lexicon\0{_builder_digest()}\0" + "\n".join(phrases))

    def finditer(self, lowered: str) -> Iterator[Hit]:
        """Yield hits in `lowered` (text already lower-cased, same offsets as the original)."""
        for match in self._regex.finditer(lowered):
            phrase = " ".join(match.group().replace("-", " ").split())
            yield Hit(match.start(), match.end(), phrase, self.category(phrase))

    def category(self, phrase: str) -> str:
        found = self._category_of.get(phrase)
        if found is not None:
            return found
        for prefix, category in self._wildcards:
            if phrase.startswith(prefix):
                return category
        return ""


def lower_keep_offsets(text: str) -> str:
    """Lower-case `text` without changing its length (so match offsets stay valid)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower()[:1] or c for c in text)


# --- prefilters for case-insensitive regexes ------------------------------------------------
# A slow re.I scan can be skipped when a cheap substring test on lower-cased text shows that
# none of the words it needs is there.  Lower-casing finds exactly what re.I finds except for
# four characters that re.I matches to an ASCII letter: İ ı ſ and the Kelvin sign.  Text that
# holds one of them is never ruled out.
FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


def lowered_for_ignorecase(text: str) -> str | None:
    """`text.lower()` when substring tests on it agree with re.I on `text`, else None."""
    if not text.isascii() and any(ch in text for ch in FOLDS_TO_ASCII):
        return None
    return text.lower()


def may_contain(text: str, words: tuple[str, ...]) -> bool:
    """False only when no word of `words` (lower-case) occurs in `text` in any case."""
    low = lowered_for_ignorecase(text)
    return low is None or any(word in low for word in words)
