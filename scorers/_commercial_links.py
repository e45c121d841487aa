"""Links, phone numbers, keyword headers and sponsored markup for the `commercial` scorer.

Everything here looks at the shape of a claim or at facts the extractor kept
about its section (link targets, class names, headings) rather than at its
wording: affiliate and paid links, phone numbers that are not helplines,
keyword-stuffed SEO lines and sections the markup labels as advertising.
"""
from __future__ import annotations

from functools import cache, lru_cache

from audit.model import Hints
from scorers import _commercial_lexicon as lex
from scorers._base import ClaimContext
from scorers._commercial_cues import Cue, pats


def phone_cues(low: str) -> list[Cue]:
    """Phone numbers with at least seven digits, unless the claim is about a helpline."""
    if sum(map(low.count, "0123456789")) < 7 or pats()["helpline"].search(low):
        return []
    return [Cue(m.start(), m.end(), "phone", 0.25, None) for m in pats()["phone"].finditer(low)
            if sum(c.isdigit() for c in m.group()) >= 7]


def affiliate(href: str, rel: str) -> str | None:
    """Why a link looks paid or affiliate, or None."""
    h = href.lower()
    if "sponsored" in rel.lower():
        return "rel=sponsored"
    host = next((a for a in lex.AFFILIATE_HOSTS if a in h), None)
    if host:
        return host
    shop = any(s in h for s in lex.SHOP_HOSTS)
    if pats()["aff_param"].search(h) and (shop or "tag=" not in h or "amazon" in h):
        return "affiliate parameter"
    if shop and "utm_" in h:
        return "shop link with utm_"
    return None


def link_cues(low: str, context: ClaimContext) -> list[Cue]:
    """Affiliate or sponsored links: from the section's link facts and from bare URLs."""
    cues = []
    for anchor, why in paid_links(context.section_hints) if context.section_hints else ():
        at = low.find(anchor)
        if at >= 0:
            cues.append(Cue(at, at + len(anchor), "affiliate_link", 0.6, why))
    if "http" in low or "www." in low or "amzn" in low:
        for m in pats()["url"].finditer(low):
            why = affiliate(m.group(), "")
            if why:
                cues.append(Cue(m.start(), m.end(), "affiliate_link", 0.6, why))
    return cues


@lru_cache(maxsize=64)
def paid_links(hints: Hints) -> tuple[tuple[str, str], ...]:
    """(anchor text, lower-cased and space-normalised; why) for each link fact in a section's
    hints that looks paid or affiliate, in order (worked out once per section, not per claim)."""
    found = []
    for key, value in hints:
        if key != "link":
            continue
        rel, href, anchor = (value.split("\t", 2) + ["", ""])[:3]
        anchor = " ".join(anchor.lower().split())
        why = affiliate(href, rel) if anchor else None
        if why:
            if "sponsored" not in rel.lower():
                why += ", no rel=sponsored"
            found.append((anchor, why))
    return tuple(found)


def _menu_line(low: str) -> bool:
    """A line of short navigation or forum-chrome items ("Reply | Quote | Back to top")."""
    items = [" ".join(part.split()) for part in pats()["separators"].split(low)]
    items = [i for i in items if i]
    return bool(items) and all(i in lex.CHROME_ITEMS for i in items)


def seo_cues(text: str, low: str, digits: bool) -> list[Cue]:
    """Keyword-stuffed lines: pipe or bullet lists, ALL CAPS, ZIP codes mixed with services."""
    seps = low.count(" | ") + low.count(" • ") + low.count(" · ") \
        if "|" in low or "•" in low or "·" in low else 0
    caps = len(text) >= 16 and text.isupper()
    place = digits and bool(pats()["location"].search(text))
    if not (seps >= 2 or caps or place):
        return []
    stripped = text.strip()
    if stripped.startswith("|") and stripped.endswith("|"):
        return []  # a Markdown table row, not a header
    if seps >= 2 and _menu_line(low):
        return []  # site or forum navigation, not keywords
    services = len(pats()["service"].findall(low))
    start = text.find(stripped)
    end = start + len(stripped)
    if seps >= 2 and (services or place):
        return [Cue(start, end, "seo_header", 0.6, "keyword list")]
    if caps and services and (place or seps or low.count(",") >= 2):
        return [Cue(start, end, "seo_header", 0.55, "all-caps service list")]
    if place and services >= 2:
        return [Cue(start, end, "seo_header", 0.4, "location and services")]
    return []


def markup_cues(text: str, context: ClaimContext) -> list[Cue]:
    """The whole claim, when its section is marked up or headed as advertising."""
    why = markup_reason(context.section_hints, context.section_heading)
    if why is None or not text.strip():
        return []
    start = len(text) - len(text.lstrip())
    return [Cue(start, len(text.rstrip()), "sponsor", 0.7, why)]


@cache
def markup_reason(hints: Hints, heading: str) -> str | None:
    """Why the section is marked as advertising (markup facts or its heading), or None."""
    p = pats()
    for key, value in hints:
        k, v = key.lower(), value.lower()
        if k == "link":
            continue
        if k.startswith("meta:") and "sponsor" in k and v in ("true", "yes", "1"):
            return f"markup {key}={value}"
        if (k in ("class", "id", "data", "role", "itemtype") or k.startswith("data-")) \
                and p["markup"].search(v):
            return f"markup {key}={value}"
    if p["heading"].search(heading.lower()):
        return "section heading"
    return None
