#!/usr/bin/env python3
"""Build the blind JSONL sets from the plain-text sources in ``src/``.

Each source line is ``label|register|text`` (blank lines and lines starting
with ``#`` are ignored; only the first two ``|`` separate fields, so the text
itself may contain ``|``).  For ``sample_size`` the label is a positive integer
or ``null``.

Items are written in a fixed pseudo-random order (SHA-256 of a salted text), so
labels are interleaved and the order carries no information about the label.
Ids are ``blind-<task>-NNNN``.

    python3 samples/labelled/blind/build.py          # write the six .jsonl files
    python3 samples/labelled/blind/build.py --check  # fail if a .jsonl file is stale

Standard library only.
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
TASKS = ("hedging", "booster", "claim_strength", "evidence", "sample_size", "commercial")
SALT = "credaudit-blind-v1\n"


def parse_source(task: str) -> list[dict]:
    items = []
    path = SRC / f"{task}.txt"
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split("|", 2)
        if len(parts) != 3:
            raise SystemExit(f"{path}:{lineno}: expected label|register|text")
        label, register, text = (p.strip() for p in parts)
        if task == "sample_size":
            if label == "null":
                value: object = None
            elif label.isdigit() and int(label) > 0:
                value = int(label)
            else:
                raise SystemExit(f"{path}:{lineno}: bad sample size label {label!r}")
        else:
            value = label
        items.append({"text": text, "label": value, "register": register})
    return items


def render(task: str) -> str:
    items = parse_source(task)
    items.sort(key=lambda it: hashlib.sha256((SALT + it["text"]).encode("utf-8")).hexdigest())
    lines = []
    for n, it in enumerate(items, 1):
        rec = {"id": f"blind-{task}-{n:04d}", "text": it["text"], "label": it["label"],
               "register": it["register"]}
        lines.append(json.dumps(rec, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for task in TASKS:
        out = HERE / f"{task}.jsonl"
        content = render(task)
        if check:
            if not out.exists() or out.read_text(encoding="utf-8") != content:
                stale.append(out.name)
        else:
            out.write_text(content, encoding="utf-8")
            print(f"wrote {out.relative_to(HERE.parent.parent.parent)} ({content.count(chr(10))} items)")
    if check:
        if stale:
            print("stale: " + ", ".join(stale) + " (run build.py)")
            return 1
        print("all blind .jsonl files match src/")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
