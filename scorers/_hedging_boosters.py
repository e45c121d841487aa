"""Boosters for the `hedging` scorer: overstated certainty or size, and when a word is not one.

A booster hit from the lexicon becomes a ``booster`` signal unless its word has
an ordinary use here (medical terms, advice, measured outcomes), or the writer
does not assert it (a question, a quoted mention, a claim reported in order to
reject it, a negation).  A negated *certainty* booster ("has not been proven")
is returned as a hedge: it says the evidence falls short.
"""
from __future__ import annotations

import re
from functools import cache

from audit.lexicon import Hit
from scorers import _hedging_lexicon as lex
from scorers._hedging_text import HedgeText, investigative
from scorers._phrases import literal_trie

_SUPERLATIVE = re.compile(lex.SUPERLATIVE_PATTERN)


@cache
def _critical() -> re.Pattern[str]:
    """One pattern for all the frames in which a booster is reported to be rejected (a trie:
    about 2.5x faster than the alternation of the frames; only whether it matches is used)."""
    return re.compile(literal_trie(lex.CRITICAL_FRAMES))
_PROMISE = re.compile(lex.PROMISE_PATTERN)


def superlative(t: HedgeText, triggers: set[str]) -> tuple[Hit, str] | None:
    """A superlative claimed against everything ("the purest oil on the market") or a promised
    result ("instant, permanent results"): (booster hit, label), or None.  `triggers` are the
    trigger categories the lexicon pass saw in the claim (the patterns run only after one)."""
    low = t.low
    if "_sup" in triggers:
        m = _SUPERLATIVE.search(low)
        if m:
            return Hit(m.start(), m.end(), m.group(), "booster"), "superlative"
    if "_promise" in triggers:
        m = _PROMISE.search(low)
        if m:
            return Hit(m.start(), m.end(), m.group(), "booster"), "promised result"
    return None


def booster(t: HedgeText, hit: Hit) -> tuple[str, bool, str | None] | None:
    rule = hit.category.partition(":")[2]
    if rule and not _booster_applies(t, hit, rule):
        return None
    if hit.category == "booster_epistemic" and not _epistemic_ok(t, hit):
        return None
    start, end = t.sentence(hit.start)
    sentence = t.low[start:end]
    if t.question(hit.start) or investigative(t, hit.start):
        return "booster", True, "question"
    if _quoted(t.text, hit.start, hit.end):
        return "booster", True, "quoted"
    if _critical().search(sentence):
        return "booster", True, "reported"
    if _booster_negated(t, hit):
        if hit.category == "booster_epistemic":
            return "hedge", False, "negated booster"
        return "booster", True, "negated"
    return "booster", False, None


def _booster_negated(t: HedgeText, hit: Hit) -> bool:
    before = t.before(hit.start, 8)
    if any(w in lex.NEGATORS or w.endswith("n't") for w in before[-3:]):
        return True
    # "don't expect it to be a permanent fix": a negated expectation covers what follows
    for i, word in enumerate(before[:-1]):
        if (word in lex.NEGATORS or word.endswith("n't")) and before[i + 1] in lex.EXPECT_VERBS:
            return True
    # "No treatment is guaranteed to work for everyone": a negative quantifier opens the clause
    negative = ("none", "no", "nothing", "neither", "never", "nobody")
    return 0 < len(before) < 8 and before[0] in negative


def _quoted(text: str, start: int, end: int) -> bool:
    """Is the cue inside quotation marks (mentioned, not used)?"""
    opening = text[start - 1:start]
    if not opening or opening not in "'\"‘“" or (start >= 2 and text[start - 2].isalnum()):
        return False
    return bool(re.match(r"[\w\s-]{0,30}['\"’”]", text[end:end + 32]))


def _booster_applies(t: HedgeText, hit: Hit, rule: str) -> bool:
    """Checks for boosters whose words have ordinary uses too."""
    start, end = t.sentence(hit.start)
    sentence = t.low[start:end]
    after = t.after(hit.end, 8)
    near = set(t.before(hit.start, 6)) | set(after[:6])
    if rule == "cure":
        return not (re.search(lex.CURE_AS_GOAL, sentence) or re.search(lex.CURE_SCOPED, sentence))
    if rule == "side_effects":  # "no side effects were reported": a measured outcome
        return lex.MEASURED_AFTER.isdisjoint(after[:3])
    if rule == "sweep":
        opening = hit.phrase in ("always", "never") and not t.before(hit.start, 1)
        if opening and after and after[0] not in lex.EFFICACY_WORDS and \
                near.isdisjoint(("again", "sick", "fails", "works")):
            return False  # "Always take ...", "Never give ...": advice
        return not near.isdisjoint(lex.EFFICACY_WORDS) and \
            near.isdisjoint(("should", "invited", "eligible"))
    if rule == "best":
        if t.low[hit.end:hit.end + 1] == "-":
            return False  # "the best-studied", "the best-documented": a compound adjective
        return t.before(hit.start, 1) != ["at"] and not (after and after[0] in lex.BEST_EXCEPTIONS)
    if rule == "only":
        return not lex.ONLY_SWEEPING.isdisjoint(after)
    if rule == "detox":
        return not re.search(lex.ADDICTION_CONTEXT, sentence)
    if rule == "cure_verb":  # "reverses autism": an unqualified cure claim for a chronic condition
        words = after[:4]
        return not lex.CHRONIC_CONDITIONS.isdisjoint(words) and not re.search(
            lex.CURE_SCOPED, sentence) and not any(c.isdigit() for c in sentence) \
            and lex.MEASURED_AFTER.isdisjoint(after) and not t.negated(hit.start, 4) \
            and not _hedged_before(t, hit.start)
    if rule == "for_good":  # "gone for good", not "for good health"
        return not after or t.low[hit.end:hit.end + 1] in ".,;:!?)—–-"
    return True


def _hedged_before(t: HedgeText, pos: int) -> bool:
    """A modal or hedge earlier in the clause ("may help reverse ...")."""
    return not lex.CONDITIONAL_HEDGES.isdisjoint(t.before(pos, 6))


def _epistemic_ok(t: HedgeText, hit: Hit) -> bool:
    """False for certainty boosters that are measurements or diagnoses in this sentence."""
    phrase = hit.phrase
    before, after = t.before(hit.start, 2), t.after(hit.end, 3)
    if "prov" in phrase:
        return t.text[hit.start - 1:hit.start] != "-" and lex.PROOF_DIAGNOSTIC.isdisjoint(before)
    if phrase in ("100%", "100 percent", "one hundred percent"):
        return not lex.SELLING_AFTER_100.isdisjoint(after[:1]) or \
            lex.MEASURED_BEFORE_100.isdisjoint(before)
    if phrase == "completely":
        near = set(t.before(hit.start, 3)) | set(after)
        state = not {"had", "was", "were", "been", "has"}.isdisjoint(before)
        return not near.isdisjoint(lex.COMPLETE_WORDS) and (not state or "safe" in near)
    if phrase in ("definitely", "definitively"):
        return not (after and after[0] in ("confirmed", "diagnosed", "established"))
    return True
