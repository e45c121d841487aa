"""Section features for the genre model, in pure Python.

Training (`audit/train.py`) and inference (`audit/genre_model.py`) both call
`section_features`, so the model sees exactly the same numbers at both ends.
A feature vector is a sparse dict ``{name: value}`` with two kinds of names:

- dense features, named ``d:<name>``, every value in [0, 1]:
  the cue rates of `genre_rules.section_cues`; page region, what opened the
  section and where it sits on the page; length, sentence and word length
  (cheap readability proxies); structure (share of list-like blocks, share of
  words inside links, ad and testimonial markup); surface rates that mark a
  genre rather than a topic (second person, first person plural, "our clinic"
  phrases, calls to action, prices and phone numbers, statistics, dates,
  recommendation wording, personal past tense, question and exclamation
  marks, capitals, "|" separators, quotations, legal and site-chrome
  vocabulary); and heading words typical of each genre.  Word lists (in
  `audit/feature_words.py`) are matched on the section's tokens (one
  pass), not with one regex each;
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

import functools
import math
import re
import zlib
from collections import Counter
from itertools import compress, count, repeat
from operator import and_
from typing import Iterable

from audit.feature_words import (CALL_TO_ACTION, CHAT, DATE, FIRST_PLURAL, HEADING_WORDS, HOUSE,
                                 LEGAL, PAST, PERSONAL, RECOMMEND_STRONG, SECOND_PERSON,
                                 SITE_CHROME, STATISTIC, Grams)
from audit.lexicon import may_contain
from audit.model import AD_MARKUP

# The feature layout is versioned: a model JSON records the version it was
# trained with and refuses to load under another one.
FEATURE_VERSION = 1

DEFAULT_SPEC = {
    "version": FEATURE_VERSION,
    "bits": 11,
    "groups": {"hw": 0.6, "w": 1.0, "s": 0.5},  # weight of each hashed group after L2 norm
    "bigrams": True,
}

_CUES = ("commercial", "anecdote", "expert", "study", "guideline_ev", "cited", "hedged",
         "boosted", "first_person", "reported", "recommend", "boilerplate", "chrome_region",
         "no_claims")
_REGIONS = ("main", "nav", "header", "footer", "aside", "form", "ad")
_BOUNDARIES = ("start", "heading", "region", "forum", "seo", "chrome", "resume")

_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)*|\d+(?:[.,]\d+)*|[|©®™$£€%!?#@&>»/:=<]")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE_END = re.compile(r"(?<![.!?…])[.!?…]+[\"'”’)\]]*(?:\s+|$)")  # run starts only: linear
_UPPER = re.compile(r"[A-Z]")
_DIGIT = re.compile(r"\d")
_SEPARATOR = re.compile(r"[|¦•·]")
_CLOSING = re.compile(r"[.!?:;…][\"'”’)\]]*\s*$")  # what `_closes` tests, from the end
# patterns that need the raw text; each opens with a character class (fast scans)
_MONEY = re.compile(r"[$£€]\s?\d|\d\s?(?:dollars|pounds|euros|% off)\b", re.I)
_PHONE = re.compile(r"[(+\d][\d ().-]{8,16}\d")
_COMPARISON = re.compile(r"[=<>≤≥]\s?-?\d")  # n = 120, p < 0.001, HR = 0.8
_EMOJI = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]")
_EMOTICON = re.compile(r"[:;]-?[)(DP]|<3|" + _EMOJI.pattern)
# cheap tests that rule a search out: a money match holds one of _MONEY_NEEDS in any case,
# an emoticon match without an emoji holds one of _EMOTICON_NEEDS
_MONEY_NEEDS = ("$", "£", "€", "dollars", "pounds", "euros", "% off")
_EMOTICON_NEEDS = (":)", ":(", ":D", ":P", ":-", ";)", ";(", ";D", ";P", ";-", "<3")
_QUOTED = re.compile(r"[\"“]([^\"“”]{12,600})[\"”]")
_NAME_AFTER_DASH = re.compile(
    r"[-–—]\s*[A-Z][a-z]+(?:\s[A-Z]\.?|\s[A-Z][a-z]+)?(?:,\s*(?:age\s*)?\d{1,2}|,\s*[A-Z][a-z]+)?")
_REVIEW_HINT = re.compile(r"testimonial|review|rating|stars?\b|quote|feedback", re.I)


def _dense_names() -> tuple[str, ...]:
    return (tuple(f"d:cue_{c}" for c in _CUES)
            + tuple(f"d:region_{r}" for r in _REGIONS) + ("d:region_other",)
            + tuple(f"d:boundary_{b}" for b in _BOUNDARIES) + ("d:boundary_other",)
            + ("d:has_heading", "d:heading_level", "d:words", "d:short", "d:tiny", "d:blocks",
               "d:sentence_length", "d:word_length", "d:list_share", "d:link_share",
               "d:link_count", "d:ad_hint", "d:second_person", "d:first_plural",
               "d:call_to_action", "d:money", "d:phone", "d:statistic", "d:date",
               "d:recommend_strong", "d:past_personal", "d:question", "d:exclamation",
               "d:emoticon", "d:capitals", "d:digits", "d:separators", "d:closing",
               "d:legal", "d:site_chrome", "d:first_section", "d:ordinal", "d:quoted",
               "d:testimonial_name", "d:house", "d:review_hint")
            + tuple(f"d:heading_{g}" for g in HEADING_WORDS))


_DENSE_NAMES = _dense_names()
_CUE_NAMES = tuple(zip(_CUES, _DENSE_NAMES))


def dense_names() -> tuple[str, ...]:
    """The dense feature names, in their fixed order."""
    return _DENSE_NAMES


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


def _past_personal(words: list[str]) -> int:
    """'I'/'my'/'me' followed within six words by a past-tense verb of experience."""
    found = 0
    for index in compress(count(), map(PERSONAL.__contains__, words)):
        if not PAST.isdisjoint(words[index + 1:index + 7]):
            found += 1
    return found


def _years(unigrams: dict[str, int]) -> int:
    """Tokens that look like a year (19xx, 20xx)."""
    numbers = compress(unigrams, map(str.isdigit, unigrams))
    return sum(unigrams[w] for w in numbers if len(w) == 4 and w[:2] in ("19", "20"))


def _testimonial_names(body: str) -> int:
    """'… ." - Linda R., age 67': a dash-introduced name after a quote or at a line start."""
    found = 0
    for match in _NAME_AFTER_DASH.finditer(body):
        index = match.start() - 1
        while index >= 0 and body[index] == " ":
            index -= 1
        if index < 0 or body[index] in "\"”\n":
            found += 1
    return found


def _closes(text: str) -> bool:
    """`_CLOSING.search(text)`: the text ends with [.!?:;…], closing quotes or brackets and
    white space (str and re agree on white space)."""
    tail = text.rstrip().rstrip("\"'”’)]")
    return bool(tail) and tail[-1] in ".!?:;…"


def _digits(text: str) -> int:
    """`len(_DIGIT.findall(text))` (on ASCII text, \\d is 0-9)."""
    return sum(map(text.count, "0123456789")) if text.isascii() else len(_DIGIT.findall(text))


def _has_money(text: str) -> bool:
    return may_contain(text, _MONEY_NEEDS) and bool(_MONEY.search(text))


def _has_emoticon(text: str) -> bool:
    """`_EMOTICON.search(text)`: an emoji, or an ASCII emoticon where one of its pieces is."""
    if _EMOJI.search(text):
        return True
    return any(map(text.__contains__, _EMOTICON_NEEDS)) and bool(_EMOTICON.search(text))


_ORDINAL_ID = re.compile(r"s\d+")


def dense_features(section, text: str, cues: dict[str, float],
                   text_tokens: list[str] | None = None,
                   heading_tokens: list[str] | None = None) -> dict[str, float]:
    """The dense features, every one of `dense_names()`, in that order.

    `text_tokens` and `heading_tokens` are `raw_tokens` of the text and the heading
    when the caller already has them."""
    heading = section.heading or ""
    features = dict.fromkeys(_DENSE_NAMES, 0.0)
    for cue, name in _CUE_NAMES:
        features[name] = float(cues.get(cue, 0.0))
    region = section.region if section.region in _REGIONS else "other"
    features[f"d:region_{region}"] = 1.0
    boundary = section.boundary if section.boundary in _BOUNDARIES else "other"
    features[f"d:boundary_{boundary}"] = 1.0
    ordinal = int(section.id[1:]) if _ORDINAL_ID.fullmatch(section.id or "") else 1
    features["d:has_heading"] = 1.0 if heading.strip() else 0.0
    features["d:heading_level"] = min(6, max(0, section.level)) / 6
    features["d:first_section"] = 1.0 if ordinal == 1 else 0.0
    features["d:ordinal"] = _log_scaled(ordinal - 1, 50)
    features["d:ad_hint"] = 1.0 if any(k != "link" and AD_MARKUP.search(v)
                                       for k, v in section.hints) else 0.0
    features["d:review_hint"] = 1.0 if any(k != "link" and _REVIEW_HINT.search(v)
                                           for k, v in section.hints) else 0.0
    if text_tokens is None:
        text_tokens = raw_tokens(text)
    features.update(_text_features(section, text, body_of(heading, text), text_tokens))
    if heading_tokens is None:
        heading_tokens = raw_tokens(heading)
    heading_words = [t for t in heading_tokens if t[0].isalnum()]
    if heading_words:  # no words: every rate is 0.0
        heading_grams = Grams(heading_words)
        for genre, phrases in HEADING_WORDS.items():
            features[f"d:heading_{genre}"] = _rate(phrases.count(heading_grams),
                                                   len(heading_words), 2)
    return features


def _text_features(section, text: str, body: str, text_tokens: list[str]) -> dict[str, float]:
    """The dense features read from the section's text (and its link hints)."""
    lexical = [t for t in text_tokens if t[0].isalnum()]
    grams = Grams(lexical)
    words = _WORD.findall(text)
    n_words = len(words)
    letters = sum(map(len, words))
    blocks = [b for b in text.split("\n\n") if b.strip()]
    sentences = [s for s in _SENTENCE_END.split(body) if _WORD.search(s)]
    anchors = _links(section.hints)
    link_words = sum(len(_WORD.findall(a)) for a in anchors)
    list_like = sum(1 for b in blocks if len(b.split()) <= 8 and not _closes(b))
    digits = _digits(text)  # money, phones and comparisons all need a digit
    comparisons = len(_COMPARISON.findall(text)) if digits else 0
    return {
        "d:words": _log_scaled(n_words, 1000),
        "d:short": 1.0 if n_words <= 15 else 0.0,
        "d:tiny": 1.0 if n_words <= 5 else 0.0,
        "d:blocks": _log_scaled(len(blocks), 30),
        "d:sentence_length": min(1.0, (n_words / max(1, len(sentences))) / 40),
        "d:word_length": min(1.0, (letters / max(1, n_words)) / 10),
        "d:list_share": list_like / max(1, len(blocks)),
        "d:link_share": min(1.0, link_words / max(1, n_words)),
        "d:link_count": _log_scaled(len(anchors), 20),
        "d:second_person": _rate(SECOND_PERSON.count(grams), n_words, 15),
        "d:first_plural": _rate(FIRST_PLURAL.count(grams), n_words, 15),
        "d:call_to_action": _rate(CALL_TO_ACTION.count(grams), n_words, 15),
        "d:money": 1.0 if digits and _has_money(text) else 0.0,
        "d:phone": 1.0 if digits and _PHONE.search(text) else 0.0,
        "d:statistic": _rate(STATISTIC.count(grams) + comparisons, n_words, 15),
        "d:date": _rate(DATE.count(grams) + _years(grams.unigrams), n_words, 15),
        "d:recommend_strong": _rate(RECOMMEND_STRONG.count(grams), n_words, 15),
        "d:past_personal": _rate(_past_personal(lexical), n_words, 15),
        "d:question": _rate(text.count("?"), n_words, 10),
        "d:exclamation": _rate(text.count("!"), n_words, 10),
        "d:emoticon": 1.0 if _has_emoticon(text) or CHAT.count(grams) else 0.0,
        "d:capitals": min(1.0, len(_UPPER.findall(text)) / max(1, letters)),
        "d:digits": min(1.0, 3 * digits / max(1, len(text))),
        "d:separators": _rate(len(_SEPARATOR.findall(text)), n_words, 5),
        "d:closing": 1.0 if _closes(text) else 0.0,
        "d:legal": _rate(LEGAL.count(grams), n_words, 15),
        "d:site_chrome": _rate(SITE_CHROME.count(grams), n_words, 15),
        "d:quoted": min(1.0, sum(len(q) for q in _QUOTED.findall(body)) / max(1, len(body))),
        "d:testimonial_name": _rate(_testimonial_names(body), n_words, 30),
        "d:house": _rate(HOUSE.count(grams), n_words, 15),
    }


@functools.lru_cache(maxsize=1 << 15)  # hot: once per token of every section; tokens repeat
def _fold(token: str) -> str:
    if token[0].isdigit():
        digits = re.sub(r"\D", "", token)
        return "0" * min(len(digits), 4) + ("." if "." in token else "")
    return token


def raw_tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower().replace("’", "'"))


def tokens(text: str) -> list[str]:
    return list(map(_fold, raw_tokens(text)))


_DIGIT_RUN = re.compile(r"\d+")
_LOWER_RUN = re.compile(r"[a-z]+")
_UPPER_RUN = re.compile(r"[A-Z]+")


@functools.lru_cache(maxsize=1 << 15)  # hot: once per word of every section; words repeat
def _shape(word: str) -> str:
    shape = _UPPER_RUN.sub("X", _LOWER_RUN.sub("x", _DIGIT_RUN.sub("0", word)))
    return shape[:6]


def _bigrams(items: list[str]) -> list[str]:
    return list(map(" ".join, zip(items, items[1:])))


def shape_tokens(text: str) -> list[str]:
    """Word shapes and their bigrams: 'NEAR ME |' -> X X |; topic-free by construction."""
    shapes = list(map(_shape, text.split()[:400]))
    return shapes + _bigrams(shapes)


def bucket(group: str, token: str, bits: int) -> int:
    """The bucket of `token` in `group`: CRC-32 of ``"<group>:<token>"`` mod ``2 ** bits``."""
    return zlib.crc32(f"{group}:{token}".encode("utf-8")) & ((1 << bits) - 1)


@functools.lru_cache(maxsize=8)
def _bucket_names(bits: int) -> tuple[str, ...]:
    return tuple(f"h:{index}" for index in range(1 << bits))


def _hashed_group(group: str, items: list[str], bits: int, weight: float) -> dict[str, float]:
    """`bucket` of every distinct item (CRC-32 continued from that of "<group>:"), counted."""
    prefix = zlib.crc32(f"{group}:".encode("utf-8"))
    hashes = map(zlib.crc32, map(str.encode, set(items)), repeat(prefix))
    counts = Counter(map(and_, hashes, repeat((1 << bits) - 1)))
    norm = math.sqrt(sum(v * v for v in counts.values()))  # whole numbers: exact in any order
    if not norm:
        return {}
    names = _bucket_names(bits)
    # In bucket order: `set` order follows the per-process string hash seed, and the order of
    # the features is the order in which the model adds them up (floats: last bits differ).
    return {names[index]: weight * counts[index] / norm for index in sorted(counts)}


def _add_into(out: dict[str, float], features: dict[str, float]) -> None:
    for name, value in features.items():
        out[name] = out.get(name, 0.0) + value


def hashed_features(heading: str, text: str, spec: dict,
                    text_tokens: list[str] | None = None,
                    heading_tokens: list[str] | None = None) -> dict[str, float]:
    """The hashed n-gram features; `*_tokens` are `raw_tokens` the caller already has."""
    bits = spec["bits"]
    weights = spec["groups"]
    out: dict[str, float] = {}
    for group, source, raw in (("hw", heading, heading_tokens), ("w", text, text_tokens)):
        if group not in weights:
            continue
        words = list(map(_fold, raw)) if raw is not None else tokens(source)
        items = words + _bigrams(words) if spec.get("bigrams") else words
        _add_into(out, _hashed_group(group, items, bits, weights[group]))
    if "s" in weights:
        _add_into(out, _hashed_group("s", shape_tokens(text), bits, weights["s"]))
    return out


def section_features(section, text: str, cues: dict[str, float],
                     spec: dict | None = None) -> dict[str, float]:
    """All features of one section: dense then hashed, as a sparse dict."""
    spec = spec or DEFAULT_SPEC
    text_tokens = raw_tokens(text)
    heading_tokens = raw_tokens(section.heading or "")
    features = dense_features(section, text, cues, text_tokens, heading_tokens)
    features.update(hashed_features(section.heading or "", text, spec, text_tokens,
                                    heading_tokens))
    return features
