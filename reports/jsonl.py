"""`-f jsonl`: one document report per line, in input order, streaming.

Each line is a complete document object (as in the `documents` array of
`-f json`) with two extra keys, `schema` and `tool`, so every line stands
alone.  Memory stays flat however many documents a batch holds.
"""
from __future__ import annotations

import json
from typing import TextIO


def render(report: dict, out: TextIO) -> None:
    stamp = {"schema": report["schema"], "tool": report["tool"]}
    for document in report["documents"]:
        out.write(json.dumps({**stamp, **document}, ensure_ascii=False, separators=(",", ":")))
        out.write("\n")
