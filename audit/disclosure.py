"""Disclosure detection: which disclosure, if any, covers each section.

`apply_disclosures(document, sections, options)` runs after every section is
scored and before the document summary is computed (see `audit.scoring`).  It
returns the section dicts with these keys filled in:

``disclosed``        true when a disclosure that counts under `options` covers the section;
``disclosure``       the disclosure chosen for the section, or None:
                     ``{"kind", "text", "placement", "section", "scope"}`` where
                     kind is label | container | rel | meta | schema | marker,
                     placement is ``before`` or ``after`` the section's promotion,
                     section is the id of the section holding it (None for meta/schema) and
                     scope says what it covers: ``document`` (front matter, meta, schema.org,
                     a label above the content), ``section`` (on or in this section) or
                     ``other-section`` (a label in another section; counts only with
                     disclosure_scope = document).  When nothing counts, a promotional
                     section still records the nearest miss (a label after the promotion,
                     or one elsewhere), with ``disclosed`` false, so reports can say why;
``markers``          credaudit's inline markers on the section: ``{"kind", "reason", "line", "text"}``;
``affiliate_links``  paid-looking links in the section: ``{"href", "anchor", "rel", "claim", "line"}``.

Conventions recognised (docs/gate.md lists them with examples):

* visible labels: a block that is only a label ("Sponsored", "Sponsored content",
  "Advertisement", "Ad", "#ad", "Paid partnership", "Promoted", "Advertorial"), a block
  that opens with one ("Sponsored by Acme", "Advertisement: ..."), and sentences such as
  "This article is sponsored by ...", "Disclosure: ...", "produced in partnership with
  ...", "we may earn a commission", "#ad".  Negated forms ("this post is not
  sponsored") do not count.  A label above the document's content (before the first
  claim of the main text) covers the whole document;
* HTML containers marked as ad/advert/sponsored/promoted by class, id, aria-label or
  data-* (the extractor turns them into regions of their own; in Markdown, raw HTML
  attributes are kept as block hints);
* ``rel="sponsored"`` on every paid-looking link of the section;
* front matter or ``<meta>``: ``sponsored: true``, ``sponsor: Acme``, ``disclosure: ...``;
* schema.org ``AdvertiserContentArticle``;
* credaudit's inline marker, which must carry a reason::

      <!-- credaudit: sponsored reason="paid by Acme; the CMS adds the label" -->

  (HTML and Markdown; in plain text a line ``[credaudit: sponsored — paid by Acme]``).
  It applies to the section that holds the next block of text, so put it just above
  the section's heading.  ``credaudit: ignore reason="..."`` silences the gate's
  promotion findings for a section the scorers misjudge.

The FTC's native-advertising guidance asks for a disclosure that is clear,
prominent and seen *before* the claims, so a disclosure placed after the
promotion counts only when `options.after_counts` is set.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from audit.lexicon import lowered_for_ignorecase

MARKER_KINDS = ("sponsored", "ignore")
_FALSY = frozenset({"", "false", "no", "0", "off", "none", "null", "n", "~"})
_META_KEYS = frozenset({"sponsored", "sponsor", "sponsored_by", "sponsored-by", "sponsorship",
                        "disclosure", "advertiser", "advertorial", "advertisement", "paid",
                        "paid_partnership", "paid-partnership", "promoted", "affiliate_disclosure",
                        "ad"})
_SCHEMA_TYPES = frozenset({"advertisercontentarticle"})
_CONTAINER_KEYS = ("class", "id", "aria-label")
_AD_WORD = re.compile(r"(?:^|[\s_:-])(?:ads?|advert\w*|sponsor\w*|promot\w*|advertorial|paid)"
                      r"(?:$|[\s_:-])", re.I)

_LABEL = (r"sponsored(?:\s+(?:content|post|article|feature|story|message|listing|links?|results?))?"
          r"|advertisement|advertorial|advert|paid\s+(?:partnership|promotion|post|content)"
          r"|partner\s+content|promoted(?:\s+(?:content|post|listing|stories))?|ads?")
_LABEL_ONLY = re.compile(r"^[^\w#]*#?(?:" + _LABEL + r"|this\s+is\s+an\s+ad(?:vertisement)?)[^\w]*$",
                         re.I)
_LABEL_LEAD = re.compile(
    r"^[^\w#]{0,3}(?:(?:" + _LABEL.replace("|ads?", "") + r")\s*(?:[.:|—–-]|\bby\b|\bwith\b|\bfrom\b)"
    r"|ads?\s*[:|—–-])", re.I)
_LABEL_PHRASES = re.compile(
    r"\b(?:this|the\s+following|our)\s+(?:article|post|story|page|content|feature|video|episode"
    r"|series|interview|guide|review|newsletter|piece|section|listing|email|podcast|advertorial"
    r"|column|promotion)\s+(?:is|was|has\s+been|is\s+being)\s+(?:a\s+)?(?:sponsored|paid\s+for"
    r"|an\s+(?:ad|advertisement)|advertising|commissioned\s+by|brought\s+to\s+you|presented\s+by"
    r"|(?:produced|created|written|made)\s+(?:in\s+(?:paid\s+)?(?:partnership|association|"
    r"collaboration)|with\s+(?:support|sponsorship)\s+from))"
    r"|\bpaid\s+(?:partnership|promotion)\s+with\b"
    r"|\b(?:produced|created|written|made|published)\s+in\s+(?:paid\s+)?(?:partnership|association)"
    r"\s+with\b"
    r"|\bbrought\s+to\s+you\s+by\b"
    r"|(?:^|[\s(\[])#(?:ad|ads|sponsored|spon|advert|advertisement|paidpartnership|paidpromotion"
    r"|gifted|affiliate)\b"
    r"|(?:^|[.!?]\s+|[(\[*_]\s*)(?:advertising\s+|affiliate\s+|sponsorship\s+|sponsor\s+|ftc\s+"
    r"|material\s+|paid\s+|commercial\s+|financial\s+)?disclosures?\s*[:—–-]"
    r"|\b(?:affiliate|advertising|sponsorship|ftc)\s+disclosure\b"
    r"|\b(?:we|i|us)\b[^.!?\n]{0,30}\b(?:earn|receive|get|make|collect)s?\b[^.!?\n]{0,25}"
    r"\b(?:commissions?|referral\s+fees?|share\s+of\s+(?:the\s+)?(?:sales?|revenue))\b"
    r"|\b(?:may|might|could|can|will)\s+(?:earn|receive|get|make|collect)\s+(?:a\s+)?[^.!?\n]{0,25}"
    r"\b(?:commissions?|referral\s+fees?)\b"
    r"|\b(?:contains?|includes?|uses?)\s+affiliate\s+links?\b"
    r"|\bas\s+an\s+amazon\s+associate\b"
    r"|\b(?:i|we)\s+(?:was|were|have\s+been|am|are|may\s+be|got|get)\s+(?:paid|compensated)\s+"
    r"(?:to|for|by)\b", re.I)
# _LABEL_PHRASES is slow to scan (about 0.4 µs a character: a dozen case-insensitive branches
# tried at every position), so it only runs on text that holds a word one of its branches
# needs; `_may_have_phrase` lists them.  The test runs on lower-cased text, which matches
# re.I exactly except for the four characters that fold onto an ASCII letter.
_PHRASE_WORDS = ("sponsor", "paid", "advertis", "commission", "brought", "presented", "#",
                 "disclosure", "referral", "affiliate", "amazon", "compensated")
_PHRASE_PAIRS = (("share", ("sale", "revenue")), ("support", ("from",)),
                 ("partnership", ("in",)), ("association", ("in",)), ("collaboration", ("in",)))
_AN_AD = re.compile(r"an\s+ad")  # "this post is an ad", on lower-cased text
_NEGATED = re.compile(r"(?:\b(?:not|never|no|neither|nor|without|nothing)\b|n't|\bnon-)[^.!?]{0,25}$",
                      re.I)

_MARKER = re.compile(
    r"""^\s*credaudit\s*:\s*(?P<kind>[A-Za-z][\w-]*)?\s*(?P<rest>.*?)\s*$""", re.S)
_REASON = re.compile(
    r"""^(?:reason\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>\S.*))"""
    r"""|[—–:-]+\s*(?P<free>.*))$""", re.S)

_AFFILIATE_HOSTS = ("amzn.to", "amzn.com", "shareasale.com", "awin1.com", "anrdoezrs.net",
                    "jdoqocy.com", "tkqlhce.com", "dpbolvw.net", "kqzyfj.com", "linksynergy.com",
                    "rstyle.me", "shopstyle.", "skimresources.com", "redirectingat.com",
                    "pntra.com", "pjtra.com", "avantlink.com", "prf.hn", "clickbank.net",
                    "sjv.io", "go.skimlinks", "howl.me", "fave.co", "shop-links.co")
_AFFILIATE_PARAM = re.compile(
    r"[?&](?:tag|ref|aff|affid|aff_id|affiliate|affiliate_id|associate|partner|partner_id"
    r"|irclickid|clickid|subid|sub_id|afftrack|a_aid|sca_ref|ranmid|raneaid|coupon|promo"
    r"|discount)=|[?&]utm_medium=(?:affiliate|partner|sponsored)", re.I)
_AFFILIATE_PATH = re.compile(r"/(?:go|recommends|aff|affiliate|refer)/", re.I)
_NEGATION_WORD = re.compile(r"\b(?:not|never|no|none|neither|nor|without)\b|n't", re.I)
_NOTHING_TO_DISCLOSE = re.compile(
    r"^[\s*_]*(?:none|nil|n/a|not applicable|no (?:conflicts?|competing|relevant|financial)"
    r"|nothing to disclose|the authors? (?:declare|report|have) no)", re.I)


@dataclass(frozen=True, kw_only=True)
class DisclosureOptions:
    """How disclosures count: the gate's `disclosure_scope` and `disclosure_after_counts`."""

    scope: str = "section"  # section | document
    after_counts: bool = False
    promotion_threshold: float = 0.5  # sections from here on record a near miss


@dataclass(frozen=True, kw_only=True, slots=True)
class Disclosure:
    kind: str  # label | container | rel | meta | schema | marker
    text: str
    offset: int  # position in Document.text; -1 for meta and schema facts
    section: str | None
    top: bool = False  # a label above the document's content


@dataclass(frozen=True, kw_only=True, slots=True)
class _Candidate:
    disclosure: Disclosure
    placement: str  # before | after
    scope: str  # document | section | other-section
    priority: int

    def counts(self, options: DisclosureOptions) -> bool:
        return (self.placement == "before" or options.after_counts) and \
            (self.scope != "other-section" or options.scope == "document")

    def as_dict(self) -> dict:
        d = self.disclosure
        return {"kind": d.kind, "text": d.text, "placement": self.placement,
                "section": d.section, "scope": self.scope}


_PRIORITY = {"marker": 0, "container": 1, "label": 2, "rel": 3, "top": 4, "meta": 5, "schema": 6,
             "other": 7}


def apply_disclosures(document, sections: list[dict],
                      options: DisclosureOptions | None = None) -> list[dict]:
    """Fill `disclosed`, `disclosure`, `markers` and `affiliate_links` of every section dict."""
    options = options or DisclosureOptions()
    by_id = {s.id: s for s in document.sections}
    markers = collect_markers(document)
    labels = _labels(document)
    top = _document_top(document, sections)
    index = _LabelIndex([_mark_top(label, top, by_id) for label in labels])
    wide = _document_facts(document.meta)
    out = []
    for section in sections:
        info = by_id.get(section["id"])
        links = _affiliate_links(info.hints if info else (), section)
        own = markers.get(section["id"], [])
        candidates = _candidates(section, info, index, wide, links, own)
        counting = [c for c in candidates if c.counts(options)]
        chosen = None
        if counting:
            chosen = min(counting, key=lambda c: (c.placement != "before", c.priority))
        elif candidates and section.get("promotion_score", 0.0) >= options.promotion_threshold:
            chosen = min(candidates, key=lambda c: (c.placement != "before",
                                                    c.scope == "other-section", c.priority))
        out.append(_filled(section, bool(counting), chosen, own, links))
    return out


def _filled(section: dict, disclosed: bool, chosen: _Candidate | None, markers: list[dict],
            links: list[dict]) -> dict:
    filled: dict = {}
    for key, value in section.items():
        if key in ("markers", "affiliate_links"):
            continue
        filled[key] = value
        if key == "disclosure":
            filled["disclosed"] = disclosed
            filled["disclosure"] = chosen.as_dict() if chosen else None
            filled["markers"] = markers
            filled["affiliate_links"] = links
    if "disclosure" not in section:
        filled.update(disclosed=disclosed, disclosure=chosen.as_dict() if chosen else None,
                      markers=markers, affiliate_links=links)
    return filled


class _LabelIndex:
    """Labels by section, the first label above the content, and the rest by offset.

    Another section's labels matter only through the nearest one before and
    after the section, so a page with thousands of labelled sections stays linear."""

    def __init__(self, labels: list[Disclosure]):
        self.own: dict[str, list[Disclosure]] = {}
        for label in labels:
            self.own.setdefault(label.section or "", []).append(label)
        self.top = next((label for label in labels if label.top), None)
        self.others = sorted((label for label in labels if not label.top), key=lambda d: d.offset)
        self.offsets = [label.offset for label in self.others]

    def around(self, start: int, end: int) -> tuple[Disclosure | None, Disclosure | None]:
        before = bisect_left(self.offsets, start)
        after = bisect_left(self.offsets, max(end, start))
        return (self.others[before - 1] if before else None,
                self.others[after] if after < len(self.others) else None)


def _candidates(section: dict, info, labels: _LabelIndex, wide: list[Disclosure],
                links: list[dict], markers: list[dict]) -> list[_Candidate]:
    sid = section["id"]
    start = section.get("start", 0)
    point = promotion_point(section)
    found: list[_Candidate] = []
    for marker in markers:
        if marker["kind"] == "sponsored" and marker["reason"]:
            found.append(_Candidate(
                disclosure=Disclosure(kind="marker", text=marker["text"], offset=start, section=sid),
                placement="before", scope="section", priority=_PRIORITY["marker"]))
    container = _container(info.hints if info else ())
    if container:
        found.append(_Candidate(disclosure=Disclosure(kind="container", text=container, offset=start,
                                                      section=sid),
                                placement="before", scope="section", priority=_PRIORITY["container"]))
    if links and all(_has_sponsored_rel(link["rel"]) for link in links):
        text = f'rel="sponsored" on {len(links)} paid link{"s" if len(links) > 1 else ""}'
        found.append(_Candidate(disclosure=Disclosure(kind="rel", text=text, offset=start, section=sid),
                                placement="before", scope="section", priority=_PRIORITY["rel"]))
    for label in labels.own.get(sid, ()):
        placement = "before" if label.offset <= point else "after"
        found.append(_Candidate(disclosure=label, placement=placement, scope="section",
                                priority=_PRIORITY["label"]))
    if labels.top is not None and labels.top.section != sid:
        found.append(_Candidate(disclosure=labels.top, placement="before", scope="document",
                                priority=_PRIORITY["top"]))
    for label, placement in zip(labels.around(start, section.get("end", start)), ("before", "after")):
        if label is not None and label.section != sid:
            found.append(_Candidate(disclosure=label, placement=placement, scope="other-section",
                                    priority=_PRIORITY["other"]))
    for fact in wide:
        found.append(_Candidate(disclosure=fact, placement="before", scope="document",
                                priority=_PRIORITY[fact.kind]))
    return found


def promotion_point(section: dict) -> int:
    """Where a section's promotion starts: its first commercial claim (else its first claim)."""
    claims = section.get("claims") or []
    for test in (lambda c: c.get("commercial"), lambda c: (c.get("commercial_score") or 0) > 0,
                 lambda c: True):
        for claim in claims:
            if test(claim):
                return claim.get("start", section.get("start", 0))
    return section.get("end", section.get("start", 0))


# --- labels -----------------------------------------------------------------------------------

def find_labels(text: str, phrases: bool | None = None) -> list[tuple[int, int]]:
    """Spans of disclosure labels in one block of text (negated ones left out).

    `phrases=False` says the caller has shown `_LABEL_PHRASES` cannot match (see
    `_may_have_phrase`); by default the block is tested here."""
    stripped = text.strip()
    if not stripped:
        return []
    lead = len(text) - len(text.lstrip())
    if len(stripped) <= 60 and _LABEL_ONLY.match(stripped) and not _shouted_ad(stripped):
        return [(lead, lead + len(stripped))]
    spans = []
    match = _LABEL_LEAD.match(stripped)
    if match and not _shouted_ad(match.group()):
        spans.append((lead, lead + match.end()))
    if phrases is False or (phrases is None and not _may_have_phrase(text)):
        return spans
    for match in _LABEL_PHRASES.finditer(text):
        start = match.start() + (len(match.group()) - len(match.group().lstrip(" ([*_.!?")))
        if _NEGATED.search(text[max(0, start - 40):start]) or _NEGATION_WORD.search(match.group()):
            continue
        if "disclosure" in match.group().lower() and \
                _NOTHING_TO_DISCLOSE.match(text[match.end():match.end() + 60]):
            continue
        if not any(s <= start < e for s, e in spans):
            spans.append((start, match.end()))
    return sorted(spans)


def _may_have_phrase(text: str) -> bool:
    """False only when `_LABEL_PHRASES` cannot match `text`: every branch needs one of
    `_PHRASE_WORDS`, both words of a pair in `_PHRASE_PAIRS`, or "an ad", in any case."""
    low = lowered_for_ignorecase(text)
    if low is None:
        return True
    return any(word in low for word in _PHRASE_WORDS) or \
        any(word in low and any(other in low for other in others) for word, others in _PHRASE_PAIRS) \
        or _AN_AD.search(low) is not None


def _shouted_ad(label: str) -> bool:
    """"AD" in capitals is an abbreviation (atopic dermatitis, Alzheimer's disease), not a label."""
    return bool(re.match(r"^[^\w#]*#?ADS?\b", label))


def _labels(document) -> list[Disclosure]:
    found = []
    text = document.text
    for section in document.sections:
        if section.region == "nav":
            continue
        body = text[section.start:section.end]
        phrases = None if _may_have_phrase(body) else False  # blocks are parts of the body
        position = 0
        for block in body.split("\n\n"):
            for start, _end in find_labels(block, phrases):
                offset = section.start + position + start
                found.append(Disclosure(kind="label", text=_excerpt(block, start), offset=offset,
                                        section=section.id))
            position += len(block) + 2
    return found


def _excerpt(block: str, start: int, limit: int = 160) -> str:
    sentence_start = 0
    for match in re.finditer(r"[.!?]\s+", block[:start]):
        sentence_start = match.end()
    piece = " ".join(block[sentence_start:].split())
    return piece if len(piece) <= limit else piece[:limit - 1].rstrip() + "…"


def _document_top(document, sections: list[dict]) -> int:
    """Offset of the first claim of the main text; labels up to here cover the document."""
    firsts = [c["start"] for s in sections if s.get("region", "main") == "main"
              for c in (s.get("claims") or [])[:1]]
    return min(firsts) if firsts else len(document.text)


def _mark_top(label: Disclosure, top: int, by_id: dict) -> Disclosure:
    section = by_id.get(label.section)
    if section is not None and section.region in ("main", "header") and label.offset <= top:
        return Disclosure(kind=label.kind, text=label.text, offset=label.offset,
                          section=label.section, top=True)
    return label


# --- document facts, containers, links ----------------------------------------------------------

def _document_facts(meta) -> list[Disclosure]:
    found = []
    for key, value in meta:
        prefix, _, name = key.partition(":")
        name = name.strip().lower()
        if prefix in ("front", "meta") and name in _META_KEYS and \
                str(value).strip().lower() not in _FALSY:
            found.append(Disclosure(kind="meta", text=f"{name}: {value}"[:160], offset=-1,
                                    section=None))
        elif prefix == "schema" and name == "type" and str(value).strip().lower() in _SCHEMA_TYPES:
            found.append(Disclosure(kind="schema", text=f"schema.org {value}", offset=-1, section=None))
    return found


def _container(hints) -> str:
    for key, value in hints:
        key = key.lower()
        if key in _CONTAINER_KEYS and _AD_WORD.search(value):
            return f'{key}="{value}"'[:160]
        if key.startswith("data-") and _AD_WORD.search(key[5:].replace("-", " ") + " " + value):
            return f'{key}="{value}"'[:160]
    return ""


def _has_sponsored_rel(rel: str) -> bool:
    return "sponsored" in rel.lower().split()


def is_paid_link(href: str, rel: str = "") -> bool:
    """Does this link look paid or affiliate (or say so with rel="sponsored")?"""
    if _has_sponsored_rel(rel):
        return True
    low = href.lower()
    if any(host in low for host in _AFFILIATE_HOSTS):
        return True
    if _AFFILIATE_PATH.search(low):
        return True
    if not low.startswith(("http://", "https://", "//", "www.")):
        return False
    return bool(_AFFILIATE_PARAM.search(low))


def _affiliate_links(hints, section: dict) -> list[dict]:
    links = []
    seen = set()
    for key, value in hints:
        if key != "link":
            continue
        rel, href, anchor = (value.split("\t", 2) + ["", ""])[:3]
        if not is_paid_link(href, rel) or (rel, href, anchor) in seen:
            continue
        seen.add((rel, href, anchor))
        claim = _claim_with(section, anchor)
        links.append({"href": href, "anchor": anchor, "rel": rel,
                      "claim": claim["id"] if claim else None,
                      "line": claim["line"] if claim else section.get("line", 1)})
    return links


def _claim_with(section: dict, anchor: str) -> dict | None:
    words = " ".join(anchor.split()).lower()
    if not words:
        return None
    for claim in section.get("claims") or []:
        if words in " ".join(claim.get("text", "").split()).lower():
            return claim
    return None


# --- markers ------------------------------------------------------------------------------------

def parse_marker(body: str) -> dict | None:
    """Parse the text of a credaudit marker (after `<!--` / `[`); None when it is not one."""
    match = _MARKER.match(body)
    if not match:
        return None
    kind = (match.group("kind") or "").lower()
    rest = match.group("rest").strip()
    reason = None
    if rest:
        found = _REASON.match(rest)
        if found:
            reason = next((g for g in (found.group("dq"), found.group("sq"), found.group("bare"),
                                       found.group("free")) if g is not None), "")
        else:
            reason = rest
        reason = " ".join(reason.split()) or None
        if reason and not any(ch.isalpha() for ch in reason):
            reason = None
    text = " ".join(body.split())
    return {"kind": kind, "reason": reason, "text": text[:200]}


def collect_markers(document) -> dict[str, list[dict]]:
    """Markers per section id, from the ("marker", "LINE\tBODY") hints every extractor records."""
    found: dict[str, list[dict]] = {}
    for section in document.sections:
        for key, value in section.hints:
            if key != "marker":
                continue
            line, _, body = value.partition("\t")
            marker = parse_marker(body)
            if marker is not None:
                marker["line"] = int(line) if line.isdigit() else section.line
                found.setdefault(section.id, []).append(marker)
    for markers in found.values():
        markers[:] = [{"kind": m["kind"], "reason": m["reason"], "line": m["line"], "text": m["text"]}
                      for m in markers]
    return found


