"""Bytes to text: encoding detection, binary refusal and whitespace normalisation.

Detection order: UTF-8 BOM, UTF-16/32 BOMs, strict UTF-8, else cp1252 (with
undefined bytes mapped through latin-1 so nothing is lost).  Binary content
(NUL bytes without a UTF-16 BOM, or many control characters) is refused.
Normalisation turns NBSP and the other Unicode space characters into plain
spaces, removes zero-width and bidi-control characters, and unifies line
endings, so offsets in reports refer to what a reader sees.
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
_CONTROL = re.compile("[\x01-\x08\x0e-\x1f\x7f]")
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
        text = "".join(_cp1252_char(b) for b in data) if _has_undefined_cp1252(data) \
            else data.decode("cp1252")
    else:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(f"{source}: cannot decode as {encoding}: {exc.reason}") from None
    return normalise_text(text), encoding


def _has_undefined_cp1252(data: bytes) -> bool:
    return any(b in data for b in (0x81, 0x8D, 0x8F, 0x90, 0x9D))


def _cp1252_char(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return bytes([byte]).decode("latin-1")


def normalise_text(text: str) -> str:
    """Unify line endings and spaces; drop invisible and control characters."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ODD_SPACES.sub(" ", text)
    text = _INVISIBLE.sub("", text)
    return _CONTROL.sub("", text)
