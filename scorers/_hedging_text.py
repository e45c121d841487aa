"""Shared text machinery for the `hedging` scorer: one claim's words, sentences and cues.

`HedgeText` wraps a claim with the lookups the hedge, booster and
claim-strength rules need (words before and after a position, clause and
sentence bounds, question and negation tests).  `lexicon()` is the one phrase
pass over a claim: the hedge, booster and relation phrases of
`scorers._hedging_lexicon` plus every form of the causal verbs.
"""
from __future__ import annotations

import re
from functools import cache

from audit.lexicon import Lexicon, lower_keep_offsets
from scorers import _hedging_lexicon as lex

_SENTENCE_END = re.compile(r"[.!?](?=[\s\"'’”)]|$)|\n")
_PUNCT = ".,;:!?()[]{}\"'‘’“”—–-…*"
_CLAUSE_SET = frozenset(",;:()[]—–")
_CLAUSE_WORDS = frozenset(("but", "although", "whereas", "though", "while"))
QUESTION_START = re.compile(
    r"\s*(?:could|can|is|are|does|do|did|will|would|should|has|have|might|may|was|were)\b")


@cache
def forms() -> dict[str, tuple[str, str, str]]:
    """Causal verb base -> (third person, past, -ing), by the regular rules unless listed."""
    out = {}
    for base in lex.CAUSAL_VERBS:
        if base in lex.IRREGULAR_FORMS:
            out[base] = lex.IRREGULAR_FORMS[base]
            continue
        stem_y = base.endswith("y") and base[-2] not in "aeiou"
        third = base + "es" if base.endswith(("s", "x", "z", "ch", "sh")) else \
            base[:-1] + "ies" if stem_y else base + "s"
        past = base + "d" if base.endswith("e") else base[:-1] + "ied" if stem_y else base + "ed"
        ing = base[:-1] + "ing" if base.endswith("e") and not base.endswith("ee") else base + "ing"
        out[base] = (third, past, ing)
    return out


@cache
def lexicon() -> Lexicon:
    phrases = {cat: [p.replace("-", " ") for p in items] for cat, items in lex.PHRASES.items()}
    verbs: dict[str, list[str]] = {f"causal:{key}": [] for key in ("base", "s", "ed", "ing")}
    for base, (third, past, ing) in forms().items():
        for key, word in (("base", base), ("s", third), ("ed", past), ("ing", ing)):
            verbs["causal:" + key].append(word)
    return Lexicon({**phrases, **verbs})


@cache
def verb_of() -> dict[str, str]:
    """Any causal verb form -> its base form."""
    out: dict[str, str] = {}
    for base, others in forms().items():
        for word in (base, *others):
            out.setdefault(word, base)
    return out


class HedgeText:
    """One claim's text with the word and sentence lookups the rules need."""

    def __init__(self, text: str):
        self.text = text
        self.low = lower_keep_offsets(text)
        self._memo: dict = {}

    def before(self, pos: int, n: int, clause: bool = True) -> list[str]:
        """Up to `n` words before `pos`, stopping at a clause (or sentence) boundary."""
        begin = max(0, pos - 14 * n)
        chunks = self.low[begin:pos].split()
        if begin and chunks and not self.low[begin - 1].isspace():
            chunks = chunks[1:]  # a word cut by the window
        out: list[str] = []
        for chunk in reversed(chunks):
            if len(out) == n:
                break
            word, stop_after = chunk, False
            if chunk[-1] in _PUNCT:
                word = chunk.rstrip(_PUNCT)
                tail = chunk[len(word):]
                sentence_end = tail[0] in ".!?" and (word or not out)
                if sentence_end or (clause and not _CLAUSE_SET.isdisjoint(tail)):
                    break
            if word and word[0] in _PUNCT:
                stripped = word.lstrip(_PUNCT)
                stop_after = clause and not _CLAUSE_SET.isdisjoint(word[:len(word) - len(stripped)])
                word = stripped
            if clause and word in _CLAUSE_WORDS:
                break
            if word:
                out.append(word)
            if stop_after:
                break
        return out[::-1]

    def after(self, pos: int, n: int) -> list[str]:
        """Up to `n` words from `pos` on, within the sentence."""
        out: list[str] = []
        for chunk in self.low[pos:pos + 14 * n].split():
            word = chunk.strip(_PUNCT)
            if chunk[:1] in ".!?" and not word:
                break
            if word:
                out.append(word)
            if len(out) == n or chunk.rstrip(")\"'’”")[-1:] in (".", "!", "?"):
                break
        return out

    def sentence(self, pos: int) -> tuple[int, int]:
        """(start, end) of the sentence around `pos`."""
        ends = self._memo.get("ends")
        if ends is None:
            ends = self._memo["ends"] = [m.end() for m in _SENTENCE_END.finditer(self.low)]
        start = 0
        for end in ends:
            if end > pos:
                return start, end
            start = end
        return start, len(self.low)

    def sentence_has(self, pos: int, key: str, pattern: re.Pattern[str]) -> int:
        """Position of the first match of `pattern` in the sentence around `pos` (-1 if none)."""
        start, end = self.sentence(pos)
        memo_key = (key, start)
        if memo_key not in self._memo:
            m = pattern.search(self.low, start, end)
            self._memo[memo_key] = m.start() if m else -1
        return self._memo[memo_key]

    def question(self, pos: int) -> bool:
        start, end = self.sentence(pos)
        return self.low[start:end].rstrip().endswith("?") or "?" in self.low[pos:end]

    def negated(self, pos: int, n: int = 3) -> bool:
        return any(w in lex.NEGATORS or w.endswith("n't") for w in self.before(pos, n))


_INVESTIGATIVE = re.compile(r"\bwhether\b|\b(?:test|tested|testing|examine|assess|see) if\b")


def investigative(t: HedgeText, pos: int) -> bool:
    """Inside "whether ..." / "test if ...": a question asked, not a relation claimed."""
    if "whether" not in t.low and " if " not in t.low:
        return False
    at = t.sentence_has(pos, "investigative", _INVESTIGATIVE)
    return 0 <= at < pos
