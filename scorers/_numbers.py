"""Reading counts written in digits or in English words ("1,842", "1.2 million", "twenty-four").

Used by the sample_size scorer.  Only whole, non-negative counts are produced;
decimals are accepted only when a scale word follows ("1.2 million").
"""
from __future__ import annotations

import re
from functools import cache

SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
WORDS = {**SMALL, **TENS, **SCALES, "dozen": 12}
_GROUPED = r"\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+"  # "1 523": space as thousands separator

_WORD_ALT = "|".join(sorted(WORDS, key=len, reverse=True))
# one number: digits (with thousands separators / a decimal part) optionally followed
# by a scale word, or a run of number words joined by spaces, hyphens or "and".
_NUMBER = (
    r"(?<![\w.,$£€#/])(?:"
    r"\d{1,3}(?:,\d{3})+(?![\d])|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d.,])|\d+(?:\.\d+)?"
    r")(?:[\s-]+(?:hundred|thousand|million|billion)\b)?(?![\w%])"
    r"|\b(?:" + _WORD_ALT + r")"
    r"(?:(?:[\s-]+|(?:(?<=hundred)|(?<=thousand))\s+and\s+)(?:" + _WORD_ALT + r"))*\b"
    r"|\bhalf\s+a\s+(?:million|thousand|hundred)\b"
)


@cache
def number_regex() -> re.Pattern[str]:
    """The pattern for one number (compiled on first use), to run on lower-cased text."""
    return re.compile(_NUMBER)


@cache
def scan_regex() -> re.Pattern[str]:
    """A fast pass that finds where numbers may start; confirm each with number_regex().match."""
    from audit.lexicon import _trie_pattern
    words = sorted([*WORDS, "half"])
    # the lookahead lets positions that start no number fail at once (about a fifth faster)
    first = "".join(sorted({word[0] for word in words}))
    return re.compile(r"(?=[\d" + first + r"])(?:\d+|\b(?:" + _trie_pattern(words) + r")\b)")


def iter_numbers(lowered: str):
    """Yield number_regex() matches in `lowered`, found via the faster scan pass."""
    number, last_end = number_regex(), -1
    for hit in scan_regex().finditer(lowered):
        if hit.start() < last_end:
            continue
        match = number.match(lowered, hit.start())
        if match:
            last_end = match.end()
            yield match


def parse_number(text: str) -> int | None:
    """The integer a number token denotes, or None for fractions and non-numbers.

    >>> parse_number("1,842"), parse_number("twenty-four"), parse_number("1.2 million")
    (1842, 24, 1200000)
    """
    text = text.lower().strip()
    if not text:
        return None
    if text[0].isdigit():
        return _parse_digits(text)
    if text.startswith("half"):  # "half a million"
        scale = SCALES.get(text.rsplit(None, 1)[-1])
        return scale // 2 if scale else None
    return _parse_words(re.split(r"[\s-]+", text))


def _parse_digits(text: str) -> int | None:
    if len(text) > 24:
        return None  # a serial number or a run of digits, not a count
    if re.fullmatch(_GROUPED, text):
        return int(re.sub(r"\D", "", text))
    parts = re.split(r"[\s-]+", text)
    digits = parts[0].replace(",", "")
    scale = SCALES.get(parts[1], 1) if len(parts) > 1 else 1
    if "." not in digits:
        return int(digits) * scale if digits.isdigit() else None
    if scale == 1:
        return None  # "1.5" is a measurement, not a count
    whole, _, fraction = digits.partition(".")
    value = int(whole + fraction) * scale
    divisor = 10 ** len(fraction)
    return value // divisor if value % divisor == 0 else None  # 2.5 patients is not a count


def _parse_words(words: list[str]) -> int | None:
    total, current, seen = 0, 0, False
    for word in words:
        if word == "and":
            continue
        if word == "dozen":
            current = max(current, 1) * 12
        elif word in SMALL or word in TENS:
            current += SMALL.get(word, 0) + TENS.get(word, 0)
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in SCALES:
            total += max(current, 1) * SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None
