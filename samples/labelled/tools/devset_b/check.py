#!/usr/bin/env python3
"""Validate the labelled JSONL files and print counts per label and split.

Checks every line of evidence.jsonl, sample_size.jsonl and commercial.jsonl:
valid JSON, exactly the keys id/text/label/split/register, ids of the form
``<stem>-NNNN`` in order, labels from the task's vocabulary, no duplicate
texts, and a held-out share between 25% and 35% for every stratum.

Usage:  python3 samples/labelled/tools/devset_b/check.py             # validate + table
        python3 samples/labelled/tools/devset_b/check.py --markdown  # tables for README
        python3 samples/labelled/tools/devset_b/check.py --derived   # sample sizes whose
                                                            # number is not in the text
        python3 samples/labelled/tools/devset_b/check.py --update-readme
            rewrites the block between the devset_b:counts markers in README.md
Exit status 1 if any check fails.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build import COMMERCIAL, EVIDENCE, OUT, REGISTERS, size_stratum  # noqa: E402

KEYS = {"id", "text", "label", "split", "register"}
LABELS = {
    "evidence": lambda v: isinstance(v, str) and v in EVIDENCE,
    "commercial": lambda v: isinstance(v, str) and v in COMMERCIAL,
    "sample_size": lambda v: v is None or (isinstance(v, int) and not isinstance(v, bool) and v > 0),
}
ORDER = {"evidence": EVIDENCE, "commercial": COMMERCIAL,
         "sample_size": ["null", "1-99", "100-999", "1000+"]}


def stratum(stem, label):
    return size_stratum(label) if stem == "sample_size" else label


def load(stem):
    path = OUT / f"{stem}.jsonl"
    records, errors = [], []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: bad JSON ({exc})")
            continue
        if not isinstance(rec, dict) or set(rec) != KEYS:
            errors.append(f"{where}: keys must be exactly {sorted(KEYS)}")
            continue
        if rec["id"] != f"{stem}-{lineno:04d}":
            errors.append(f"{where}: id {rec['id']!r} out of sequence")
        if not isinstance(rec["text"], str) or not rec["text"].strip():
            errors.append(f"{where}: empty text")
        if not LABELS[stem](rec["label"]):
            errors.append(f"{where}: bad label {rec['label']!r}")
        if rec["split"] not in ("dev", "heldout"):
            errors.append(f"{where}: bad split {rec['split']!r}")
        if rec["register"] not in REGISTERS:
            errors.append(f"{where}: bad register {rec['register']!r}")
        records.append(rec)
    seen = {}
    for rec in records:
        key = " ".join(str(rec["text"]).lower().split())
        if key in seen:
            errors.append(f"{path.name}: {rec['id']} duplicates {seen[key]}")
        seen[key] = rec["id"]
    return records, errors


def table(stem, records, markdown):
    counts = Counter((str(stratum(stem, r["label"])), r["split"]) for r in records)
    head = "label" if stem != "sample_size" else "label (stratum)"
    rows = [(s, counts[(s, "dev")], counts[(s, "heldout")]) for s in ORDER[stem]]
    rows.append(("total", sum(r[1] for r in rows), sum(r[2] for r in rows)))
    lines = []
    if markdown:
        lines += [f"| {head} | dev | heldout | total |", "|---|---:|---:|---:|"]
        lines += [f"| {s} | {d} | {h} | {d + h} |" for s, d, h in rows]
    else:
        lines.append(f"{stem}:")
        lines += [f"  {s:<18} dev {d:>4}  heldout {h:>4}  total {d + h:>4}" for s, d, h in rows]
    return "\n".join(lines)


def split_errors(stem, records):
    errors = []
    groups = Counter(str(stratum(stem, r["label"])) for r in records)
    held = Counter(str(stratum(stem, r["label"])) for r in records if r["split"] == "heldout")
    for s, n in groups.items():
        share = held[s] / n
        if not 0.25 <= share <= 0.35:
            errors.append(f"{stem}: stratum {s} has {share:.0%} heldout")
    return errors


def number_forms(n):
    return {str(n), f"{n:,}", f"{n:,}".replace(",", " ")}


def derived(records):
    """Sample-size items whose label does not appear verbatim as a number."""
    out = []
    for r in records:
        if r["label"] is None:
            continue
        nums = set(re.findall(r"\d{1,3}(?:[, ]\d{3})+(?!\d)|\d+", r["text"]))
        if not nums & number_forms(r["label"]):
            out.append(f"  {r['id']}  {r['label']:>8}  {r['text']}")
    return out


START = "<!-- devset_b:counts:start -->"
END = "<!-- devset_b:counts:end -->"


def markdown_block(stem, records):
    out = [f"**{stem}.jsonl** ({len(records)} items)", "", table(stem, records, True), ""]
    if stem == "sample_size":
        n_null = sum(r["label"] is None for r in records)
        out += [f"Null share: {n_null}/{len(records)} = {n_null / len(records):.0%}.", ""]
    regs = Counter(r["register"] for r in records)
    out += ["Registers: " + ", ".join(f"{k} {v}" for k, v in sorted(regs.items())) + ".", ""]
    return "\n".join(out)


def update_readme(block):
    path = OUT / "README.md"
    text = path.read_text(encoding="utf-8")
    if START not in text or END not in text:
        raise SystemExit(f"{path}: counts markers not found")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    path.write_text(head + START + "\n" + block + END + tail, encoding="utf-8")
    print(f"updated counts in {path}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--markdown", action="store_true", help="print the count tables as Markdown")
    ap.add_argument("--derived", action="store_true", help="list derived sample sizes")
    ap.add_argument("--update-readme", action="store_true", help="refresh the README count block")
    args = ap.parse_args(argv)
    status = 0
    blocks = []
    for stem in ("evidence", "sample_size", "commercial"):
        records, errors = load(stem)
        errors += split_errors(stem, records)
        for err in errors:
            print(err, file=sys.stderr)
        status |= bool(errors)
        blocks.append(markdown_block(stem, records))
        if args.markdown:
            print(blocks[-1])
        elif not args.update_readme:
            print(table(stem, records, False))
        if args.derived and stem == "sample_size":
            print("sample sizes not written as a single number in the text:")
            print("\n".join(derived(records)))
    if args.update_readme:
        if status:
            print("not updating README: fix the errors first", file=sys.stderr)
        else:
            update_readme("\n".join(blocks))
    if not status and not (args.markdown or args.update_readme):
        print("all checks passed")
    return status


if __name__ == "__main__":
    sys.exit(main())
