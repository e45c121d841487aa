"""`-f json`: the whole report as one JSON document (schema `credaudit/1`).

Deterministic: keys keep the order the pipeline gives them, floats are
rounded at the source, no timestamps, `ensure_ascii=False`, two-space
indentation, a trailing newline.  Documents are written as they arrive, so
memory does not grow with a lazy batch.
"""
from __future__ import annotations

import json
from typing import TextIO


def render(report: dict, out: TextIO) -> None:
    head = {k: v for k, v in report.items() if k != "documents"}
    out.write("{\n")
    for key, value in head.items():
        out.write(f"  {json.dumps(key)}: {_indented(value)},\n")
    out.write('  "documents": [')
    first = True
    for document in report["documents"]:
        out.write("\n    " if first else ",\n    ")
        out.write(_indented(document, 4))
        first = False
    out.write("\n  ]\n}\n" if not first else "]\n}\n")


def _indented(value, depth: int = 2) -> str:
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return text.replace("\n", "\n" + " " * depth)
