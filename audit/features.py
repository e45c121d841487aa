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
  vocabulary); and heading words typical of each genre.  Word lists are
  matched on the section's tokens (one pass), not with one regex each;
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
from typing import Iterable

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
_CLOSING = re.compile(r"[.!?:;…][\"'”’)\]]*\s*$")
# patterns that need the raw text; each opens with a character class (fast scans)
_MONEY = re.compile(r"[$£€]\s?\d|\d\s?(?:dollars|pounds|euros|% off)\b", re.I)
_PHONE = re.compile(r"[(+\d][\d ().-]{8,16}\d")
_COMPARISON = re.compile(r"[=<>≤≥]\s?-?\d")  # n = 120, p < 0.001, HR = 0.8
_EMOTICON = re.compile(r"[:;]-?[)(DP]|<3|[\U0001F300-\U0001FAFF\u2600-\u27BF]")
_QUOTED = re.compile(r"[\"“]([^\"“”]{12,600})[\"”]")
_NAME_AFTER_DASH = re.compile(
    r"[-–—]\s*[A-Z][a-z]+(?:\s[A-Z]\.?|\s[A-Z][a-z]+)?(?:,\s*(?:age\s*)?\d{1,2}|,\s*[A-Z][a-z]+)?")
_REVIEW_HINT = re.compile(r"testimonial|review|rating|stars?\b|quote|feedback", re.I)
_AD_HINT = re.compile(r"(?:^|[\s_-])(?:ads?|advert\w*|sponsor\w*|promot\w*|advertorial|paid|"
                      r"partner(?:ship)?|affiliate)(?:$|[\s_-])", re.I)


class Phrases:
    """A word list matched on tokens: single words, 2-3 word phrases, and `prefix*` words."""

    def __init__(self, text: str):
        items = [" ".join(p.split()) for p in text.replace("\n", ",").split(",") if p.strip()]
        self.words = tuple(sorted({p for p in items if " " not in p and not p.endswith("*")}))
        self.phrases = tuple(sorted({tuple(p.split()) for p in items if " " in p}))
        self.prefixes = tuple(p[:-1] for p in items if p.endswith("*"))

    def count(self, grams: "Grams") -> int:
        unigrams = grams.unigrams
        total = sum(unigrams.get(w, 0) for w in self.words)
        if self.prefixes:
            total += sum(n for w, n in unigrams.items()
                         if w.startswith(self.prefixes) and w not in self.words)
        words = grams.words
        for phrase in self.phrases:
            size = len(phrase)
            total += sum(1 for i in grams.positions.get(phrase[0], ())
                         if tuple(words[i:i + size]) == phrase)
        return total


class Grams:
    """The words of a text with their counts and positions, shared by every word list."""

    def __init__(self, words: list[str]):
        self.words = words
        self.unigrams: dict[str, int] = {}
        self.positions: dict[str, list[int]] = {}
        for index, word in enumerate(words):
            self.unigrams[word] = self.unigrams.get(word, 0) + 1
            self.positions.setdefault(word, []).append(index)


# Word lists, written for credaudit.  They mark how a text addresses its reader
# or what kind of page furniture it is, not what health topic it is about.
_SECOND_PERSON = Phrases("you, your, yours, yourself, you're, you've, you'll")
_FIRST_PLURAL = Phrases("we, our, ours, us, we're, we've, we'll")
_CALL_TO_ACTION = Phrases("""
    call, book, schedule, order, buy, shop, contact us, visit, get started, learn more, sign up,
    subscribe, request, claim, save, discount, offer, free, today, now, limited, appointment,
    consultation, near me, add to cart, checkout, promo, coupon, deal""")
_STATISTIC = Phrases("""
    95 ci, 99 ci, confidence interval, odds ratio, hazard ratio, risk ratio, relative risk,
    mean, median, sd, statistically significant, primary outcome, primary end point,
    primary endpoint, participants, randomised, randomized, cohort, placebo, follow up""")
_DATE = Phrases("""
    monday, tuesday, wednesday, thursday, friday, saturday, sunday, yesterday, january,
    february, march, april, june, july, august, september, october, november, december,
    jan, feb, mar, apr, jun, jul, aug, sep, sept, oct, nov, dec""")
_RECOMMEND_STRONG = Phrases("""
    offer, do not offer, do not use, do not give, do not prescribe, do not routinely, recommend*,
    advise*, strong recommendation, conditional recommendation, grade a, grade b, grade c,
    level of evidence, certainty of evidence, certainty of the evidence, consensus, first line,
    refer, should be, should not, adults aged, adults with, adult with, people aged, people with,
    children aged, children with""")
_PERSONAL = frozenset(("i", "my", "me"))
_PAST = frozenset(("was", "had", "went", "felt", "started", "tried", "took", "got", "stopped",
                   "noticed", "found", "been"))
_CHAT = Phrases("lol, imo, imho, fwiw, hth, tbh, btw, omg")
_LEGAL = Phrases("""
    privacy, cookie, cookies, personal data, personal information, data protection, gdpr,
    consent, third party, third parties, terms of use, terms of service, terms and conditions,
    disclaimer, liabilit*, copyright, trademark, trademarks, all rights reserved,
    forward looking, unsubscribe, preferences, not a substitute, not intended,
    not medical advice, general information only, affiliate link, affiliate links, commission,
    editorial policy, editorial standards, editorial independence""")
_SITE_CHROME = Phrases("""
    share, facebook, twitter, whatsapp, linkedin, instagram, pinterest, email, print, comment,
    comments, reply, login, log in, sign in, sign up, subscribe, newsletter, read more, related,
    next, previous, tag, tags, posted, menu, search, home, contact, about us, follow, moderator,
    admin, episode, podcast, rate, review us, listen, download, app store, google play""")
_HOUSE = Phrases("""
    our patient, our patients, our client, our clients, our customer, our customers, our team,
    our clinic, our practice, our centre, our center, our specialist, our specialists,
    our expert, our experts, our doctor, our doctors, our staff, our product, our products,
    our formula, our programme, our program, our protocol, our treatment, our treatments,
    our service, our services, our store, our shop""")
_HEADING_WORDS = {
    "research": Phrases("""
        abstract, background, objective, objectives, aim, aims, method, methods, design,
        setting, participants, result, results, findings, conclusion, conclusions, discussion,
        limitations, interpretation, funding, registration, outcome, outcomes, analysis, trial,
        study, cohort, review, evidence"""),
    "guideline": Phrases("""
        recommendation, recommendations, guideline, guidelines, guidance, management, summary,
        when to, who should, referral, refer, treatment, assessment, diagnosis, first line,
        prescrib*, dose, dosing, monitoring, screening, prevention, advice, target, targets"""),
    "news": Phrases("""
        say, says, said, warn, warns, find, finds, found, reveal, reveals, announce, announces,
        cut, cuts, fall, falls, rise, rises, expert, experts, official, officials, critic,
        critics, researchers, scientists, doctors, report, news, new"""),
    "marketing": Phrases("""
        our, we, you, your, best, top, special, offer, book, free, call, near me, results,
        clinic, service, services, treatment, treatments, why choose, meet, testimonial,
        testimonials, reviews, happy, patients love, shop, buy, price, pricing, package,
        packages, plan, plans"""),
    "anecdote": Phrases("""
        my, i, me, story, journey, experience, update, reply, posted, wrote, diary, dad, mum,
        mom, son, daughter, husband, wife"""),
    "boilerplate": Phrases("""
        about, contact, share, follow, subscribe, newsletter, comment, comments, related,
        privacy, cookie, cookies, terms, disclaimer, copyright, menu, navigation, sign, login,
        more from, you may also, advertisement, sponsored, opening hours, find us,
        editor's note, editors note, author, tag, tags, links, timestamps"""),
}


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
               "d:emoticon", "d:capitals", "d:digits", "d:separators", "d:closing",
               "d:legal", "d:site_chrome", "d:first_section", "d:ordinal", "d:quoted",
               "d:testimonial_name", "d:house", "d:review_hint")
            + tuple(f"d:heading_{g}" for g in _HEADING_WORDS))


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
    count = 0
    for index, word in enumerate(words):
        if word in _PERSONAL and any(w in _PAST for w in words[index + 1:index + 7]):
            count += 1
    return count


def _testimonial_names(body: str) -> int:
    """'… ." - Linda R., age 67': a dash-introduced name after a quote or at a line start."""
    count = 0
    for match in _NAME_AFTER_DASH.finditer(body):
        index = match.start() - 1
        while index >= 0 and body[index] == " ":
            index -= 1
        if index < 0 or body[index] in "\"”\n":
            count += 1
    return count


def dense_features(section, text: str, cues: dict[str, float],
                   text_tokens: list[str] | None = None) -> dict[str, float]:
    """The dense features, every one of `dense_names()`, in that order."""
    heading = section.heading or ""
    body = body_of(heading, text)
    if text_tokens is None:
        text_tokens = raw_tokens(text)
    lexical = [t for t in text_tokens if t[0].isalnum()]
    grams = Grams(lexical)
    words = _WORD.findall(text)
    n_words = len(words)
    letters = sum(len(w) for w in words)
    blocks = [b for b in text.split("\n\n") if b.strip()]
    sentences = [s for s in _SENTENCE_END.split(body) if _WORD.search(s)]
    anchors = _links(section.hints)
    link_words = sum(len(_WORD.findall(a)) for a in anchors)
    list_like = sum(1 for b in blocks if len(b.split()) <= 8 and not _CLOSING.search(b))
    ordinal = int(section.id[1:]) if re.fullmatch(r"s\d+", section.id or "") else 1
    years = sum(n for w, n in grams.unigrams.items()
                if len(w) == 4 and w[:2] in ("19", "20") and w.isdigit())
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
        "d:word_length": min(1.0, (letters / max(1, n_words)) / 10),
        "d:list_share": list_like / max(1, len(blocks)),
        "d:link_share": min(1.0, link_words / max(1, n_words)),
        "d:link_count": _log_scaled(len(anchors), 20),
        "d:ad_hint": 1.0 if any(k != "link" and _AD_HINT.search(v) for k, v in section.hints)
        else 0.0,
        "d:second_person": _rate(_SECOND_PERSON.count(grams), n_words, 15),
        "d:first_plural": _rate(_FIRST_PLURAL.count(grams), n_words, 15),
        "d:call_to_action": _rate(_CALL_TO_ACTION.count(grams), n_words, 15),
        "d:money": 1.0 if _MONEY.search(text) else 0.0,
        "d:phone": 1.0 if _PHONE.search(text) else 0.0,
        "d:statistic": _rate(_STATISTIC.count(grams) + len(_COMPARISON.findall(text)),
                             n_words, 15),
        "d:date": _rate(_DATE.count(grams) + years, n_words, 15),
        "d:recommend_strong": _rate(_RECOMMEND_STRONG.count(grams), n_words, 15),
        "d:past_personal": _rate(_past_personal(lexical), n_words, 15),
        "d:question": _rate(text.count("?"), n_words, 10),
        "d:exclamation": _rate(text.count("!"), n_words, 10),
        "d:emoticon": 1.0 if _EMOTICON.search(text) or _CHAT.count(grams) else 0.0,
        "d:capitals": min(1.0, len(_UPPER.findall(text)) / max(1, letters)),
        "d:digits": min(1.0, 3 * len(_DIGIT.findall(text)) / max(1, len(text))),
        "d:separators": _rate(len(_SEPARATOR.findall(text)), n_words, 5),
        "d:closing": 1.0 if _CLOSING.search(text) else 0.0,
        "d:legal": _rate(_LEGAL.count(grams), n_words, 15),
        "d:site_chrome": _rate(_SITE_CHROME.count(grams), n_words, 15),
        "d:first_section": 1.0 if ordinal == 1 else 0.0,
        "d:ordinal": _log_scaled(ordinal - 1, 50),
        "d:quoted": min(1.0, sum(len(q) for q in _QUOTED.findall(body)) / max(1, len(body))),
        "d:testimonial_name": _rate(_testimonial_names(body), n_words, 30),
        "d:house": _rate(_HOUSE.count(grams), n_words, 15),
        "d:review_hint": 1.0 if any(k != "link" and _REVIEW_HINT.search(v)
                                    for k, v in section.hints) else 0.0,
    })
    heading_tokens = [t for t in _TOKEN.findall(heading.lower().replace("’", "'"))
                      if t[0].isalnum()]
    heading_grams = Grams(heading_tokens)
    for genre, phrases in _HEADING_WORDS.items():
        features[f"d:heading_{genre}"] = _rate(phrases.count(heading_grams),
                                               max(1, len(heading_tokens)), 2)
    return {name: features.get(name, 0.0) for name in dense_names()}


def _fold(token: str) -> str:
    if token[0].isdigit():
        digits = re.sub(r"\D", "", token)
        return "0" * min(len(digits), 4) + ("." if "." in token else "")
    return token


def raw_tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower().replace("’", "'"))


def tokens(text: str) -> list[str]:
    return [_fold(t) for t in raw_tokens(text)]


_DIGIT_RUN = re.compile(r"\d+")
_LOWER_RUN = re.compile(r"[a-z]+")
_UPPER_RUN = re.compile(r"[A-Z]+")


@functools.lru_cache(maxsize=1 << 15)  # hot: once per word of every section; words repeat
def _shape(word: str) -> str:
    shape = _UPPER_RUN.sub("X", _LOWER_RUN.sub("x", _DIGIT_RUN.sub("0", word)))
    return shape[:6]


def shape_tokens(text: str) -> list[str]:
    """Word shapes and their bigrams: 'NEAR ME |' -> X X |; topic-free by construction."""
    shapes = [_shape(w) for w in text.split()[:400]]
    return shapes + [f"{a} {b}" for a, b in zip(shapes, shapes[1:])]


@functools.lru_cache(maxsize=1 << 16)
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


def hashed_features(heading: str, text: str, spec: dict,
                    text_tokens: list[str] | None = None) -> dict[str, float]:
    bits = spec["bits"]
    weights = spec["groups"]
    out: dict[str, float] = {}
    for group, source in (("hw", heading), ("w", text)):
        if group not in weights:
            continue
        if group == "w" and text_tokens is not None:
            words = [_fold(t) for t in text_tokens]
        else:
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
    text_tokens = raw_tokens(text)
    features = dense_features(section, text, cues, text_tokens)
    features.update(hashed_features(section.heading or "", text, spec, text_tokens))
    return features
