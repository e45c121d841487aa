"""Commercial conflicts: is this claim selling something, or made by someone with a stake?

The `commercial` scorer looks at each claim for signs that it is advertising
or that whoever stands behind it profits from the reader's choice.  It sets

* ``commercial_score`` -- a number from 0 (neutral) to 1 (plainly selling),
* ``commercial`` -- true when the score reaches ``Options.threshold``.

What it flags (signal kinds):

``sponsor``           a sponsorship, paid-partnership or advertising label ("brought to you by",
                      "in partnership with <brand>", "AD |", "Episode sponsor:", "#gifted"),
                      or a section the markup labels as sponsored/advertising;
``funder_stake``      a study or author paid by, employed by or invested in a company with an
                      interest in the result ("a paid adviser to Acme", "funding came from ...");
``author_company``    the writer sells the product or service ("our products", "my referral
                      link", "join my team");
``product``           product copy: proprietary blends, "our formula", a brand name before a
                      product noun, a brand in a praise or adoption frame ("nurses are turning
                      to <Brand>", "the team at <Brand>"), trademarks next to selling language;
``price``             prices, stronger with sales wording ("only $39.95");
``discount``          promo codes, "% off", "save 30%", free or complimentary offers, bundles;
``call_to_action``    an order/booking/buying instruction aimed at the reader in a selling frame;
``phone``             North-American and international phone numbers (not helplines);
``affiliate_link``    links carrying affiliate or paid markers (``tag=``, ``amzn.to``,
                      ``shareasale``, ``rel="sponsored"``, shop links with ``utm_``);
``affiliate_notice``  "we may earn a commission"-style disclosures;
``seo_header``        keyword-stuffed lines ("Chiropractor Near Me | Back Pain | Austin TX"),
                      "dentist in Leeds", "serving Tampa, Clearwater and ...";
``testimonial_sell``  star ratings, awards and customer praise used to sell, quoted customers;
``native_ad``         selling tone the rules leave undecided, found by a small linear model
                      (see `scorers._commercial_model`).

What it deliberately does not flag: a drug's brand name in a guideline,
public or charitable funding ("funded by the NIH"), academic collaboration
("in collaboration with the Karolinska Institute"), declarations of no
competing interests, neutral cost information ("generic metformin costs about
$4 a month"), incentives paid to study participants, health advice that
happens to be imperative ("call your doctor", "call 911", "book an appointment
with your GP"), the site's own free newsletter or community ("join our mailing
list"), navigation and forum chrome ("Reply | Quote | Back to top"), news that
names a company, and a patient naming a device without selling it.  Industry
involvement that the text says had no influence ("the company supplied the
tablets but had no role in the design") is recorded as a low-weight
``funder_stake`` signal and does not by itself make a claim commercial.

How the score is built: every cue carries a weight and the cues are combined
as a noisy-OR, ``1 - prod(1 - w)`` (overlapping cues of one kind count once).
One strong cue ("buy now", "use code SAVE20", a sponsorship line) is enough;
weak cues (a price alone, a phone number alone, a praise frame alone) need
company.  When the rules leave a claim between `_MODEL_GATE` and 0.5, the
shipped logistic-regression model reads the claim's masked words and rule cues;
if its probability reaches the model's cut, a ``native_ad`` cue with that
probability as its weight joins the others.  The model never runs on claims
with no rule cue, on headings or on navigation lines.

Instruments followed: the US Federal Trade Commission's *Enforcement Policy
Statement on Deceptively Formatted Advertisements* and its companion *Native
Advertising: A Guide for Businesses* (December 2015) -- content whose sponsor
has paid for or shaped it is advertising however it is formatted, so
sponsorship markup, affiliate links and brand praise in an editorial voice
count; and the HONcode principle on advertising policy (Health On the Net
Foundation, principle 8) -- advertising must be told apart from editorial
content, so selling language inside a claim is what this scorer reports.

Options (``[credaudit:scorer:commercial]``):

``threshold`` (float, default 0.5) -- the score at which a claim is called commercial.
``model`` (bool, default true) -- let the shipped native-ad model add its cue; false gives
the rules alone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from audit.lexicon import lower_keep_offsets
from audit.model import Claim
from scorers import _commercial_lexicon as lex
from scorers._base import Assessment, ClaimContext, signal_at
from scorers._commercial_copy import brand_names, copy_cues, cta_cues, has_product, money_cues
from scorers._commercial_cues import Cue, lexicon, negated, pats
from scorers._commercial_links import link_cues, markup_cues, phone_cues, seo_cues
from scorers._commercial_model import features as model_features
from scorers._commercial_model import shipped as shipped_model
from scorers._phrases import light_hits

NAME = "commercial"
SUMMARY = "sponsorship, industry funding, product copy, prices, offers and calls to buy"
SCOPE = "claim"
FIELDS = ("commercial", "commercial_score")


@dataclass(frozen=True, kw_only=True)
class Options:
    threshold: float = 0.5
    model: bool = True


_SELLING = {"price", "discount", "call_to_action", "author_company", "testimonial_sell",
            "affiliate_link", "sponsor"}
_OFFER_KINDS = ("discount", "call_to_action", "price")
_MODEL_GATE = 0.25  # rule score from which the model may add its native_ad cue ...
_MODEL_CEILING = 0.5  # ... and below which the rules have not settled the claim on their own


def score(claim: Claim, context: ClaimContext, options: Options) -> Assessment:
    """Find commercial cues in one claim and combine them into a score."""
    text = claim.text
    cues = rule_cues(text, context)
    value = _combine(cues) if cues else 0.0
    if options.model and value < _MODEL_CEILING:
        cue = _model_cue(text, cues, value) if value >= _MODEL_GATE else None
        if cue is not None:
            cues.append(cue)
            value = _combine(cues)
    if not cues:
        return Assessment(fields={"commercial": False, "commercial_score": 0.0})
    signals = tuple(signal_at(claim, NAME, c.kind, c.start, c.end, label=c.label)
                    for c in sorted(cues, key=lambda c: (c.start, c.end, c.kind)))
    return Assessment(signals=signals, fields={"commercial": value >= options.threshold,
                                               "commercial_score": value})


def _model_cue(text: str, cues: list[Cue], value: float) -> Cue | None:
    """A ``native_ad`` cue when the shipped model finds selling tone the rules did not settle.

    See `model_gate` for where the model may speak."""
    if not model_gate(text, cues):
        return None
    model = shipped_model()
    if model is None:
        return None
    brands = brand_names(text)
    p = model.probability(model_features(text, brands, cues))
    if p < model.cut:
        return None
    start, end = (brands[0][0], brands[0][1]) if brands else (0, len(text.rstrip()))
    return Cue(start, end, "native_ad", round(p, 3), f"selling tone (model p={p:.2f})")


def model_gate(text: str, cues: list[Cue]) -> bool:
    """May the model speak on this claim?  Only where the rules found something short of
    the threshold, in a claim that reads as a sentence (4+ words, mostly lower case, no
    separator bars) rather than as a heading or a line of navigation."""
    value = _combine(cues) if cues else 0.0
    if value < _MODEL_GATE or pats()["separators"].search(text):
        return False
    words = text.split()
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) <= 0.6 * len(words)


def rule_cues(text: str, context: ClaimContext) -> list[Cue]:
    """The rule cues of one claim, after context adjustments (no model)."""
    low = lower_keep_offsets(text)
    cues, triggers = _lexicon_cues(text, low)
    digits = pats()["digit"].search(low) is not None
    cues.extend(money_cues(low))
    cues.extend(_stake_cues(text, low, triggers))
    cues.extend(copy_cues(text, low, triggers))
    if "_verb" in triggers:
        cues.extend(cta_cues(low, triggers["_verb"]))
    cues.extend(seo_cues(text, low, digits))
    if digits:
        cues.extend(phone_cues(low))
    if context.section_hints or context.section_heading:
        cues += link_cues(low, context) + markup_cues(text, context)
    elif "http" in low or "www." in low or "amzn" in low:
        cues += link_cues(low, context)
    return _adjust(cues, low, context) if cues else cues


def _combine(cues: list[Cue]) -> float:
    """Noisy-OR over cues: 1 - prod(1 - weight)."""
    rest = 1.0
    for cue in cues:
        rest *= 1.0 - cue.weight
    return round(1.0 - rest, 3)


def _lexicon_cues(text: str, low: str) -> tuple[list[Cue], dict[str, list[tuple[int, int]]]]:
    """Phrase cues from the one lexicon pass, plus trigger words for the later checks."""
    cues: list[Cue] = []
    triggers: dict[str, list[tuple[int, int]]] = {}
    praise = []
    for hit in light_hits(lexicon(), low):
        if hit.category.startswith("_"):
            triggers.setdefault(hit.category, []).append((hit.start, hit.end))
            continue
        if hit.category == "testimonial_life":
            praise.append(hit)  # counts only when a product is named (checked below)
            continue
        if hit.category == "frame":
            triggers.setdefault("frame", []).append((hit.start, hit.end))
            continue
        kind, weight = lex.CATEGORY[hit.category]
        label = None
        if weight is None:
            kind, weight, label = _judge_phrase(hit.category, text, low, hit.start, hit.end)
        elif hit.category in ("industry_funded", "stake") and negated(low, hit.start):
            continue
        if kind:
            cues.append(Cue(hit.start, hit.end, kind, weight, label))
    if praise and has_product(text, low, triggers.get("_noun", ())):
        cues += [Cue(h.start, h.end, "testimonial_sell", 0.35, "praise for a product")
                 for h in praise]
    return cues, triggers


def _judge_phrase(category: str, text: str, low: str, start: int, end: int
                  ) -> tuple[str, float, str | None]:
    """Decide what a context-dependent phrase means here (kind "" = nothing)."""
    if category == "seo":
        quotes = ("\"", "'", "“", "‘", "”", "’")
        quoted = (start > 0 and text[start - 1] in quotes) or text[end:end + 1] in quotes
        return ("", 0.0, None) if quoted else ("seo_header", 0.55, None)
    if negated(low, start):
        return "", 0.0, None
    industry, public, named = _funder_type(text, end)
    if category == "partner":
        if public and not industry or (not industry and pats()["study_context"].search(low)):
            return "", 0.0, None  # academic collaboration
        return ("sponsor", 0.6, "partner content") if industry or named else ("", 0.0, None)
    if category == "sponsored_by":
        if public and not industry:
            return "", 0.0, None
        if pats()["research_context"].search(low):
            return "funder_stake", 0.55 if industry or named else 0.45, "study sponsor"
        return "sponsor", 0.7, None
    if industry:
        weight = 0.3 if public or category == "supply" else 0.55
        what = {"supply": "supplied", "ties": "ties"}.get(category, "funding")
        return "funder_stake", weight, "industry " + what
    verb = low[start:end].split()[0]
    strict = category == "funding" and verb not in ("supported", "commissioned")
    if named and not public and (category == "ties" or strict):
        return "funder_stake", 0.5, "named funder"
    return "", 0.0, None


def _funder_type(text: str, end: int) -> tuple[bool, bool, bool]:
    """Is the payer named after `end` industry, public, or an unknown named body?"""
    tail = pats()["payer_end"].split(text[end:end + 120])[0]
    return _payer_kind(" ".join(tail.split()[:10]))


def _payer_kind(who: str) -> tuple[bool, bool, bool]:
    low = who.lower()
    tokens = set(re.findall(r"[\w&'-]+", low))
    industry = not tokens.isdisjoint(lex.INDUSTRY_WORDS) or any(
        q in low for q in lex.INDUSTRY_QUALIFIERS)
    public = any((" " in w and w in low) or w in tokens for w in lex.PUBLIC_WORDS)
    named = bool(re.search(r"\b[A-Z][\w-]{2,}", who))
    return industry, public, named


def _stake_cues(text: str, low: str, triggers: dict) -> list[Cue]:
    """Money flowing from a company to a study or an author."""
    p = pats()
    cues = []
    if "shares" in low or "stock" in low or "equity" in low or "stake" in low:
        cues += [Cue(m.start(), m.end(), "funder_stake", 0.55, "author holds shares")
                 for m in p["holdings"].finditer(low) if not negated(low, m.start())]
    if ("receiv" in low or "accept" in low) and "from" in low and p["tie_gate"].search(low):
        for m in p["received"].finditer(low):
            industry, public, named = _funder_type(text, m.end())
            denied = negated(low, m.start()) or p["inner_negation"].search(m.group())
            if not denied and (industry or (named and not public)):
                cues.append(Cue(m.start(), m.end(), "funder_stake", 0.55, "author ties"))
    if triggers.get("_role"):
        for m in p["role_tie"].finditer(low):
            industry, public, named = _funder_type(text, m.end())
            if not negated(low, m.start()) and (industry or (named and not public)):
                weight = 0.55 if industry or m.group("paid") else 0.45
                cues.append(Cue(m.start(), m.end(), "funder_stake", weight, "role at a company"))
    if "came" in low or "provided" in low or "received" in low or "comes" in low:
        for m in p["funding_from"].finditer(low):
            industry, public, named = _funder_type(text, m.end())
            if not negated(low, m.start()) and (industry or (named and not public)):
                cues.append(Cue(m.start(), m.end(), "funder_stake", 0.55 if industry else 0.5,
                                "industry funding" if industry else "named funder"))
    if triggers.get("_fund"):
        for m in p["industry_act"].finditer(low):
            industry, public, _ = _payer_kind(re.split(r"[.;:!?]", text[:m.start()])[-1])
            if industry and not negated(low, m.start()):
                weak = m.group("act") in ("supplied", "provided", "donated") or public
                cues.append(Cue(m.start(), m.end(), "funder_stake", 0.3 if weak else 0.55,
                                "industry supplied" if weak else "industry funding"))
    return cues


def _adjust(cues: list[Cue], low: str, context: ClaimContext) -> list[Cue]:
    """Context that changes weights: public services, trademarks in copy, no-role funding."""
    kinds = {c.kind for c in cues if c.weight >= 0.2}
    selling = bool(kinds & _SELLING) or any(c.kind == "product" and c.weight > 0.1 for c in cues)
    no_role = any(c.kind == "funder_stake" for c in cues) and (
        pats()["no_role"].search(low) or pats()["no_role"].search(context.previous_text.lower()))
    public = any(c.kind in ("discount", "call_to_action", "price") for c in cues) and \
        pats()["public_context"].search(low)
    out = []
    for cue in cues:
        if public and cue.kind in ("discount", "call_to_action", "price"):
            continue  # a public service offering something free is not a sale
        if cue.label == "trademark" and selling:
            cue = Cue(cue.start, cue.end, cue.kind, 0.3, cue.label)
        elif cue.kind == "funder_stake" and no_role:
            cue = Cue(cue.start, cue.end, cue.kind, 0.15, "disclosed, no role")
        out.append(cue)
    return _dedupe(out)


def _dedupe(cues: list[Cue]) -> list[Cue]:
    """Drop a cue that overlaps a stronger (or earlier, longer) cue of the same kind."""
    keep: list[Cue] = []
    for cue in sorted(cues, key=lambda c: (-c.weight, c.start, -(c.end - c.start))):
        if any(k.kind == cue.kind and k.start < cue.end and cue.start < k.end for k in keep):
            continue
        keep.append(cue)
    return keep
