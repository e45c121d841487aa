"""Section features for the genre model, in pure Python.

Training (`audit/train.py`) and inference (`audit/genre_model.py`) both call
`section_features`, so the model sees exactly the same numbers at both ends.
A feature vector is a sparse dict ``{name: value}`` with two kinds of names:

- dense features, named ``d:<name>``, every value in [0, 1]:
  the cue rates of `genre_rules.section_cues`; page region and what opened
  the section; length, sentence and word length (cheap readability proxies);
  structure (share of list-like blocks, share of words inside links, heading
  present); and a few surface rates that mark a genre rather than a topic
  (second person, first person plural, calls to action, prices and phone
  numbers, statistics, dates, question and exclamation marks, capitals,
  "|" separators);
- hashed n-grams, named ``h:<bucket>``: word unigrams and bigrams of the
  heading (``hw``) and of the text (``w``), and word-shape tokens (``s``),
  hashed with CRC-32 into ``2 ** bits`` buckets and L2-normalised per group.
  Numbers are folded to a shape (``0``, ``00``, ``0000``) so the model keeps
  "a year" or "a percentage" rather than the value itself.

The hashing is a small, documented function (CRC-32 of ``"<group>:<token>"``
modulo ``2 ** bits``) rather than scikit-learn's HashingVectorizer, so that
inference never needs scikit-learn and the bucket of a token never depends on
the library version.
"""
from __future__ import annotations

import math
import re
import zlib
from typing import Iterable

# The feature layout is versioned: a model JSON records the version it was
# trained with and refuses to load under another one.
FEATURE_VERSION = 1

DEFAULT_SPEC = {
    "version": FEATURE_VERSION,
    "bits": 12,
    "groups": {"hw": 0.6, "w": 1.0, "s": 0.5},  # weight of each hashed group after L2 norm
    "bigrams": True,
}

_CUES = ("commercial", "anecdote", "expert", "study", "guideline_ev", "cited", "hedged",
         "boosted", "first_person", "reported", "recommend", "boilerplate", "chrome_region",
         "no_claims")
_REGIONS = ("main", "nav", "header", "footer", "aside", "form", "ad")
_BOUNDARIES = ("start", "heading", "region", "forum", "seo")

_TOKEN = re.compile(r"[a-z]+(?:['’][a-z]+)*|\d+(?:[.,]\d+)*|[|©®™$£€%!?#@&>»/:]")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?:\s+|$)")
_LETTER = re.compile(r"[^\W\d_]")
_UPPER = re.compile(r"[A-Z]")
_CLOSING = re.compile(r"[.!?:;…][\"'”’)\]]*\s*$")

_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself|you're|you've|you'll)\b", re.I)
_FIRST_PLURAL = re.compile(r"\b(?:we|our|ours|us|we're|we've|we'll)\b", re.I)
_CALL_TO_ACTION = re.compile(
    r"\b(?:call|book|schedule|order|buy|shop|contact us|visit|get started|learn more|"
    r"sign up|subscribe|request|claim|save|discount|offer|free|today|now|limited|"
    r"appointment|consultation|near me|add to cart|checkout|promo|coupon|deal)\b", re.I)
_MONEY = re.compile(r"[$£€]\s?\d|\b\d+\s?(?:dollars|pounds|euros)\b|\b\d{1,3}\s?% off\b", re.I)
_PHONE = re.compile(r"(?:\(\d{3}\)\s?|\b\d{3}[-. ])\d{3}[-. ]\d{4}\b|\+\d[\d ()-]{7,}\d")
_STATISTIC = re.compile(
    r"\b(?:95%|99%)\s?(?:ci|confidence)|\bp\s?[<=>≤]\s?0?\.\d|\b(?:odds|hazard|risk) ratio|"
    r"\b(?:or|hr|rr)\s?[=:]?\s?\d\.\d|\bn\s?=\s?\d|\bmean\b|\bmedian\b|\bsd\b|"
    r"\bconfidence interval|\bstatistically significant|\bprimary (?:outcome|end ?point)|"
    r"\b(?:participants|randomi[sz]ed|cohort|placebo|follow-up)\b", re.I)
_DATE = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|"
    r"january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b\.?\s?\d{0,2}|"
    r"\b(?:19|20)\d\d\b", re.I)
_RECOMMEND_STRONG = re.compile(
    r"\b(?:offer|do not (?:offer|use|give|prescribe|routinely)|recommend\w*|advise\w*|"
    r"strong recommendation|conditional recommendation|grade [a-d]\b|level of evidence|"
    r"certainty of (?:the )?evidence|consensus|first[- ]line|refer\b|should (?:be|not)|"
    r"adults? (?:aged|with)|people (?:aged|with)|children (?:aged|with))", re.I)
_PAST_PERSONAL = re.compile(
    r"\b(?:I|my|me)\b[^.!?]{0,40}\b(?:was|had|went|felt|started|tried|took|got|"
    r"stopped|noticed|found|been)\b", re.I)
_EMOTICON = re.compile(r"(?::\)|:-\)|:\(|;\)|:D|<3|\blol\b|\bimo\b|\bimho\b|\bfwiw\b|\bhth\b|"
                       r"[\U0001F300-\U0001FAFF\u2600-\u27BF])", re.I)
_AD_HINT = re.compile(r"(?:^|[\s_-])(?:ads?|advert\w*|sponsor\w*|promot\w*|advertorial|paid|"
                      r"partner(?:ship)?|affiliate)(?:$|[\s_-])", re.I)


def dense_names() -> tuple[str, ...]:
    """The dense feature names, in their fixed order."""
    return (tuple(f"d:cue_{c}" for c in _CUES)
            + tuple(f"d:region_{r}" for r in _REGIONS) + ("d:region_other",)
            + tuple(f"d:boundary_{b}" for b in _BOUNDARIES) + ("d:boundary_other",)
            + ("d:has_heading", "d:heading_level", "d:words", "d:short", "d:tiny", "d:blocks",
               "d:sentence_length", "d:word_length", "d:list_share", "d:link_share",
               "d:link_count", "d:ad_hint", "d:second_person", "d:first_plural",
               "d:call_to_action", "d:money", "d:phone", "d:statistic", "d:date",
               "d:recommend_strong", "d:past_personal", "d:question", "d:exclamation",
               "d:emoticon", "d:capitals", "d:digits", "d:separators", "d:closing"))


def _rate(count: int, words: int, scale: float) -> float:
    return min(1.0, scale * count / max(1, words))


def _log_scaled(value: float, top: float) -> float:
    return min(1.0, math.log1p(max(0.0, value)) / math.log1p(top))


def body_of(heading: str, text: str) -> str:
    """The section text after its heading (the heading block opens the text)."""
    if heading and text.startswith(heading):
        return text[len(heading):].lstrip()
    return text


def _links(hints: Iterable[tuple[str, str]]) -> list[str]:
    anchors = []
    for key, value in hints:
        if key == "link":
            parts = value.split("\t")
            anchors.append(parts[2] if len(parts) > 2 else "")
    return anchors


def dense_features(section, text: str, cues: dict[str, float]) -> dict[str, float]:
    heading = section.heading or ""
    body = body_of(heading, text)
    words = _WORD.findall(text)
    n_words = len(words)
    blocks = [b for b in text.split("\n\n") if b.strip()]
    sentences = [s for s in _SENTENCE_END.split(body) if _WORD.search(s)]
    letters = _LETTER.findall(text)
    uppers = _UPPER.findall(text)
    anchors = _links(section.hints)
    link_words = sum(len(_WORD.findall(a)) for a in anchors)
    list_like = sum(1 for b in blocks if len(_WORD.findall(b)) <= 8 and not _CLOSING.search(b))
    features = {f"d:cue_{c}": float(cues.get(c, 0.0)) for c in _CUES}
    region = section.region if section.region in _REGIONS else "other"
    features[f"d:region_{region}"] = 1.0
    boundary = section.boundary if section.boundary in _BOUNDARIES else "other"
    features[f"d:boundary_{boundary}"] = 1.0
    features.update({
        "d:has_heading": 1.0 if heading.strip() else 0.0,
        "d:heading_level": min(6, max(0, section.level)) / 6,
        "d:words": _log_scaled(n_words, 1000),
        "d:short": 1.0 if n_words <= 15 else 0.0,
        "d:tiny": 1.0 if n_words <= 5 else 0.0,
        "d:blocks": _log_scaled(len(blocks), 30),
        "d:sentence_length": min(1.0, (n_words / max(1, len(sentences))) / 40),
        "d:word_length": min(1.0, (sum(len(w) for w in words) / max(1, n_words)) / 10),
        "d:list_share": list_like / max(1, len(blocks)),
        "d:link_share": min(1.0, link_words / max(1, n_words)),
        "d:link_count": _log_scaled(len(anchors), 20),
        "d:ad_hint": 1.0 if any(k != "link" and _AD_HINT.search(v) for k, v in section.hints)
        else 0.0,
        "d:second_person": _rate(len(_SECOND_PERSON.findall(text)), n_words, 15),
        "d:first_plural": _rate(len(_FIRST_PLURAL.findall(text)), n_words, 15),
        "d:call_to_action": _rate(len(_CALL_TO_ACTION.findall(text)), n_words, 15),
        "d:money": 1.0 if _MONEY.search(text) else 0.0,
        "d:phone": 1.0 if _PHONE.search(text) else 0.0,
        "d:statistic": _rate(len(_STATISTIC.findall(text)), n_words, 15),
        "d:date": _rate(len(_DATE.findall(text)), n_words, 15),
        "d:recommend_strong": _rate(len(_RECOMMEND_STRONG.findall(text)), n_words, 15),
        "d:past_personal": _rate(len(_PAST_PERSONAL.findall(text)), n_words, 15),
        "d:question": _rate(text.count("?"), n_words, 10),
        "d:exclamation": _rate(text.count("!"), n_words, 10),
        "d:emoticon": 1.0 if _EMOTICON.search(text) else 0.0,
        "d:capitals": len(uppers) / max(1, len(letters)),
        "d:digits": min(1.0, 3 * sum(ch.isdigit() for ch in text) / max(1, len(text))),
        "d:separators": _rate(len(re.findall(r"[|¦•·]", text)), n_words, 5),
        "d:closing": 1.0 if _CLOSING.search(text) else 0.0,
    })
    return {name: features.get(name, 0.0) for name in dense_names()}


def _fold(token: str) -> str:
    if token[0].isdigit():
        digits = re.sub(r"\D", "", token)
        return "0" * min(len(digits), 4) + ("." if "." in token else "")
    return token


def tokens(text: str) -> list[str]:
    return [_fold(t) for t in _TOKEN.findall(text.lower())]


def _shape(word: str) -> str:
    shape = re.sub(r"[A-Z]+", "X", re.sub(r"[a-z]+", "x", re.sub(r"\d+", "0", word)))
    return shape[:6]


def shape_tokens(text: str) -> list[str]:
    """Word shapes and their bigrams: 'NEAR ME |' -> X X |; topic-free by construction."""
    shapes = [_shape(w) for w in text.split()[:400]]
    return shapes + [f"{a} {b}" for a, b in zip(shapes, shapes[1:])]


def bucket(group: str, token: str, bits: int) -> int:
    return zlib.crc32(f"{group}:{token}".encode("utf-8")) & ((1 << bits) - 1)


def _hashed_group(group: str, items: list[str], bits: int, weight: float) -> dict[str, float]:
    counts: dict[int, float] = {}
    for item in set(items):
        index = bucket(group, item, bits)
        counts[index] = counts.get(index, 0.0) + 1.0
    norm = math.sqrt(sum(v * v for v in counts.values()))
    if not norm:
        return {}
    return {f"h:{index}": weight * value / norm for index, value in counts.items()}


def hashed_features(heading: str, text: str, spec: dict) -> dict[str, float]:
    bits = spec["bits"]
    weights = spec["groups"]
    out: dict[str, float] = {}
    for group, source in (("hw", heading), ("w", text)):
        if group not in weights:
            continue
        words = tokens(source)
        items = list(words)
        if spec.get("bigrams"):
            items += [f"{a} {b}" for a, b in zip(words, words[1:])]
        for name, value in _hashed_group(group, items, bits, weights[group]).items():
            out[name] = out.get(name, 0.0) + value
    if "s" in weights:
        for name, value in _hashed_group("s", shape_tokens(text), bits, weights["s"]).items():
            out[name] = out.get(name, 0.0) + value
    return out


def section_features(section, text: str, cues: dict[str, float],
                     spec: dict | None = None) -> dict[str, float]:
    """All features of one section: dense then hashed, as a sparse dict."""
    spec = spec or DEFAULT_SPEC
    features = dense_features(section, text, cues)
    features.update(hashed_features(section.heading or "", text, spec))
    return features
