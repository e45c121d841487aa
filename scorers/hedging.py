"""Hedges, boosters and claim strength: how sure is the writer, and of what?

The `hedging` scorer reads each claim for the writer's stance and sets

* ``hedged`` -- the claim contains a hedge that is not negated;
* ``boosted`` -- the claim contains a booster the writer asserts;
* ``claim_strength`` -- ``no_relationship``, ``correlational``,
  ``conditional_causal`` or ``direct_causal``.

Hedges (signal kind ``hedge``): epistemic modals, adverbs and adjectives (*may,
might, could, possibly, probably, likely, plausible, conceivable*), appearance
verbs (*appears to, seems, appears small*), tentative reporting and belief
(*suggests, indicates that, hints, we hypothesise, believe, I think, reportedly*),
admitted ignorance (*not sure, no one knows why, we don't know whether, if
any*), statements of limited evidence -- as phrases (*preliminary, pilot data,
low-certainty evidence, no evidence that, more research is needed, should be
confirmed, remains unclear, not yet established, cannot be excluded*), as an
evidence noun with a weakness word however far apart ("evidence on ... in
adults is inconsistent", "sparse data") and as the shape of the support
("small, short-term trials", label ``limitation``) -- approximators (*roughly,
approximately, an estimated*), expectation *should* ("symptoms should improve
within 48 hours"), indirect questions (*whether ...*, but not "whether you run
or walk, ...") and yes/no questions that put a claim in doubt ("Could a daily
walk be as good as antidepressants?").  Frequency adverbs (*usually, often,
typically*) state how common something is and are not hedges.  Hedge cues
follow the epistemic readings annotated in the CoNLL-2010 shared task (Farkas
et al., 2010) and Hyland's (1998) account of hedges and boosters in scientific
writing.

Boosters (kind ``booster``): certainty claims (*proven, clinically proven,
definitely, undeniably, there is no doubt, everyone knows, foolproof, the
evidence is overwhelming*), hype (*breakthrough, miracle, revolutionary,
game-changer, groundbreaking, nothing short of*), size intensifiers
(*dramatically, massively*), cures, guarantees and totals (*cures, guaranteed,
100% effective, no side effects, completely, instantly, forever, for good*),
unqualified cure verbs for chronic conditions ("reverses autism", "eliminates
tinnitus"), sweeping quantifiers tied to efficacy ("kills every virus", "works
for everyone", "fixes everything"), superlatives (*the best, unbeatable,
second to none, the only ... you will ever need*), superlatives claimed against
everything ("the purest oil on the market", "the worst drug ever approved",
label ``superlative``), promised results ("instant, permanent results", label
``promised result``) and wellness slogans (*superfood, detox*).

Deliberately not counted (decisions):

* permission or instruction *may* ("you may take it with food", "may be given at
  the same visit") and the month *May* are not hedges; set
  ``count_permission_may`` to count permission *may* as a hedge after all;
* capability *can*, deontic *should* ("should be measured") and past-ability
  *could* ("participants could choose") are not hedges; expectation *should*
  ("symptoms should improve within 48 hours") is;
* "as the name suggests", "suggested use", "is indicated for", "potential
  donors", "as soon as possible", "suspected appendicitis" (a diagnostic
  category) and "pilot programme" are not hedges;
* "more likely to" / "less likely to" report a measured association: they are a
  ``correlational`` cue for claim strength, not a hedge;
* medical terms are not boosters: *breakthrough pain / bleeding / infections*,
  *breakthrough therapy designation*, *cure rates*, *complete remission*,
  *best available evidence*, *best corrected visual acuity*, *the best-studied /
  best-tolerated*, *alcohol detox*, *biopsy-proven*, *guaranteed access*,
  *instant coffee*; a cure that is a research goal ("a cure remains out of
  reach") is not a cure claim;
* advice is not a booster: "always consult your doctor", "never stop a
  medication abruptly"; sweeping words count only next to an efficacy claim;
* measured outcomes are not boosters: "adherence was 100%", "the test
  correctly identified 100% of samples", "the wound had completely healed",
  "cured 95% of participants";
* a negated booster is listed with ``negated=True`` and does not set
  ``boosted`` ("no cure", "not a miracle"); a negated *certainty* booster is
  reported as a hedge, because it says the evidence falls short ("has not been
  proven", "did not prove", "not guaranteed");
* boosters the writer does not assert are also listed with ``negated=True``
  (label ``question``, ``quoted`` or ``reported``): "Can turmeric cure
  arthritis?", "the term 'superfood'", "critics say the promise of instant
  relief is misleading"; *there is no doubt that* is a booster, not a hedge.

Claim strength follows Yu, Li & Wang (2019), "Detecting Causal Language Use in
Science Findings", EMNLP-IJCNLP: a causal verb stated outright (*reduces,
causes, leads to, can improve, is effective in*) is ``direct_causal``; the same
verb under *may, might, could, would, appears to, is likely to* is
``conditional_causal``; association language (*associated with, linked to,
predicts, risk factor, higher risk*) and outcome comparisons between groups
are ``correlational`` (hedged associations stay correlational); anything else
is ``no_relationship``.  *Suggest / indicate that* + a bare causal verb stays
``direct_causal``; "associated with a reduced risk" is ``correlational``.
Negated relations ("did not reduce", "was not associated with") keep the type
of the negated relation by default, as Yu et al.'s released corpus labels them
(the claim is still *about* a causal or correlational relation); set
``negated_relations = "no_relationship"`` to label them ``no_relationship``.  A signal of
kind ``claim_strength`` marks the cue that decided the label.

Options (``[credaudit:scorer:hedging]``):

``count_permission_may`` (bool, default false) -- count permission *may* as a hedge.
``negated_relations`` (``"keep"``, default, or ``"no_relationship"``) -- how to label a negated
relation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from audit.lexicon import Hit
from audit.model import Claim, Signal
from scorers import _hedging_lexicon as lex
from scorers._base import Assessment, ClaimContext, signal_at
from scorers._claim_strength import claim_strength
from scorers._hedging_boosters import booster, superlative
from scorers._hedging_text import QUESTION_START, HedgeText, forms, lexicon
from scorers._phrases import light_hits

NAME = "hedging"
SUMMARY = "hedges, boosters and the strength of causal claims (Yu et al. 2019)"
SCOPE = "claim"
FIELDS = ("hedged", "boosted", "claim_strength")


@dataclass(frozen=True, kw_only=True)
class Options:
    count_permission_may: bool = False
    negated_relations: str = "keep"  # or "no_relationship"


def score(claim: Claim, context: ClaimContext, options: Options) -> Assessment:
    """Hedge and booster signals, then the claim-strength label."""
    t = HedgeText(claim.text)
    hits = light_hits(lexicon(), t.low)
    signals: list[Signal] = []
    hedge_at: list[tuple[int, str]] = []  # (position, phrase) of asserted hedges
    triggers: set[str] = set()
    hedged = boosted = False
    for hit in hits:
        category = hit.category
        if category[:1] == "_":
            triggers.add(category)
            continue
        if category[:5] == "hedge":
            found = _hedge(t, hit, options)
        elif category[:7] == "booster":
            found = booster(t, hit)
        else:
            continue
        if found:
            kind, negated, label = found
            signals.append(signal_at(claim, NAME, kind, hit.start, hit.end, label=label,
                                     negated=negated))
            if kind == "hedge" and not negated:
                hedge_at.append((hit.start, hit.phrase))
                hedged = True
            elif kind == "booster" and not negated:
                boosted = True
    top = superlative(t, triggers) if triggers and not boosted else None
    if top is not None:
        hit, what = top
        found = booster(t, hit)
        if found:
            signals.append(signal_at(claim, NAME, found[0], hit.start, hit.end,
                                     label=found[2] if found[1] else what, negated=found[1]))
            boosted = boosted or (found[0] == "booster" and not found[1])
            hedged = hedged or (found[0] == "hedge" and not found[1])
    question = _question_hedge(t) if "?" in t.low else None
    if question is not None:
        signals.append(signal_at(claim, NAME, "hedge", *question, label="question"))
        hedged = True
    limitation = _limitation(t) if "_limit" in triggers else None
    if limitation is not None:
        signals.append(signal_at(claim, NAME, "hedge", *limitation, label="limitation"))
        hedged = True
    strength, cue = claim_strength(t, hits, hedge_at, options.negated_relations == "keep")
    if cue is not None:
        signals.append(signal_at(claim, NAME, "claim_strength", cue[0], cue[1], label=strength,
                                 negated=cue[2]))
    fields = {"hedged": hedged, "boosted": boosted, "claim_strength": strength}
    return Assessment(signals=tuple(sorted(signals, key=lambda s: (s.start, s.end, s.kind))),
                      fields=fields)


# -- hedges -------------------------------------------------------------------

_HEDGE = ("hedge", False, None)


def _hedge(t: HedgeText, hit: Hit, options: Options) -> tuple[str, bool, str | None] | None:
    """A hedge signal (kind, negated, label) for a hedge cue, or None if the cue is idle here."""
    rule = hit.category.partition(":")[2]
    if not rule:
        return _HEDGE
    before, after = t.before(hit.start, 3), t.after(hit.end, 3)
    prev, nxt = (before[-1] if before else ""), (after[0] if after else "")
    if rule == "may":
        return _may(t, hit, before, after, options)
    if rule == "could":
        ability = prev in lex.PERMISSION_SUBJECTS and nxt in lex.ABILITY_AFTER_COULD
        return None if ability else _HEDGE
    if rule == "should":
        return _should(prev, after)
    if rule == "indicate" and nxt != "that" and lex.EVIDENTIAL_SUBJECTS.isdisjoint(before):
        return None  # "is indicated in", "tests indicated infection"
    if rule in ("suggest", "indicate"):
        return "hedge", any(w in lex.NEGATORS or w.endswith("n't") for w in before[-2:]), None
    if rule == "suspect":
        verb = hit.phrase != "suspected" or nxt == "that" or prev in lex.SUSPECT_SUBJECTS
        return _HEDGE if verb else None
    if rule == "possible":  # "made the study possible" is not a hedge
        return None if {"make", "makes", "made", "making"} & set(before) else _HEDGE
    if rule == "weak":  # "evidence is limited", "sparse data"; not "limited mobility"
        near = set(t.before(hit.start, 8)) | set(after[:2])
        if prev in lex.COPULAS or prev in ("remain", "remains", "still"):
            near |= set(t.before(hit.start, 30, clause=False))  # the subject, however long
        return None if lex.EVIDENCE_NOUNS.isdisjoint(near) else _HEDGE
    if rule == "appear":  # "appears small", not "a rash appeared in 9%"
        return None if nxt in lex.APPEAR_PHYSICAL_NEXT or nxt[:1].isdigit() else _HEDGE
    if rule == "if_any":  # "the benefit, if any, is small"; not "if any result is positive"
        return _HEDGE if t.low[hit.end:hit.end + 1] in ",.;)—–" else None
    if rule == "know":  # "we don't know whether / why / yet"; not "doesn't know who I am"
        return _HEDGE if nxt in lex.KNOW_EPISTEMIC_NEXT else None
    if rule == "whether":
        return None if _concessive_whether(t, hit) else _HEDGE
    return _HEDGE


def _concessive_whether(t: HedgeText, hit: Hit) -> bool:
    """ "Whether you run or walk, ...": alternatives at the head of a sentence, not a question."""
    start, end = t.sentence(hit.start)
    if t.low[start:hit.start].strip(" \"'“‘([") != "":
        return False
    head = t.low[hit.end:end].split(",", 1)[0]
    return " or " in head + " " and "," in t.low[hit.end:end]


def _may(t: HedgeText, hit: Hit, before: list[str], after: list[str], options: Options):
    nxt = after[0] if after else ""
    if t.text[hit.start] == "M" and not (nxt in lex.MAY_VERBS or nxt in forms()):
        return None  # the month ("May 2019", "May is awareness month"), not "May cause ..."
    if nxt in ("also", "then", "now", "still", "safely") and len(after) > 1:
        after = after[1:]
        nxt = after[0]
    passive = nxt == "be" and len(after) > 1 and after[1] in lex.PERMISSION_PASSIVE
    subject = bool(before) and before[-1] in lex.PERMISSION_SUBJECTS
    if passive or (subject and nxt in lex.PERMISSION_VERBS):
        return ("hedge", False, "permission") if options.count_permission_may else None
    return _HEDGE


def _should(prev: str, after: list[str]):
    """Expectation *should* ("symptoms should improve") is a hedge; instructions are not."""
    nxt = after[0] if after else ""
    if prev in lex.PERMISSION_SUBJECTS:
        return None  # "patients should ...": advice
    participle = len(after) > 1 and (after[1].endswith(("ed", "en", "wn"))
                                     or after[1] in lex.IRREGULAR_PARTICIPLES)
    if nxt == "be":
        return None if participle else ("hedge", False, "expectation")
    if nxt in lex.EXPECT_AFTER_SHOULD and nxt not in lex.SHOULD_DEONTIC_NEXT:
        return "hedge", False, "expectation"
    return None


_LIMITATION = re.compile(lex.LIMITATION_PATTERN)


def _limitation(t: HedgeText) -> tuple[int, int] | None:
    """Weak support described by its shape: "small, short-term trials", "a handful of studies"."""
    m = _LIMITATION.search(t.low)
    return (m.start(), m.end()) if m else None


def _question_hedge(t: HedgeText) -> tuple[int, int] | None:
    """A yes/no question that puts a claim up for doubt: span of its opening word."""
    if "?" not in t.low:
        return None
    t.sentence(0)
    start = 0
    for end in t._memo["ends"]:
        if t.low[end - 1] == "?":
            m = QUESTION_START.match(t.low, start, end)
            if m:
                return m.end() - len(m.group().strip()), m.end()
        start = end
    return None
