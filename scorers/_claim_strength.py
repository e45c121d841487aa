"""Claim strength after Yu, Li & Wang (2019): how strong a relation does a claim assert?

`claim_strength` labels a claim ``direct_causal`` (a causal verb stated
outright, including *can* + verb), ``conditional_causal`` (the same verb under
a modal-type hedge: *may, might, could, would, appears to, is likely to*),
``correlational`` (association language, or an outcome compared between
groups) or ``no_relationship``.  Negated relations keep the type of the
relation by default, as in Yu et al.'s released corpus.
"""
from __future__ import annotations

import re

from audit.lexicon import Hit
from scorers import _hedging_lexicon as lex
from scorers._hedging_text import HedgeText, investigative, verb_of

_THAN = re.compile(r"\s+(?!than\b)[^.;]*?\bthan\b")
_AMONG = re.compile(r"\s+(?:\w+\s+){0,2}?(?:among|in (?:those|people|patients|participants|women"
                    r"|men|children|adults|users|smokers|groups?|the \w+ group))\b")
_COMPARATIVE = re.compile(r"\b(?:" + "|".join(lex.COMPARATIVES) + r")\b")
_COMPARATIVE_GATE = re.compile("|".join(lex.COMPARATIVES))  # substring test, one C-level scan
_PREPOSITIONS = re.compile(r"\b(?:with|to|of|for)\b")
_DIGIT = re.compile(r"\d")
_CURE_CATEGORIES = ("booster:cure", "booster:cure_verb")  # causal verbs the booster list claims


def claim_strength(t: HedgeText, hits: list[Hit], hedge_at: list[tuple[int, str]], keep: bool
                   ) -> tuple[str, tuple[int, int, bool] | None]:
    """Label the strongest exposure-outcome relation the claim asserts."""
    causal: list[tuple[int, int, bool]] = []
    corr: list[tuple[int, int, bool]] = []
    for hit in hits:
        cat = hit.category
        if cat.startswith("causal:") or (cat in _CURE_CATEGORIES and " " not in hit.phrase):
            form = cat.partition(":")[2] if cat.startswith("causal:") else _form_of(hit.phrase)
            if _verbal(t, hit, form) and not investigative(t, hit.start):
                causal.append((hit.start, hit.end, t.negated(hit.start, 4)))
        elif cat == "causal_phrase" and not investigative(t, hit.start):
            inherent = hit.phrase.startswith("no ")
            causal.append((hit.start, hit.end, inherent or t.negated(hit.start, 4)))
        elif cat == "corr" and not investigative(t, hit.start) and not _baseline(t, hit.start):
            inherent = hit.phrase.startswith(("no ", "did not"))
            corr.append((hit.start, hit.end, inherent or t.negated(hit.start, 4)))
    asserted = [c for c in causal if keep or not c[2]]
    if asserted:
        conditional = [c for c in asserted if _conditional(t, c[0], hedge_at)]
        if len(conditional) == len(asserted):
            return "conditional_causal", conditional[0]
        direct = [c for c in asserted if c not in conditional]
        return "direct_causal", direct[0]
    asserted = [c for c in corr if keep or not c[2]] or _comparisons(t, {c[0] for c in causal})
    if asserted:
        return "correlational", asserted[0]
    negated = [c for c in causal + corr if c[2]]
    return "no_relationship", (negated[0] if negated else None)


def _form_of(word: str) -> str:
    if word.endswith("ing"):
        return "ing"
    if word.endswith("ed"):
        return "ed"
    return "s" if word.endswith("s") else "base"


def _verbal(t: HedgeText, hit: Hit, form: str) -> bool:
    """Is this causal word form used as a verb with an object (not an adjective or noun)?"""
    words = [w for w in t.before(hit.start, 6) if w not in lex.SKIP_ADVERBS
             and not (w.endswith("ly") and w not in lex.NOT_ADVERBS)]
    prev = words[-1] if words else ""
    after = t.after(hit.end, 2)
    nxt = after[0] if after else ""
    base = verb_of().get(hit.phrase, hit.phrase)
    if _DIGIT.search(prev):
        return False  # "a 6% lower hazard", "2.5-fold increased odds"
    if form == "ing":
        return prev in lex.VERBAL_BEFORE_ING
    if form == "ed" and prev in lex.COPULAS:
        return nxt == "by" and len(after) > 1 and not after[1][:1].isdigit()
    if form == "ed" and base in lex.PARTICIPLE_ONLY:
        return False
    if form == "ed" and prev in ("and", "or"):
        # "... and caused more X" continues a verb phrase; "with improved A and reduced B" does not
        if _PREPOSITIONS.search(" ".join(words[-7:-1])):
            return False
    elif form in ("ed", "s") and (not prev or prev in lex.NOMINAL_BEFORE):
        return False
    if form == "base":
        if not prev or prev in lex.COPULAS or (prev in lex.NOMINAL_BEFORE and prev != "to"):
            return False
        if prev == "to" and len(words) > 1 and words[-2] in lex.PURPOSE_BEFORE_TO:
            return False
        if prev.endswith("ed") and verb_of().get(prev) != "help":
            return False  # "predicted lower grades": two verbs cannot sit side by side
    if base in lex.CHANGE_VERBS and nxt in lex.INTRANSITIVE_NEXT:
        return False
    if base == "explain" and nxt in ("how", "what", "to", "that"):
        return False
    return True


_BASELINE = re.compile(r"\bbaseline\b")


def _baseline(t: HedgeText, pos: int) -> bool:
    return "baseline" in t.low and t.sentence_has(pos, "baseline", _BASELINE) >= 0


def _comparisons(t: HedgeText, verbs: set[int]) -> list[tuple[int, int, bool]]:
    """Outcome comparisons between groups: "lower in X than in Y", "higher A ... more B"."""
    found: list[tuple[int, int, bool]] = []
    low = t.low
    if not _COMPARATIVE_GATE.search(low):
        return found
    for m in _COMPARATIVE.finditer(t.low):
        if m.start() in verbs:
            continue
        start, end = t.sentence(m.start())
        rest = t.low[m.end():end]
        than = _THAN.match(rest) or _AMONG.match(rest)
        others = sum(1 for o in _COMPARATIVE.finditer(t.low, start, end) if o.start() not in verbs)
        if (than or others >= 2) and not _baseline(t, m.start()) \
                and not investigative(t, m.start()):
            found.append((m.start(), m.end(), False))
            break
    return found


def _conditional(t: HedgeText, pos: int, hedge_at: list[tuple[int, str]]) -> bool:
    """Is there a modal-type hedge before `pos` in the same sentence?"""
    start, _ = t.sentence(pos)
    if any(start <= at < pos and phrase in lex.CONDITIONAL_HEDGES for at, phrase in hedge_at):
        return True
    return bool(re.search(r"\bwould\b|\bwouldn't\b", t.low[start:pos]))
