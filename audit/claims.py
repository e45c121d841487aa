"""Sections to claims: sentence splitting and the "does it assert?" filter.

The splitter is a single regex pass (tens of MB/s): a sentence ends at `.`,
`!` or `?` (plus closing quotes/brackets) followed by white space and a
capital, digit, quote or bracket — unless the period belongs to an
abbreviation (Dr., e.g., et al., Fig., U.S.), an initial, or a decimal.

Trailing citation markers belong to the claim before them and count as
attribution: "… sleep. 1", "… sleep 1, 2", "… sleep (12).", "… sleep [3]",
"… sleep.12 Next sentence".

Not claims: questions, lead-ins ending in ":", fragments under three words,
lone URLs, breadcrumb trails, and reference-list entries.
"""
from __future__ import annotations

import re
from typing import Iterator

from audit.sections import is_nav_line

_ABBREVIATIONS = frozenset("""
dr mr mrs ms prof st sr jr vs etc al fig figs no nos approx ca cf inc ltd co corp dept est
eg ie viz vol p pp ed eds jan feb mar apr jun jul aug sep sept oct nov dec mt ave univ
gen col lt sgt rev hon resp e.g i.e u.s u.k a.m p.m ph.d m.d b.sc n.d d.o
""".split())
_BOUNDARY = re.compile(
    r"""(?P<end>(?<![.!?…])[.!?…]+["'”’)\]]*)"""  # from a run's first mark only: linear
    r"""(?P<cite>(?:\s?\(?\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\)?(?=\s+[A-Z"“(\[]|\s*$))?)"""
    r"""(?=\s+["“(\[]?[A-Z0-9]|\s*$)"""
    r"""|(?P<glued>(?<=[a-z)\]])\.(?P<gcite>\d{1,3}(?:,\d{1,3})*)(?=\s*[A-Z]))""")
_MARK = re.compile(r"[.!?…]")  # where every _BOUNDARY match starts
_TRAILING_CITE = re.compile(
    r"""(?:(?<=[A-Za-z)%\]])\s+|(?<=[.!?]))(?P<nums>\d{1,3}(?:\s*,\s*\d{1,3})*)\s*$""")
_BRACKET_CITE = re.compile(r"(?:\[(\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\]|\((\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\))"
                           r"(?![\s-]*\d)")  # "(555) 014-2290" is a phone number, not a citation
_NOT_CITE_BEFORE = frozenset("""to of by from than about approximately over under level step type
phase grade stage day days week weeks page version and or n x at in on is was were are be up
aged age year years month months hour hours minute minutes mg ml kg g mcg iu mmol """.split())
_URL_ONLY = re.compile(r"^\s*(?:<?https?://\S+>?|www\.\S+)\s*$", re.I)
_CRUMB = re.compile(r"(?:\s[>»›/]\s.*){2,}")
_REFERENCE = re.compile(
    r"^\[?\d{1,3}[.\])]?\s+[A-Z][\w'-]+,?\s+(?:[A-Z]{1,3}\b|[A-Z]\.)"  # 1. Smith AB, ...
    r"|\bdoi:\s*10\.|\b\d{4};\s*\d+\s*(?:\(\d+\))?:\s*\d+|\bet al\.,?\s+\(?\d{4}\)?[.;]", re.I)
_WORDS = re.compile(r"[^\W\d_][\w'’-]*")
_LONG_NUMBER = re.compile(r"(?<![\w.])\+?\(?\d{3}\)?[\d\s.-]{4,}\d(?![\w.])")  # phone numbers
_DIGITS = re.compile(r"\d{1,3}")
_WORD_BREAK = re.compile(r"[\s(\[\"“]")
_CLAIM_TAIL = frozenset(",()[]")  # with white space and digits: what is_claim ignores at the end


def split_sentences(text: str) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    """Yield (start, end, citations) for each sentence of `text`."""
    start = 0
    for match in _boundaries(text):
        if match.group("glued"):
            end, cites = match.end(), _numbers(match.group("gcite"))
        else:
            if _is_abbreviation(text, match.start("end")):
                continue
            end, cites = match.end(), _numbers(match.group("cite") or "")
        yield from _emit(text, start, end, cites)
        start = end
    yield from _emit(text, start, len(text), ())


def _boundaries(text: str) -> Iterator[re.Match]:
    """`_BOUNDARY.finditer(text)`, trying the regex only where a match can start (at a
    sentence mark): _MARK's single character class is found by a fast scan."""
    find, boundary = _MARK.search, _BOUNDARY.match
    position = 0
    while True:
        mark = find(text, position)
        if mark is None:
            return
        match = boundary(text, mark.start())  # lookbehinds still see text before the mark
        if match is None:
            position = mark.start() + 1
        else:
            yield match
            position = match.end()  # never empty: a match holds at least its mark


def _emit(text: str, start: int, end: int, cites: tuple[str, ...]):
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentence = text[start:end]
        yield start, end, cites + trailing_citations(sentence, bool(cites))


def _numbers(raw: str) -> tuple[str, ...]:
    return tuple(_DIGITS.findall(raw)) if raw else ()


def trailing_citations(sentence: str, already: bool) -> tuple[str, ...]:
    # The regexes only run when they can match: a bracket for _BRACKET_CITE, a final digit
    # (`\d`, i.e. str.isdecimal, before white space only) for _TRAILING_CITE.
    cites: tuple[str, ...] = ()
    if "[" in sentence or "(" in sentence:
        found = [g for pair in _BRACKET_CITE.findall(sentence) for g in pair if g]
        cites = tuple(n for group in found for n in _numbers(group))
    if already or not sentence.rstrip()[-1:].isdecimal():
        return cites
    match = _TRAILING_CITE.search(sentence)
    if match:
        before = sentence[:match.start()].rstrip().rsplit(None, 1)
        word = before[-1].lower().strip(".,;:()") if before else ""
        if word not in _NOT_CITE_BEFORE and not word.replace(".", "").isdigit():
            cites += _numbers(match.group("nums"))
    return cites


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    head = text[max(0, dot - 12):dot]
    word = _WORD_BREAK.split(head)[-1].lower()
    if not word:
        return False
    if word in _ABBREVIATIONS or word.rstrip(".") in _ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isalpha():  # an initial: "J. Smith"
        return True
    return text[dot - 1:dot].isdigit() and text[dot + 1:dot + 2].isdigit()


def is_reference_entry(block: str) -> bool:
    """A bibliography entry ("1. Smith AB, Jones C. Title. J Med. 2019;12:34.")."""
    head = block[:400]
    return _may_be_reference(head) and bool(_REFERENCE.search(head))


def _may_be_reference(text: str) -> bool:
    """False only when _REFERENCE cannot match: each of its branches needs a leading "[" or
    digit, a ":" ("doi:", "2019;12:34") or "et al." in some case (no letter of it has a
    case-insensitive match outside ASCII, so lower-casing finds every one)."""
    first = text[:1]
    return first == "[" or first.isdecimal() or ":" in text or \
        (("l." in text or "L." in text) and "et al." in text.lower())


def _count_tokens(text: str, pattern: re.Pattern) -> int:
    return sum(1 for _ in pattern.finditer(text))


def is_claim(sentence: str) -> bool:
    """Does this sentence assert something (rather than ask, introduce or navigate)?"""
    stripped = sentence.strip()
    end = len(stripped)  # strip the tail of white space, digits, commas and brackets
    while end and (stripped[end - 1] in _CLAIM_TAIL or stripped[end - 1].isspace()
                   or stripped[end - 1].isdecimal()):
        end -= 1
    if not end or stripped[end - 1] in "?:":
        return False
    words = 0
    for _ in _WORDS.finditer(stripped):
        words += 1
        if words == 3:
            break
    if words < 3 and not (words and _count_tokens(stripped, _LONG_NUMBER) + words >= 3):
        return False  # "Read more" is not a claim; "Call 555-201-3344 today." is
    if _URL_ONLY.match(stripped):
        return False
    if "|" in stripped and is_nav_line(stripped):
        return False
    if ("/" in stripped or ">" in stripped or "»" in stripped or "›" in stripped) \
            and _CRUMB.search(stripped):
        return False
    return not (_may_be_reference(stripped) and _REFERENCE.search(stripped))
