"""Where documents come from: files, folders, stdin, JSONL batches (and URLs via fetch).

`iter_inputs(paths)` yields, lazily and in a stable order, either a `Loaded`
document or an `InputFailure` (a per-document error that does not stop a
batch).  Folders are walked recursively in sorted order, skipping hidden
entries and files whose extension is not one we read.  Inputs are opened
read-only and never modified.

Formats by extension: .html/.htm/.xhtml -> html; .md/.markdown/.mdown/.mkd ->
markdown; .txt/.text -> text; .jsonl -> a batch of documents, one JSON object
per line: {"id": ..., "text"|"html"|"markdown": ...} (read when named
explicitly; a folder walk reads documents only, never .jsonl).  A file named on the
command line with another extension is sniffed (markup -> html, else text).
"""
from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import dataclass
from typing import Iterator

from audit.decode import decode_bytes, normalise_text
from audit.errors import InputError, escape_controls
from audit.pipeline import Loaded

EXTENSIONS = {".html": "html", ".htm": "html", ".xhtml": "html", ".md": "markdown",
              ".markdown": "markdown", ".mdown": "markdown", ".mkd": "markdown",
              ".txt": "text", ".text": "text", ".jsonl": "jsonl"}
BATCH_FIELDS = ("text", "html", "markdown")
_FORMAT_OF_FIELD = {"text": "text", "html": "html", "markdown": "markdown"}
_MARKUP = re.compile(r"\A\s*(?:<!doctype html|<html|<head|<body|<div|<p[\s>]|<article|<!--)", re.I)
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)
DEFAULT_MAX_BYTES = 20_000_000


@dataclass(frozen=True, kw_only=True)
class InputFailure:
    source: str
    id: str
    message: str


@dataclass(frozen=True, kw_only=True)
class PendingFile:
    """A file to be read where it is audited (a local worker), not by the reader.

    `iter_inputs(..., defer_files=True)` yields these for plain document files
    so that reading and decoding run in parallel in the workers; `read()`
    gives exactly what the eager path would have yielded (a `Loaded`, or an
    `InputFailure` with the same message).
    """

    path: str
    format: str
    max_bytes: int
    size: int  # bytes on disk when listed (a batching hint only)

    def read(self) -> Loaded | InputFailure:
        return next(_guard(shown(self.path), lambda: load_file(self.path, self.format,
                                                                self.max_bytes)))


def is_url(path: str) -> bool:
    """A command-line PATH that names a URL (any scheme; fetch refuses all but http/https)."""
    return bool(_URL.match(path))


def iter_inputs(paths: list[str], *, input_format: str = "auto", max_bytes: int = DEFAULT_MAX_BYTES,
                defer_files: bool = False) -> Iterator[Loaded | InputFailure | PendingFile]:
    """Every input under `paths`, in order; with `defer_files`, document files as `PendingFile`."""
    for path in paths:
        if path == "-":
            yield from _from_stdin(input_format, max_bytes)
        elif is_url(path):
            from audit.fetch import fetch_url
            yield from _guard(shown(path), lambda: fetch_url(path, max_bytes=max_bytes))
        elif os.path.isdir(path):
            for file_path in _walk(path):
                yield from _from_file(file_path, input_format, max_bytes, defer_files)
        elif os.path.exists(path):
            yield from _from_file(path, input_format, max_bytes, defer_files)
        else:
            raise InputError(f"{path}: no such file or directory")


def _guard(source: str, load) -> Iterator[Loaded | InputFailure]:
    try:
        yield load()
    except InputError as error:
        yield InputFailure(source=source, id=source, message=str(error))


def _walk(root: str) -> Iterator[str]:
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            ext = os.path.splitext(name)[1].lower()
            if not name.startswith(".") and ext in EXTENSIONS and ext != ".jsonl":
                yield os.path.join(folder, name)


def format_for(path: str, input_format: str = "auto") -> str:
    if input_format != "auto":
        return input_format
    return EXTENSIONS.get(os.path.splitext(path)[1].lower(), "sniff")


def shown(path: str) -> str:
    """A path as reports and messages show it.

    A file name that is not valid UTF-8 reaches Python with lone surrogates
    (surrogateescape), which no UTF-8 report can hold; its odd bytes are shown
    as \\xNN escapes instead, and so are control characters (an escape
    sequence in a name must not reach a terminal).  The real path is still
    used to open the file.
    """
    if not any("\ud800" <= ch <= "\udfff" for ch in path):
        return escape_controls(path)
    try:
        return escape_controls(os.fsencode(path).decode("utf-8", "backslashreplace"))
    except UnicodeError:
        return escape_controls(path)


def _from_file(path: str, input_format: str, max_bytes: int,
               defer: bool = False) -> Iterator[Loaded | InputFailure | PendingFile]:
    fmt = format_for(path, input_format)
    name = shown(path)
    if fmt == "jsonl":
        try:
            handle = open(path, "rb")
        except OSError as error:
            yield InputFailure(source=name, id=name, message=f"{name}: {error.strerror}")
            return
        with handle:
            yield from iter_batch(handle, name, max_bytes)
        return
    if defer:
        try:
            size = os.path.getsize(path)
        except OSError:
            size = 0  # load() will report it
        yield PendingFile(path=path, format=fmt, max_bytes=max_bytes, size=size)
        return
    yield from _guard(name, lambda: load_file(path, fmt, max_bytes))


def load_file(path: str, fmt: str, max_bytes: int) -> Loaded:
    name = shown(path)
    try:
        size = os.path.getsize(path)
        if size > max_bytes:
            raise InputError(f"{name}: {size} bytes exceeds max_bytes ({max_bytes})")
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as error:
        raise InputError(f"{name}: {error.strerror or error}") from None
    if len(data) > max_bytes:  # the file grew after getsize()
        raise InputError(f"{name}: file exceeds max_bytes ({max_bytes})")
    text, encoding = decode_bytes(data, name)
    return Loaded(source=name, id=name, text=text, format=sniff(text) if fmt == "sniff" else fmt,
                  encoding=encoding)


def sniff(text: str) -> str:
    return "html" if _MARKUP.match(text[:2000]) else "text"


def _from_stdin(input_format: str, max_bytes: int) -> Iterator[Loaded | InputFailure]:
    stream = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else None
    if input_format == "jsonl":
        yield from iter_batch(stream or sys.stdin, "<stdin>", max_bytes)
        return

    def load() -> Loaded:
        data = stream.read(max_bytes + 1) if stream else sys.stdin.read().encode()
        if len(data) > max_bytes:
            raise InputError(f"<stdin>: input exceeds max_bytes ({max_bytes})")
        text, encoding = decode_bytes(data, "<stdin>")
        fmt = sniff(text) if input_format == "auto" else input_format
        return Loaded(source="<stdin>", id="-", text=text, format=fmt, encoding=encoding)

    yield from _guard("<stdin>", load)


def iter_batch(handle, name: str, max_bytes: int) -> Iterator[Loaded | InputFailure]:
    """One document per JSONL line; a bad line is a per-document failure.

    Lines are read with a bound: a line longer than `max_bytes` is reported and
    skipped without ever being held in memory whole.
    """
    number = 0
    while True:
        raw = handle.readline(max_bytes + 2)
        if not raw:
            return
        number += 1
        newline = b"\n" if isinstance(raw, bytes) else "\n"
        ended = raw.endswith(newline)
        if len(raw) - ended > max_bytes:
            while raw and not raw.endswith(newline):  # drop the rest of the line
                raw = handle.readline(max_bytes + 2)
            source = f"{name}:{number}"
            yield InputFailure(source=source, id=source,
                               message=f"{source}: line exceeds max_bytes ({max_bytes})")
            continue
        line = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
        if not line.strip():
            continue
        yield _batch_item(line, f"{name}:{number}")


def _batch_item(line: str, source: str) -> Loaded | InputFailure:
    try:
        record = json.loads(line)
    except ValueError as error:
        return InputFailure(source=source, id=source, message=f"{source}: invalid JSON ({error.msg})")
    if not isinstance(record, dict):
        return InputFailure(source=source, id=source, message=f"{source}: expected a JSON object")
    doc_id = record.get("id", source)
    doc_id = escape_controls(doc_id if isinstance(doc_id, str) else json.dumps(doc_id))
    for key in BATCH_FIELDS:
        if isinstance(record.get(key), str):
            return Loaded(source=source, id=doc_id, text=normalise_text(record[key]),
                          format=_FORMAT_OF_FIELD[key])
    return InputFailure(source=source, id=doc_id,
                        message=f"{source}: needs a string field 'text', 'html' or 'markdown'")
