#!/usr/bin/env python3
"""Validate the blind labelled sets and print counts per label.

Checks, per file in samples/labelled/blind/:

* every line is a JSON object with exactly the keys id, text, label, register;
* ids run blind-<task>-0001, blind-<task>-0002, ... without gaps;
* labels and registers come from the public vocabularies (sample_size: a
  positive integer or null);
* no two texts in a file are the same once case, punctuation and spacing are
  ignored;
* no text is the same as any text in the development sets
  (samples/labelled/*.jsonl, every task and split);
* minimum sizes and label shares required by the brief.

It also reports (as warnings, not failures) blind items that share a run of
eight or more words with a development item, as a guard against re-used
sentence templates.  Use --strict to make those warnings fail.

    python3 samples/labelled/blind/check.py                  # validate and print counts
    python3 samples/labelled/blind/check.py --update-readme  # also refresh README tables
    python3 samples/labelled/blind/check.py --strict         # template overlap is an error

Standard library only.  Exit status 0 when every check passes.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEV_DIR = HERE.parent
README = HERE / "README.md"

REGISTERS = {"abstract", "news", "forum", "marketing", "guideline", "blog", "social"}
LABELS = {
    "hedging": ["hedged", "not_hedged"],
    "booster": ["boosted", "not_boosted"],
    "claim_strength": ["direct_causal", "conditional_causal", "correlational", "no_relationship"],
    "evidence": ["guideline", "systematic_review", "rct", "observational", "case_series",
                 "preclinical", "expert_opinion", "anecdote", "none"],
    "sample_size": None,  # positive int or null
    "commercial": ["commercial", "neutral"],
}
MIN_ITEMS = {"hedging": 150, "booster": 120, "claim_strength": 150, "evidence": 180,
             "sample_size": 150, "commercial": 150}
KEYS = {"id", "text", "label", "register"}
NGRAM = 8


def norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def words(text: str) -> list[str]:
    return norm(text).split()


def ngrams(text: str, n: int = NGRAM) -> set[tuple[str, ...]]:
    w = words(text)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


def size_stratum(v: object) -> str:
    if v is None:
        return "null"
    assert isinstance(v, int)
    if v < 100:
        return "1-99"
    if v < 1000:
        return "100-999"
    return "1000+"


def load_dev() -> tuple[dict[str, str], dict[tuple[str, ...], str]]:
    """Normalised dev texts -> 'file:id', and 8-grams -> 'file:id'."""
    texts: dict[str, str] = {}
    grams: dict[tuple[str, ...], str] = {}
    for path in sorted(DEV_DIR.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                continue
            t = rec.get("text")
            if not isinstance(t, str):
                continue
            where = f"{path.name}:{rec.get('id')}"
            texts.setdefault(norm(t), where)
            for g in ngrams(t):
                grams.setdefault(g, where)
    return texts, grams


def check_task(task: str, dev_texts, dev_grams, errors: list[str], warnings: list[str]):
    path = HERE / f"{task}.jsonl"
    if not path.exists():
        errors.append(f"{path.name}: missing")
        return []
    recs = []
    seen: dict[str, str] = {}
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: invalid JSON ({exc})")
            continue
        if not isinstance(rec, dict) or set(rec) != KEYS:
            errors.append(f"{where}: keys must be exactly {sorted(KEYS)}")
            continue
        want_id = f"blind-{task}-{len(recs) + 1:04d}"
        if rec["id"] != want_id:
            errors.append(f"{where}: id {rec['id']!r}, expected {want_id!r}")
        text = rec["text"]
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: empty text")
            continue
        label = rec["label"]
        if task == "sample_size":
            if not (label is None or (isinstance(label, int) and not isinstance(label, bool) and label > 0)):
                errors.append(f"{where}: sample_size label must be a positive integer or null")
        elif label not in LABELS[task]:
            errors.append(f"{where}: unknown label {label!r}")
        if rec["register"] not in REGISTERS:
            errors.append(f"{where}: unknown register {rec['register']!r}")
        key = norm(text)
        if key in seen:
            errors.append(f"{where}: duplicate of {seen[key]} within file")
        seen.setdefault(key, rec["id"])
        if key in dev_texts:
            errors.append(f"{where}: same text as development item {dev_texts[key]}")
        shared = [g for g in ngrams(text) if g in dev_grams]
        if shared:
            g = shared[0]
            warnings.append(f"{rec['id']}: shares {NGRAM}-word run '{' '.join(g)}' with {dev_grams[g]}")
        recs.append(rec)

    n = len(recs)
    if n < MIN_ITEMS[task]:
        errors.append(f"{path.name}: {n} items, need at least {MIN_ITEMS[task]}")
    if n:
        labels = Counter(r["label"] for r in recs)
        share = lambda lab: labels[lab] / n  # noqa: E731
        if task == "hedging":
            if not 0.35 <= share("hedged") <= 0.45:
                errors.append(f"hedging: hedged share {share('hedged'):.0%}, want about 40%")
            regs = Counter(r["register"] for r in recs)
            if regs["abstract"] / n < 0.55:
                errors.append(f"hedging: abstract share {regs['abstract'] / n:.0%}, want about 60%")
        elif task == "claim_strength":
            for lab in LABELS[task]:
                if not 0.20 <= share(lab) <= 0.30:
                    errors.append(f"claim_strength: {lab} share {share(lab):.0%} is not balanced")
        elif task == "evidence":
            for lab in LABELS[task]:
                if labels[lab] < 15:
                    errors.append(f"evidence: only {labels[lab]} items labelled {lab}, need 15")
        elif task == "sample_size":
            if not 0.35 <= share(None) <= 0.47:
                errors.append(f"sample_size: null share {share(None):.0%}, want about 40%")
        elif task == "commercial":
            if not 0.40 <= share("commercial") <= 0.50:
                errors.append(f"commercial: commercial share {share('commercial'):.0%}, want about 45%")
    return recs


def table(task: str, recs: list[dict]) -> str:
    n = len(recs)
    if task == "sample_size":
        counts = Counter(size_stratum(r["label"]) for r in recs)
        order = ["null", "1-99", "100-999", "1000+"]
        head = "| label (stratum) | items | share |"
    else:
        counts = Counter(r["label"] for r in recs)
        order = LABELS[task]
        head = "| label | items | share |"
    out = [f"**{task}.jsonl** ({n} items)", "", head, "|---|---:|---:|"]
    for lab in order:
        out.append(f"| `{lab}` | {counts[lab]} | {counts[lab] / n:.1%} |")
    out.append(f"| total | {n} | 100% |")
    regs = Counter(r["register"] for r in recs)
    out.append("")
    out.append("Registers: " + ", ".join(f"{k} {v}" for k, v in sorted(regs.items(), key=lambda kv: (-kv[1], kv[0]))) + ".")
    return "\n".join(out)


def update_readme(block: str) -> None:
    start, end = "<!-- blind:counts:start -->", "<!-- blind:counts:end -->"
    text = README.read_text(encoding="utf-8")
    if start not in text or end not in text:
        raise SystemExit("README.md has no blind:counts markers")
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
    README.write_text(f"{head}{start}\n{block}\n{end}{tail}", encoding="utf-8")


def main(argv: list[str]) -> int:
    dev_texts, dev_grams = load_dev()
    errors: list[str] = []
    warnings: list[str] = []
    blocks = []
    for task in LABELS:
        recs = check_task(task, dev_texts, dev_grams, errors, warnings)
        if recs:
            blocks.append(table(task, recs))
    block = "\n\n".join(blocks)
    print(block)
    print()
    for w in warnings:
        print("warning: " + w)
    for e in errors:
        print("error: " + e)
    if "--update-readme" in argv and not errors:
        update_readme(block)
        print("README.md counts updated")
    failed = bool(errors) or ("--strict" in argv and bool(warnings))
    print("FAILED" if failed else f"OK ({len(warnings)} warnings)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
