"""`-f jsonl`: one document report per line, in input order, streaming.

Each line is a complete document object (as in the `documents` array of
`-f json`) with two extra keys, `schema` and `tool`, so every line stands
alone.  Memory stays flat however many documents a batch holds.
"""
from __future__ import annotations

import json
from typing import TextIO


class EncodedDocument(dict):
    """A document whose line a `--jobs` worker already wrote with `document_line`.

    With `-f jsonl` and `--jobs` (or Dask), each worker encodes its own
    documents, so the main process only copies lines instead of receiving,
    rebuilding and re-encoding every report.  The dict itself holds only the
    fields read while streaming (`source`, `id`, `error`); `line` is the whole
    document, byte for byte what `document_line` gives for it.
    """

    line: str


def document_line(stamp: dict, document: dict) -> str:
    """One document as its JSONL line (no newline)."""
    return json.dumps({**stamp, **document}, ensure_ascii=False, separators=(",", ":"))


def render(report: dict, out: TextIO) -> None:
    stamp = {"schema": report["schema"], "tool": report["tool"]}
    for document in report["documents"]:
        if isinstance(document, EncodedDocument):
            out.write(document.line)
        else:
            out.write(document_line(stamp, document))
        out.write("\n")
