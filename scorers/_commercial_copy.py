"""Selling copy for the `commercial` scorer: offers, product names, calls to action.

The checks here read the wording of one claim: prices and discount codes,
brand names in front of product nouns, own-product talk ("our formula"),
endorsement and adoption frames around a brand, local-advert formulas and
imperatives that ask the reader to buy, book or sign up.
"""
from __future__ import annotations

from scorers import _commercial_lexicon as lex
from scorers._commercial_cues import Cue, pats, verb_groups


def money_cues(low: str) -> list[Cue]:
    """Prices, discount codes, free offers and star ratings."""
    p = pats()
    cues = []
    if ("$" in low or "£" in low or "€" in low) and not p["price_neutral"].search(low):
        for m in p["price"].finditer(low):
            retail = (m.group("cents") or "")[-1:] in ("5", "9") and m.group("cents")
            weight = 0.45 if m.group("sale") else 0.35 if retail else 0.3
            cues.append(Cue(m.start(), m.end(), "price", weight, None))
    if "code" in low or " off" in low:
        cues += [Cue(m.start(), m.end(), "discount", 0.55, None) for m in p["code"].finditer(low)]
    if "free" in low or "complimentary" in low:
        cues += [Cue(m.start(), m.end(), "discount", 0.45, None)
                 for m in p["free_offer"].finditer(low)]
    if "★" in low or "⭐" in low or "5 star" in low or "/5" in low or "/ 5" in low \
            or "out of 5" in low:
        cues += [Cue(m.start(), m.end(), "testimonial_sell", 0.5, "rating")
                 for m in p["stars"].finditer(low)]
    return cues


def named_products(text: str, nouns) -> list[tuple[int, int, bool]]:
    """(start, end, possessive-or-CamelCase) for each "Brand ... product noun" in `text`."""
    found = []
    for start, end in nouns:
        window = text[max(0, start - 60):start]
        if window == window.lower():
            continue  # no capital letter, so no brand name
        pos = max(0, start - 60)
        while (m := pats()["brand"].search(text, pos, start)) is not None:
            pos = m.end("brand")  # if this capital is no brand, try the next one nearer the noun
            words = m.group("brand").split()
            while words and words[0].lower() in lex.NOT_BRANDS:
                words.pop(0)  # "The SolenGuard Mist": the brand starts after "The"
            if not words or all(w.lower().rstrip("'’s") in lex.NOT_BRAND_WORDS
                                or (w.isupper() and len(w) <= 4) for w in words):
                continue  # "Department of Health's ...", "SMS clinics": no brand
            brand_start = text.index(words[0], m.start())
            strong = bool(m.group("poss")) or bool(pats()["camel"].search(" ".join(words)))
            if brand_start == 0 and not strong:
                continue  # a capital that only starts the sentence
            found.append((brand_start, end, strong))
            break
    return found


def has_product(text: str, low: str, nouns) -> bool:
    p = pats()
    return bool(named_products(text, nouns) or p["trademark"].search(text)
                or p["product_words"].search(low))


def copy_cues(text: str, low: str, triggers: dict) -> list[Cue]:
    """Product copy: own products, named products, trademarks, endorsements, exclusivity."""
    p = pats()
    cues = []
    if "our " in low and not p["research_context"].search(low):
        cues += [Cue(m.start(), m.end(), "author_company", 0.45, "own product or service")
                 for m in p["our_offer"].finditer(low)]
        for start, end in triggers.get("_noun", ()):  # "our sleep spray", "our new serum"
            at = low.rfind("our ", max(0, start - 30), start)
            if at >= 0 and (at == 0 or not low[at - 1].isalpha()) \
                    and low.count(" ", at + 4, start) <= 2 and "," not in low[at:start]:
                cues.append(Cue(at, end, "author_company", 0.45, "own product or service"))
                break
    named = named_products(text, triggers["_noun"]) if "_noun" in triggers else []
    for start, end, strong in named:
        cues.append(Cue(start, end, "product", 0.35 if strong else 0.3, "named product"))
        after = p["benefit_after"].match(low, end, end + 60)
        if after and not p["negation"].search(after.group()):
            cues.append(Cue(after.start("verb"), after.end(), "product", 0.25,
                            "product benefit claim"))
    if "®" in text or "™" in text or "(r)" in low or "(tm)" in low:
        for m in p["trademark"].finditer(text):
            word = p["trademark_word"].search(text[max(0, m.start() - 30):m.end()])
            start = m.end() - len(word.group()) if word else m.start()
            cues.append(Cue(start, m.end(), "product", 0.1, "trademark"))
    if "switch" in low or "swear" in low or "reach" in low or "love" in low or "without" in low:
        cues += [Cue(m.start(), m.end(), "product",
                     0.5 if p["camel"].search(m.group()) else 0.35, "brand endorsement")
                 for m in p["endorsement"].finditer(text)]
    if "Only " in text or ("the only" in low and "need" in low):
        cues += [Cue(m.start(), m.end(), "product", 0.3, "exclusivity claim")
                 for m in p["exclusive"].finditer(text)]
    return cues + place_cues(text, low) + _native_cues(text, low, triggers, named)


def brand_names(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, strong) of brand-shaped names: @handles, CamelCase, possessives, mid-sentence
    capitals that are not titles, places or months.  Strong = handle, CamelCase or possessive."""
    words = text.split()
    if len(words) >= 4 and sum(w[:1].isupper() for w in words) > 0.6 * len(words):
        title_case = True  # a headline: every word is capitalised, so capitals say nothing
    else:
        title_case = False
    found = []
    for m in pats()["brand_token"].finditer(text):
        word = m.group()
        if word.lower().strip("@") in lex.NOT_BRAND_WORDS or word.lower() in lex.NOT_BRANDS:
            continue
        before = text[max(0, m.start() - 12):m.start()].split()
        if before and before[-1].rstrip(".").lower() in lex.NOT_BRAND_WORDS:
            continue  # "Dr Patel", "Professor Quinn": a person
        strong = word[0] == "@" or bool(pats()["camel"].search(word)) \
            or text[m.end():m.end() + 2] in ("'s", "’s")
        if strong or not title_case:
            found.append((m.start(), m.end(), strong))
    return found


_OPENING_FIRST = frozenset("ASPMID[(")  # how an advertising label or a product introduction starts


def _native_cues(text: str, low: str, triggers: dict, named: list) -> list[Cue]:
    """Native-ad copy: a brand in a praise or adoption frame, quoted customers, sold results."""
    p = pats()
    cues = []
    frames = triggers.get("frame", ())
    if frames and p["research_context"].search(low):
        frames = ()  # "participants who used the app": a study, not an advert
    results = ("lost " in low or "shed " in low or "dropped " in low) \
        and p["results_claim"].search(low) is not None
    brands = brand_names(text) if frames or results else []
    if frames and brands:
        for start, end in frames:
            if any(b_start - 90 < end and start < b_end + 90 for b_start, b_end, _ in brands):
                near = [b for b in brands if b[0] - 90 < end and start < b[1] + 90]
                agency = low[end:end + 1] == " " and any(b[0] == end + 1 for b in near)
                weight = 0.5 if agency or any(b[2] for b in near) else 0.45
                cues.append(Cue(start, end, "product", weight, "brand praise frame"))
                if agency and triggers.get("_noun"):  # "the team at Acme ... a protein shake"
                    noun = triggers["_noun"][-1]
                    cues.append(Cue(noun[0], noun[1], "product", 0.25, "product in a brand story"))
                    break
                strong = any(s for _, _, s in brands) or low.startswith("the ", start) or named
                benefit = p["benefit_word"].search(low, brands[0][1]) if strong else None
                if benefit:
                    cues.append(Cue(benefit.start(), benefit.end(), "product", 0.25,
                                    "product benefit claim"))
                break
    if '"' in text or "“" in text:
        cues += [Cue(m.start(), m.end(), "testimonial_sell", 0.5, "customer quote")
                 for m in p["customer_quote"].finditer(text)]
    if brands and results:
        if named or any(s for _, _, s in brands):
            cues += [Cue(m.start(), m.end(), "testimonial_sell", 0.35, "results testimonial")
                     for m in p["results_claim"].finditer(low)]
    opening = p["opening"].match(text) if text[:1] in _OPENING_FIRST or "ponsor" in low[:40] \
        or " your " in low[:30] else None
    if opening is not None:
        cues += _opening_cues(text, opening, brands)
    elif "|" in text or "•" in text:
        if (label := p["ad_label"].search(text)) is not None:
            cues.append(Cue(label.start(), label.end(), "sponsor", 0.7, "advertising label"))
    if "erving" in text:
        cues += [Cue(m.start(), m.end(), "seo_header", 0.35, "places served")
                 for m in p["serving_places"].finditer(text)]
    return cues


def place_cues(text: str, low: str) -> list[Cue]:
    """Local-SEO and advert formulas: "dentist in Leeds", "ask your doctor if X", web addresses."""
    p = pats()
    cues = []
    if p["place_gate"].search(text):
        for m in p["place_service"].finditer(text):
            if m.group("place").split()[0].lower() not in lex.NOT_PLACES:
                cues.append(Cue(m.start(), m.end(), "seo_header", 0.3, "service and place"))
    if "ask your" in low:
        cues += [Cue(m.start(), m.end(), "call_to_action", 0.5, "drug advert formula")
                 for m in p["dtc_ad"].finditer(text)]
    if p["tld"].search(low):
        cues += [Cue(m.start(), m.end(), "call_to_action", 0.3, "web address")
                 for m in p["web_address"].finditer(low)]
    return cues


def _opening_cues(text: str, m, brands) -> list[Cue]:
    """Cues from how a claim opens: an advertising label, "Meet <Brand>", "Treat your X with Y"."""
    if m.group("label") is not None:
        return [Cue(m.start("label"), m.end("label"), "sponsor", 0.7, "advertising label")]
    if m.group("opener") is not None:
        if brands or brand_names(text):
            return [Cue(m.start("opener"), m.end("opener"), "product", 0.35,
                        "product introduction")]
        return []
    name = m.group("brand")
    if name.lower() in lex.NOT_BRAND_WORDS or name.isupper():
        return []
    return [Cue(m.start("with"), m.end("with"), "call_to_action", 0.45, "use this brand")]


def cta_cues(low: str, verbs) -> list[Cue]:
    """Imperatives addressed to the reader at a clause start, in a selling frame."""
    p = pats()
    cues = []
    for start, end in verbs:
        before = low[:start].rstrip()
        for word in ("please", "simply", "just"):
            if before.endswith(word):
                before = before[:-len(word)].rstrip()
        if before and before[-1] not in lex.CLAUSE_OPENERS and not before.endswith((" and", " or")):
            continue
        window = p["clause_end"].split(low[end:end + 80])[0]
        if p["advice"].match(window) or p["helpline"].search(window) \
                or p["advice_with"].search(window):
            continue
        verb = " ".join(low[start:end].replace("-", " ").split())
        group = verb_groups().get(verb, "buy")
        if p["markers:" + group].search(window) or p["phone"].search(window):
            cues.append(Cue(start, end, "call_to_action", 0.45 if group == "buy" else 0.5, None))
        elif verb in lex.SELLING_VERBS:
            cues.append(Cue(start, end, "call_to_action", 0.4, None))
    return cues
