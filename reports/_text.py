"""Shared helpers for the editor report formats (html, markdown, csv).

Everything here treats the report dict as untrusted input: strings may carry
markup, control characters, bidi overrides or lone surrogates, and numbers may
be missing.  Nothing here scores or filters; it only reads and cleans.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

GRADES = ("high", "moderate", "low", "very_low")
GRADE_LABELS = {"high": "High", "moderate": "Moderate", "low": "Low", "very_low": "Very low"}
GENRES = ("guideline", "research", "news", "marketing", "anecdote", "boilerplate", "other")
FLAGS = ("promotional", "commercial", "boosted")

# C0 controls except TAB and LF, DEL and C1 controls: never useful in a report.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Bidi embeddings, overrides and isolates can reorder what an editor sees.
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_SPACE = re.compile(r"\s+")
_IDENTIFIER = re.compile(r"[a-z0-9_]+")


def clean(value: object) -> str:
    """Return `value` as display-safe text.

    CR/CRLF become LF, other control characters are dropped, lone surrogates
    become U+FFFD (so the output always encodes as UTF-8) and bidi control
    characters are replaced by a visible marker such as ``[U+202E]``.
    """
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SURROGATE.sub("\ufffd", text)
    text = _CONTROL.sub("", text)
    return _BIDI.sub(lambda m: f"[U+{ord(m.group()):04X}]", text)


def one_line(value: object) -> str:
    """`clean` text with every run of whitespace collapsed to one space."""
    return _SPACE.sub(" ", clean(value)).strip()


def label(value: object) -> str:
    """A vocabulary word for display: ``very_low`` -> ``very low`` (cleaned, not escaped).

    Only plain identifiers are rewritten; anything else is shown as it is.
    """
    text = one_line(value)
    return text.replace("_", " ") if _IDENTIFIER.fullmatch(text) else text


def shorten(text: str, limit: int) -> str:
    """Cut `text` to at most `limit` characters, marking the cut with an ellipsis."""
    if len(text) <= limit:
        return text
    return text[: max(limit - 1, 0)].rstrip() + "\u2026"


def as_int(value: object) -> int | None:
    """An int for ints and integral floats, else None (bools are not numbers here)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def as_number(value: object) -> float | None:
    """A finite float for ints and floats, else None."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    number = float(value)
    return number if number == number and abs(number) != float("inf") else None


def fmt_number(value: object, digits: int = 1) -> str:
    """Format a number for display: integers plainly, floats with `digits` decimals."""
    number = as_number(value)
    if number is None:
        return ""
    if number.is_integer() and as_int(value) is not None:
        return str(int(number))
    return f"{number:.{digits}f}"


def items(value: object) -> list:
    """`value` if it is a list, else an empty list."""
    return value if isinstance(value, list) else []


def mapping(value: object) -> dict:
    """`value` if it is a dict, else an empty dict."""
    return value if isinstance(value, dict) else {}


def iter_documents(report: dict) -> Iterator[dict]:
    """The report's documents (dicts only), consuming a lazy iterator only once."""
    docs = mapping(report).get("documents")
    if isinstance(docs, (str, bytes, dict)) or not isinstance(docs, Iterable):
        return
    for doc in docs:
        if isinstance(doc, dict):
            yield doc


def documents(report: dict) -> list[dict]:
    """All of the report's documents as a list (see `iter_documents`)."""
    return list(iter_documents(report))


def sections(document: dict) -> list[dict]:
    """A document's sections (dicts only)."""
    return [s for s in items(document.get("sections")) if isinstance(s, dict)]


def claims(section: dict) -> list[dict]:
    """A section's claims (dicts only)."""
    return [c for c in items(section.get("claims")) if isinstance(c, dict)]


def iter_claims(document: dict) -> Iterator[tuple[dict, dict]]:
    """Yield (section, claim) for every claim of a document, in document order."""
    for section in sections(document):
        for claim in claims(section):
            yield section, claim


def grade_of(claim: dict) -> str:
    """The claim's grade if it is one of GRADES, else ``""``."""
    grade = claim.get("grade")
    return grade if grade in GRADES else ""


def claim_flags(section: dict, claim: dict) -> list[str]:
    """The filterable flags that apply to a claim, in FLAGS order."""
    found = {"promotional": section.get("promotional") is True,
             "commercial": claim.get("commercial") is True,
             "boosted": claim.get("boosted") is True}
    return [flag for flag in FLAGS if found[flag]]


def is_flagged(section: dict, claim: dict) -> bool:
    """Whether a claim belongs in a "flagged claims" list.

    Flagged means: commercial, boosted, in a promotional section, or graded
    low / very_low.  This is a selection for display, not a new judgement.
    """
    return bool(claim_flags(section, claim)) or grade_of(claim) in ("low", "very_low")


def sort_key_doubtful(position: int, claim: dict) -> tuple:
    """Sort key putting the lowest credibility first; claims without a score last."""
    score = as_number(claim.get("credibility"))
    return (score is None, score if score is not None else 0.0, position)


def signal_text(signals: object) -> str:
    """Signals as ``kind:text`` pairs joined by ``;`` (used by csv and markdown)."""
    parts = []
    for signal in items(signals):
        if isinstance(signal, dict):
            parts.append(f"{one_line(signal.get('kind'))}:{one_line(signal.get('text'))}")
    return ";".join(parts)


def tool_line(report: dict) -> str:
    """``credaudit 0.1.0`` from the report's tool block (cleaned)."""
    tool = mapping(mapping(report).get("tool"))
    name = one_line(tool.get("name")) or "credaudit"
    version = one_line(tool.get("version"))
    return f"{name} {version}".strip()
