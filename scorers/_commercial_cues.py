"""What the `commercial` scorer's helper modules share: the cue record and compiled patterns.

A `Cue` is one observation inside a claim (offsets relative to the claim
text).  Patterns come from `scorers._commercial_lexicon` and compile lazily,
once per process.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from audit.lexicon import Lexicon
from scorers import _commercial_lexicon as lex


@dataclass(frozen=True, slots=True)
class Cue:
    start: int
    end: int
    kind: str
    weight: float
    label: str | None = None


@cache
def lexicon() -> Lexicon:
    # Spelling hyphens as spaces keeps the lexicon's phrase -> category lookup exact
    # for phrases that mix both ("kick-start your"); a space also matches a hyphen.
    phrases = {**lex.PHRASES, **lex.TRIGGERS, "_noun": _with_plurals(lex.TRIGGERS["_noun"])}
    return Lexicon({cat: [p.replace("-", " ") for p in items] for cat, items in phrases.items()})


def _with_plurals(nouns) -> list[str]:
    out = list(nouns)
    for noun in nouns:
        if noun.endswith(("x", "sh", "ch")):
            out.append(noun + "es")
        elif not noun.endswith("s"):
            out.append(noun + "s")
    return list(dict.fromkeys(out))


def alternation(items) -> str:
    return "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True))


class _Patterns(dict):
    """Pattern name -> compiled pattern, each compiled the first time it is used (most checks
    are gated and many claims never reach them, so compiling all at start-up is wasted)."""

    def __init__(self, sources: dict[str, str]):
        super().__init__()
        self._sources = sources

    def __missing__(self, key: str) -> re.Pattern[str]:
        pattern = self[key] = re.compile(self._sources[key])
        return pattern


@cache
def pats() -> dict[str, re.Pattern[str]]:
    sources = dict(lex.PATTERNS)
    sources.update({"markers:" + g: src for g, src in lex.SELLING_MARKERS.items()})
    sources["advice"] = (r"\s*(?:up\s+|in\s+|on\s+|back\s+|the\s+|or text\s+)?(?:"
                         + alternation(lex.ADVICE_OBJECTS) + r")\b")
    sources["helpline"] = r"\b(?:" + alternation(lex.HELPLINE_WORDS) + r")\b"
    # a substring gate: one C-level search instead of a Python loop over words
    sources["tie_gate"] = alternation(lex.TIE_WORDS)
    return _Patterns(sources)


@cache
def verb_groups() -> dict[str, str]:
    return {v: group for group, verbs in lex.CTA_VERBS.items() for v in verbs}


def negated(low: str, start: int) -> bool:
    """Is there a negation in the few words before `start` (same clause)?"""
    return bool(pats()["negation"].search(low[max(0, start - 40):start]))
