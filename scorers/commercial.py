"""Commercial conflicts: is this claim selling something, or made by someone with a stake?

The `commercial` scorer looks at each claim for signs that it is advertising
or that whoever stands behind it profits from the reader's choice.  It sets

* ``commercial_score`` -- a number from 0 (neutral) to 1 (plainly selling),
* ``commercial`` -- true when the score reaches ``Options.threshold``.

What it flags (signal kinds):

``sponsor``           a sponsorship or paid-partnership statement ("brought to you by"),
                      or a section the markup labels as sponsored/advertising;
``funder_stake``      a study or author paid by a company with an interest in the result;
``author_company``    the writer sells the product or service ("our products", "we formulate");
``product``           product copy: proprietary blends, "our formula", trademark symbols
                      next to selling language, money-back guarantees;
``price``             prices, stronger with sales wording ("only $39.95");
``discount``          promo codes, "% off", free shipping, limited-time or free-consultation offers;
``call_to_action``    an order/booking/buying instruction aimed at the reader in a selling frame;
``phone``             North-American and international phone numbers (not helplines);
``affiliate_link``    links carrying affiliate or paid markers (``tag=``, ``amzn.to``,
                      ``shareasale``, ``rel="sponsored"``, shop links with ``utm_``);
``affiliate_notice``  "we may earn a commission"-style disclosures;
``seo_header``        keyword-stuffed lines ("Chiropractor Near Me | Back Pain | Austin TX");
``testimonial_sell``  star ratings and customer praise used to sell.

What it deliberately does not flag: a drug's brand name in a guideline,
public or charitable funding ("funded by the NIH"), declarations of no
competing interests, neutral cost information ("generic metformin costs about
$4 a month"), health advice that happens to be imperative ("call your doctor",
"call 911", "book an appointment with your GP"), news that names a company,
and a patient naming a device without selling it.  Industry involvement that
the text says had no influence ("the company supplied the tablets but had no
role in the design") is recorded as a low-weight ``funder_stake`` signal and
does not by itself make a claim commercial.

How the score is built: each kind contributes the weight of its strongest cue
and the kinds are combined as a noisy-OR, ``1 - prod(1 - w)``.  One strong cue
("buy now", "use code SAVE20", a sponsorship line) is enough; weak cues (a
price alone, a phone number alone) need company.

Instruments followed: the US Federal Trade Commission's *Enforcement Policy
Statement on Deceptively Formatted Advertisements* and its companion *Native
Advertising: A Guide for Businesses* (December 2015) -- content whose sponsor
has paid for or shaped it is advertising however it is formatted, so
sponsorship markup and affiliate links count; and the HONcode principle on
advertising policy (Health On the Net Foundation, principle 8) -- advertising
must be told apart from editorial content, so selling language inside a claim
is what this scorer reports.

Options (``[credaudit:scorer:commercial]``):

``threshold`` (float, default 0.5) -- the score at which a claim is called commercial.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from audit.lexicon import Lexicon, lower_keep_offsets
from audit.model import Claim, Hints
from scorers import _commercial_lexicon as lex
from scorers._base import Assessment, ClaimContext, signal_at

NAME = "commercial"
SUMMARY = "sponsorship, industry funding, product copy, prices, offers and calls to buy"
SCOPE = "claim"
FIELDS = ("commercial", "commercial_score")


@dataclass(frozen=True, kw_only=True)
class Options:
    threshold: float = 0.5


@dataclass(frozen=True, slots=True)
class _Cue:
    start: int
    end: int
    kind: str
    weight: float
    label: str | None = None


_SELLING = {"price", "discount", "call_to_action", "author_company", "testimonial_sell",
            "affiliate_link", "sponsor"}
_OFFER_KINDS = ("discount", "call_to_action", "price")


@cache
def _lexicon() -> Lexicon:
    # Spelling hyphens as spaces keeps the lexicon's phrase -> category lookup exact
    # for phrases that mix both ("kick-start your"); a space also matches a hyphen.
    phrases = {**lex.PHRASES, **lex.TRIGGERS}
    return Lexicon({cat: [p.replace("-", " ") for p in items] for cat, items in phrases.items()})


@cache
def _re() -> dict[str, re.Pattern[str]]:
    def alternation(items) -> str:
        return "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True))
    out = {key: re.compile(src) for key, src in lex.PATTERNS.items()}
    out.update({"markers:" + g: re.compile(src) for g, src in lex.SELLING_MARKERS.items()})
    out["advice"] = re.compile(r"\s*(?:up\s+|in\s+|on\s+|back\s+|the\s+|or text\s+)?(?:"
                               + alternation(lex.ADVICE_OBJECTS) + r")\b")
    out["helpline"] = re.compile(r"\b(?:" + alternation(lex.HELPLINE_WORDS) + r")\b")
    return out


@cache
def _verb_groups() -> dict[str, str]:
    return {v: group for group, verbs in lex.CTA_VERBS.items() for v in verbs}


def score(claim: Claim, context: ClaimContext, options: Options) -> Assessment:
    """Find commercial cues in one claim and combine them into a score."""
    text = claim.text
    low = lower_keep_offsets(text)
    cues, triggers = _lexicon_cues(text, low)
    digits = _re()["digit"].search(low) is not None
    cues += _money_cues(low, digits) + _stake_cues(text, low) + _copy_cues(text, low, triggers)
    cues += _cta_cues(low, triggers.get("_verb", ())) + _seo_cues(text, low, digits)
    if context.section_hints or context.section_heading:
        cues += _link_cues(low, context) + _markup_cues(text, context)
    elif "http" in low or "www." in low or "amzn" in low:
        cues += _link_cues(low, context)
    if not cues:
        return Assessment(fields={"commercial": False, "commercial_score": 0.0})
    cues = _adjust(cues, low, context)
    value = _combine(cues)
    signals = tuple(signal_at(claim, NAME, c.kind, c.start, c.end, label=c.label)
                    for c in sorted(cues, key=lambda c: (c.start, c.end, c.kind)))
    return Assessment(signals=signals, fields={"commercial": value >= options.threshold,
                                               "commercial_score": value})


def _combine(cues: list[_Cue]) -> float:
    """Noisy-OR over cues: 1 - prod(1 - weight)."""
    rest = 1.0
    for cue in cues:
        rest *= 1.0 - cue.weight
    return round(1.0 - rest, 3)


def _lexicon_cues(text: str, low: str) -> tuple[list[_Cue], dict[str, list[tuple[int, int]]]]:
    """Phrase cues from the one lexicon pass, plus trigger words for the later checks."""
    cues: list[_Cue] = []
    triggers: dict[str, list[tuple[int, int]]] = {}
    praise = []
    for hit in _lexicon().finditer(low):
        if hit.category.startswith("_"):
            triggers.setdefault(hit.category, []).append((hit.start, hit.end))
            continue
        if hit.category == "testimonial_life":
            praise.append(hit)  # counts only when a product is named (checked below)
            continue
        kind, weight = lex.CATEGORY[hit.category]
        label = None
        if weight is None:
            kind, weight, label = _judge_phrase(hit.category, text, low, hit.start, hit.end)
        elif hit.category in ("industry_funded", "stake") and _negated(low, hit.start):
            continue
        if kind:
            cues.append(_Cue(hit.start, hit.end, kind, weight, label))
    if praise and _has_product(text, low, triggers.get("_noun", ())):
        cues += [_Cue(h.start, h.end, "testimonial_sell", 0.35, "praise for a product")
                 for h in praise]
    return cues, triggers


def _judge_phrase(category: str, text: str, low: str, start: int, end: int
                  ) -> tuple[str, float, str | None]:
    """Decide what a context-dependent phrase means here (kind "" = nothing)."""
    if category == "seo":
        quotes = ("\"", "'", "“", "‘", "”", "’")
        quoted = (start > 0 and text[start - 1] in quotes) or text[end:end + 1] in quotes
        return ("", 0.0, None) if quoted else ("seo_header", 0.55, None)
    if _negated(low, start):
        return "", 0.0, None
    industry, public, named = _funder_type(text, end)
    if category == "sponsored_by":
        if public and not industry:
            return "", 0.0, None
        if _re()["research_context"].search(low):
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
    tail = _re()["payer_end"].split(text[end:end + 120])[0]
    return _payer_kind(" ".join(tail.split()[:10]))


def _payer_kind(who: str) -> tuple[bool, bool, bool]:
    low = who.lower()
    tokens = set(re.findall(r"[\w&'-]+", low))
    industry = not tokens.isdisjoint(lex.INDUSTRY_WORDS) or any(
        q in low for q in lex.INDUSTRY_QUALIFIERS)
    public = any((" " in w and w in low) or w in tokens for w in lex.PUBLIC_WORDS)
    named = bool(re.search(r"\b[A-Z][\w-]{2,}", who))
    return industry, public, named


def _negated(low: str, start: int) -> bool:
    return bool(_re()["negation"].search(low[max(0, start - 40):start]))


def _has_product(text: str, low: str, nouns) -> bool:
    pats = _re()
    return bool(_named_products(text, nouns) or pats["trademark"].search(text)
                or pats["product_words"].search(low))


def _money_cues(low: str, digits: bool) -> list[_Cue]:
    """Prices, discount codes, free offers, phone numbers and star ratings."""
    pats = _re()
    cues = []
    if ("$" in low or "£" in low or "€" in low) and not pats["price_neutral"].search(low):
        for m in pats["price"].finditer(low):
            retail = (m.group("cents") or "")[-1:] in ("5", "9") and m.group("cents")
            weight = 0.45 if m.group("sale") else 0.35 if retail else 0.3
            cues.append(_Cue(m.start(), m.end(), "price", weight, None))
    if "code" in low or " off" in low:
        cues += [_Cue(m.start(), m.end(), "discount", 0.55, None)
                 for m in pats["code"].finditer(low)]
    if "free" in low:
        cues += [_Cue(m.start(), m.end(), "discount", 0.45, None)
                 for m in pats["free_offer"].finditer(low)]
    if digits and sum(low.count(d) for d in "0123456789") >= 7 and not pats["helpline"].search(low):
        cues += [_Cue(m.start(), m.end(), "phone", 0.25, None) for m in pats["phone"].finditer(low)
                 if sum(c.isdigit() for c in m.group()) >= 7]
    if "★" in low or "⭐" in low or "star" in low:
        cues += [_Cue(m.start(), m.end(), "testimonial_sell", 0.5, "rating")
                 for m in pats["stars"].finditer(low)]
    return cues


def _stake_cues(text: str, low: str) -> list[_Cue]:
    """Money flowing from a company to a study or an author."""
    pats = _re()
    cues = []
    if "shares" in low or "stock" in low or "equity" in low or "stake" in low:
        cues += [_Cue(m.start(), m.end(), "funder_stake", 0.55, "author holds shares")
                 for m in pats["holdings"].finditer(low) if not _negated(low, m.start())]
    if ("receiv" in low or "accept" in low) and "from" in low and any(
            w in low for w in lex.TIE_WORDS):
        for m in pats["received"].finditer(low):
            industry, public, named = _funder_type(text, m.end())
            negated = _negated(low, m.start()) or pats["inner_negation"].search(m.group())
            if not negated and (industry or (named and not public)):
                cues.append(_Cue(m.start(), m.end(), "funder_stake", 0.55, "author ties"))
    if any(w in low for w in lex.FUNDING_WORDS):
        for m in pats["industry_act"].finditer(low):
            industry, public, _ = _payer_kind(re.split(r"[.;:!?]", text[:m.start()])[-1])
            if industry and not _negated(low, m.start()):
                weak = m.group("act") in ("supplied", "provided", "donated") or public
                cues.append(_Cue(m.start(), m.end(), "funder_stake", 0.3 if weak else 0.55,
                                 "industry supplied" if weak else "industry funding"))
    return cues


def _named_products(text: str, nouns) -> list[tuple[int, int, bool]]:
    """(start, end, possessive-or-CamelCase) for each "Brand ... product noun" in `text`."""
    found = []
    for start, end in nouns:
        window = text[max(0, start - 60):start]
        if window == window.lower():
            continue  # no capital letter, so no brand name
        m = _re()["brand"].search(text, max(0, start - 60), start)
        if not m:
            continue
        words = m.group("brand").split()
        while words and words[0].lower() in lex.NOT_BRANDS:
            words.pop(0)  # "The SolenGuard Mist": the brand starts after "The"
        if not words:
            continue
        brand_start = text.index(words[0], m.start())
        strong = bool(m.group("poss")) or bool(_re()["camel"].search(" ".join(words)))
        if brand_start == 0 and not strong:
            continue  # a capital that only starts the sentence
        found.append((brand_start, end, strong))
    return found


def _copy_cues(text: str, low: str, triggers: dict) -> list[_Cue]:
    """Product copy: own products, named products, trademarks, endorsements, web addresses."""
    pats = _re()
    cues = []
    if "our " in low and not pats["research_context"].search(low):
        cues += [_Cue(m.start(), m.end(), "author_company", 0.45, "own product or service")
                 for m in pats["our_offer"].finditer(low)]
    for start, end, strong in _named_products(text, triggers.get("_noun", ())):
        cues.append(_Cue(start, end, "product", 0.35 if strong else 0.3, "named product"))
        after = pats["benefit_after"].match(low, end, end + 60)
        if after and not pats["negation"].search(after.group()):
            cues.append(_Cue(after.start("verb"), after.end(), "product", 0.25,
                             "product benefit claim"))
    if "®" in text or "™" in text or "(r)" in low or "(tm)" in low:
        for m in pats["trademark"].finditer(text):
            word = pats["trademark_word"].search(text[max(0, m.start() - 30):m.end()])
            start = m.end() - len(word.group()) if word else m.start()
            cues.append(_Cue(start, m.end(), "product", 0.1, "trademark"))
    if "switch" in low or "swear" in low or "reach" in low or "love" in low or "without" in low:
        cues += [_Cue(m.start(), m.end(), "product",
                      0.5 if pats["camel"].search(m.group()) else 0.35, "brand endorsement")
                 for m in pats["endorsement"].finditer(text)]
    if "Only " in text or ("the only" in low and "need" in low):
        cues += [_Cue(m.start(), m.end(), "product", 0.3, "exclusivity claim")
                 for m in pats["exclusive"].finditer(text)]
    return cues + _place_cues(text, low)


def _place_cues(text: str, low: str) -> list[_Cue]:
    """Local-SEO and advert formulas: "dentist in Leeds", "ask your doctor if X", web addresses."""
    pats = _re()
    cues = []
    if pats["place_gate"].search(text):
        for m in pats["place_service"].finditer(text):
            if m.group("place").split()[0].lower() not in lex.MONTHS + lex.NOT_BRANDS:
                cues.append(_Cue(m.start(), m.end(), "seo_header", 0.3, "service and place"))
    if "ask your" in low:
        cues += [_Cue(m.start(), m.end(), "call_to_action", 0.5, "drug advert formula")
                 for m in pats["dtc_ad"].finditer(text)]
    if pats["tld"].search(low):
        cues += [_Cue(m.start(), m.end(), "call_to_action", 0.3, "web address")
                 for m in pats["web_address"].finditer(low)]
    return cues


def _cta_cues(low: str, verbs) -> list[_Cue]:
    """Imperatives addressed to the reader at a clause start, in a selling frame."""
    pats = _re()
    cues = []
    for start, end in verbs:
        before = low[:start].rstrip()
        for word in ("please", "simply", "just"):
            if before.endswith(word):
                before = before[:-len(word)].rstrip()
        if before and before[-1] not in lex.CLAUSE_OPENERS and not before.endswith((" and", " or")):
            continue
        window = pats["clause_end"].split(low[end:end + 80])[0]
        if pats["advice"].match(window) or pats["helpline"].search(window) \
                or pats["advice_with"].search(window):
            continue
        verb = " ".join(low[start:end].replace("-", " ").split())
        group = _verb_groups().get(verb, "buy")
        if pats["markers:" + group].search(window) or pats["phone"].search(window):
            cues.append(_Cue(start, end, "call_to_action", 0.45 if group == "buy" else 0.5, None))
        elif verb in lex.SELLING_VERBS:
            cues.append(_Cue(start, end, "call_to_action", 0.4, None))
    return cues


def _affiliate(href: str, rel: str) -> str | None:
    """Why a link looks paid or affiliate, or None."""
    h = href.lower()
    if "sponsored" in rel.lower():
        return "rel=sponsored"
    host = next((a for a in lex.AFFILIATE_HOSTS if a in h), None)
    if host:
        return host
    shop = any(s in h for s in lex.SHOP_HOSTS)
    if _re()["aff_param"].search(h) and (shop or "tag=" not in h or "amazon" in h):
        return "affiliate parameter"
    if shop and "utm_" in h:
        return "shop link with utm_"
    return None


def _link_cues(low: str, context: ClaimContext) -> list[_Cue]:
    cues = []
    for key, value in context.section_hints:
        if key != "link":
            continue
        rel, href, anchor = (value.split("\t", 2) + ["", ""])[:3]
        anchor = " ".join(anchor.lower().split())
        at = low.find(anchor) if anchor else -1
        why = _affiliate(href, rel) if at >= 0 else None
        if why:
            if "sponsored" not in rel.lower():
                why += ", no rel=sponsored"
            cues.append(_Cue(at, at + len(anchor), "affiliate_link", 0.6, why))
    if "http" in low or "www." in low or "amzn" in low:
        for m in _re()["url"].finditer(low):
            why = _affiliate(m.group(), "")
            if why:
                cues.append(_Cue(m.start(), m.end(), "affiliate_link", 0.6, why))
    return cues


def _seo_cues(text: str, low: str, digits: bool) -> list[_Cue]:
    """Keyword-stuffed lines: pipe or bullet lists, ALL CAPS, ZIP codes mixed with services."""
    seps = low.count(" | ") + low.count(" • ") + low.count(" · ")
    caps = text == text.upper() and len(text) >= 16
    place = digits and bool(_re()["location"].search(text))
    if not (seps >= 2 or caps or place):
        return []
    stripped = text.strip()
    if stripped.startswith("|") and stripped.endswith("|"):
        return []  # a Markdown table row, not a header
    services = len(_re()["service"].findall(low))
    start = text.find(stripped)
    end = start + len(stripped)
    if seps >= 2 and (services or place):
        return [_Cue(start, end, "seo_header", 0.6, "keyword list")]
    if caps and services and (place or seps or low.count(",") >= 2):
        return [_Cue(start, end, "seo_header", 0.55, "all-caps service list")]
    if place and services >= 2:
        return [_Cue(start, end, "seo_header", 0.4, "location and services")]
    return []


def _markup_cues(text: str, context: ClaimContext) -> list[_Cue]:
    why = _markup_reason(context.section_hints, context.section_heading)
    if why is None or not text.strip():
        return []
    start = len(text) - len(text.lstrip())
    return [_Cue(start, len(text.rstrip()), "sponsor", 0.7, why)]


@cache
def _markup_reason(hints: Hints, heading: str) -> str | None:
    """Why the section is marked as advertising (markup facts or its heading), or None."""
    pats = _re()
    for key, value in hints:
        k, v = key.lower(), value.lower()
        if k == "link":
            continue
        if k.startswith("meta:") and "sponsor" in k and v in ("true", "yes", "1"):
            return f"markup {key}={value}"
        if (k in ("class", "id", "data", "role", "itemtype") or k.startswith("data-")) \
                and pats["markup"].search(v):
            return f"markup {key}={value}"
    if pats["heading"].search(heading.lower()):
        return "section heading"
    return None


def _adjust(cues: list[_Cue], low: str, context: ClaimContext) -> list[_Cue]:
    """Context that changes weights: public services, trademarks in copy, no-role funding."""
    kinds = {c.kind for c in cues if c.weight >= 0.2}
    selling = bool(kinds & _SELLING) or any(c.kind == "product" and c.weight > 0.1 for c in cues)
    no_role = any(c.kind == "funder_stake" for c in cues) and (
        _re()["no_role"].search(low) or _re()["no_role"].search(context.previous_text.lower()))
    public = any(c.kind in ("discount", "call_to_action", "price") for c in cues) and \
        _re()["public_context"].search(low)
    out = []
    for cue in cues:
        if public and cue.kind in ("discount", "call_to_action", "price"):
            continue  # a public service offering something free is not a sale
        if cue.label == "trademark" and selling:
            cue = _Cue(cue.start, cue.end, cue.kind, 0.3, cue.label)
        elif cue.kind == "funder_stake" and no_role:
            cue = _Cue(cue.start, cue.end, cue.kind, 0.15, "disclosed, no role")
        out.append(cue)
    return _dedupe(out)


def _dedupe(cues: list[_Cue]) -> list[_Cue]:
    """Drop a cue that overlaps a stronger (or earlier, longer) cue of the same kind."""
    keep: list[_Cue] = []
    for cue in sorted(cues, key=lambda c: (-c.weight, c.start, -(c.end - c.start))):
        if any(k.kind == cue.kind and k.start < cue.end and cue.start < k.end for k in keep):
            continue
        keep.append(cue)
    return keep
