"""Bytes to text: encoding detection, binary refusal and whitespace normalisation.

Detection order: UTF-8 BOM, UTF-16/32 BOMs, strict UTF-8, else cp1252 (with
undefined bytes mapped through latin-1 so nothing is lost).  Binary content
(NUL bytes without a UTF-16 BOM, or many control characters) is refused.
Normalisation turns NBSP and the other Unicode space characters into plain
spaces, removes zero-width, bidi-control and other C0/C1 control characters
(so no escape sequence reaches a terminal), replaces lone surrogates with
U+FFFD, and unifies line endings, so offsets in reports refer to what a
reader sees.
"""
from __future__ import annotations

import codecs
import re

from audit.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_ODD_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069\u00ad\x00]")
_CONTROL = re.compile("[\x01-\x08\x0e-\x1f\x7f-\x9f]")  # C0 (but line breaks) and C1
_SURROGATE = re.compile("[\ud800-\udfff]")  # lone halves ("\\ud800" in JSON): not valid in UTF-8
_CONTROL_BYTES = bytes(range(1, 9)) + bytes(range(14, 32))


def detect_encoding(data: bytes) -> str:
    """Name of the encoding `decode_bytes` will use for `data`."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def looks_binary(data: bytes) -> bool:
    """True for data that is not text in any encoding we accept."""
    head = data[:8192]
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return False
    if b"\x00" in head:
        return True
    if not head:
        return False
    controls = sum(head.count(b) for b in _CONTROL_BYTES)
    return controls / len(head) > 0.1


def decode_bytes(data: bytes, source: str = "<input>") -> tuple[str, str]:
    """Return (normalised text, encoding name); raise InputError for binary data."""
    if looks_binary(data):
        raise InputError(f"{source}: binary file, not text (refused)")
    encoding = detect_encoding(data)
    if encoding == "cp1252":
        text = cp1252_text(data)
    else:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(f"{source}: cannot decode as {encoding}: {exc.reason}") from None
    return normalise_text(text), encoding


def _latin1_fallback(error: UnicodeDecodeError) -> tuple[str, int]:
    return error.object[error.start:error.end].decode("latin-1"), error.end


codecs.register_error("credaudit-latin1", _latin1_fallback)


def cp1252_text(data: bytes) -> str:
    """Decode cp1252 without failing: the five undefined bytes map through latin-1.

    (An error handler rather than a Python loop per byte: 20 MB decode in well under a second.)
    """
    return data.decode("cp1252", "credaudit-latin1")


def normalise_text(text: str) -> str:
    """Unify line endings and spaces; drop invisible and control characters.

    Lone surrogates become U+FFFD.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ODD_SPACES.sub(" ", text)
    text = _INVISIBLE.sub("", text)
    return _CONTROL.sub("", scrub_surrogates(text))


def scrub_surrogates(text: str) -> str:
    """Replace lone surrogates (from JSON "\\ud800" escapes) with U+FFFD: UTF-8 cannot hold them."""
    return _SURROGATE.sub("\ufffd", text)
