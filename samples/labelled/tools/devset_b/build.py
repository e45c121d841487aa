#!/usr/bin/env python3
"""Build the labelled development sets from the hand-written sources in src/.

Each source line is ``label|register|text``; ``#`` lines and blank lines are
skipped.  For every task this script

* checks labels, registers and texts (no empty text, no duplicates),
* numbers the items ``<stem>-0001``, ``<stem>-0002``, ... in source order,
* marks about 30% of each stratum ``heldout`` and the rest ``dev``,
* writes ``samples/labelled/<stem>.jsonl`` (one JSON object per line).

The split is fixed: within a stratum, items are ranked by the SHA-256 of
``SEED + text`` and the first round(0.3 * n) are held out.  Because the rank
depends only on an item's own text, adding an item later moves at most a
few others between splits.

Usage:  python3 samples/labelled/tools/devset_b/build.py [--check]
        --check  build in memory and compare with the files on disk
                 (exit status 1 if they differ).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
OUT = HERE.parent.parent  # samples/labelled/

SEED = "credaudit-devset-v1"
HELDOUT_SHARE = 0.30

REGISTERS = {"abstract", "news", "forum", "marketing", "guideline", "blog", "social"}
EVIDENCE = ["guideline", "systematic_review", "rct", "observational", "case_series",
            "preclinical", "expert_opinion", "anecdote", "none"]
COMMERCIAL = ["commercial", "neutral"]


def parse_evidence(raw: str):
    if raw not in EVIDENCE:
        raise ValueError(f"unknown evidence label {raw!r}")
    return raw


def parse_commercial(raw: str):
    if raw not in COMMERCIAL:
        raise ValueError(f"unknown commercial label {raw!r}")
    return raw


def parse_sample_size(raw: str):
    if raw == "null":
        return None
    value = int(raw)
    if value < 1:
        raise ValueError(f"sample size must be positive, got {value}")
    return value


def size_stratum(label):
    """Strata for the integer task: null, then order of magnitude."""
    if label is None:
        return "null"
    if label < 100:
        return "1-99"
    if label < 1000:
        return "100-999"
    return "1000+"


TASKS = {
    "evidence": (parse_evidence, lambda label: label),
    "sample_size": (parse_sample_size, size_stratum),
    "commercial": (parse_commercial, lambda label: label),
}


def normalise(text: str) -> str:
    return " ".join(text.lower().split())


def read_source(stem: str):
    parse, _ = TASKS[stem]
    items, errors, seen = [], [], {}
    path = SRC / f"{stem}.txt"
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = line.split("|", 2)
        if len(parts) != 3:
            errors.append(f"{path.name}:{lineno}: expected label|register|text")
            continue
        raw_label, register, text = (p.strip() for p in parts)
        try:
            label = parse(raw_label)
        except ValueError as exc:
            errors.append(f"{path.name}:{lineno}: {exc}")
            continue
        if register not in REGISTERS:
            errors.append(f"{path.name}:{lineno}: unknown register {register!r}")
        if len(text) < 10:
            errors.append(f"{path.name}:{lineno}: text too short")
        key = normalise(text)
        if key in seen:
            errors.append(f"{path.name}:{lineno}: duplicate of line {seen[key]}")
        seen[key] = lineno
        items.append({"text": text, "label": label, "register": register})
    return items, errors


def assign(stem: str, items: list[dict]) -> list[dict]:
    _, stratum_of = TASKS[stem]
    strata: dict[str, list[int]] = {}
    for index, item in enumerate(items):
        strata.setdefault(str(stratum_of(item["label"])), []).append(index)
    heldout: set[int] = set()
    for indices in strata.values():
        ranked = sorted(indices, key=lambda i: hashlib.sha256(
            (SEED + "\n" + items[i]["text"]).encode("utf-8")).hexdigest())
        heldout.update(ranked[:round(HELDOUT_SHARE * len(indices))])
    out = []
    for index, item in enumerate(items):
        out.append({
            "id": f"{stem}-{index + 1:04d}",
            "text": item["text"],
            "label": item["label"],
            "split": "heldout" if index in heldout else "dev",
            "register": item["register"],
        })
    return out


def render(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true",
                    help="compare with the files on disk instead of writing")
    args = ap.parse_args(argv)
    status = 0
    for stem in TASKS:
        items, errors = read_source(stem)
        for err in errors:
            print(err, file=sys.stderr)
        if errors:
            status = 1
            continue
        text = render(assign(stem, items))
        target = OUT / f"{stem}.jsonl"
        if args.check:
            current = target.read_text(encoding="utf-8") if target.exists() else ""
            if current != text:
                print(f"{target.name}: out of date; run build.py", file=sys.stderr)
                status = 1
        else:
            target.write_text(text, encoding="utf-8")
            print(f"wrote {target} ({len(items)} items)")
    return status


if __name__ == "__main__":
    sys.exit(main())
