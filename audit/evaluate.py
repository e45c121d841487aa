"""Measure credaudit against labelled data: `credaudit evaluate FILE --task TASK`.

The labelled file is JSONL, one item per line::

    {"text": "A trial of 120 adults found ...", "label": "rct"}
    {"markdown": "## Dosage\\nTake two ...", "label": "marketing", "split": "dev"}

- the item's content is under ``text`` (plain text), ``html`` or ``markdown``
  (the first present, in that order); it is audited as one document;
- ``label`` is the gold answer for the task; ``split`` (``dev`` or
  ``heldout``) is optional and selects items with ``--split``; any other key
  (``id``, ``register``, ...) is ignored.

Labels per task, and how an item with several claims or sections is reduced
to one prediction:

==============  ================================================  ==================================
task            gold label                                        prediction for the item
==============  ================================================  ==================================
genre           a genre                                           genre of the section covering the
                                                                  most characters
evidence        an evidence type                                  strongest type on the ladder over
                                                                  all claims (``none`` if no claim
                                                                  has one)
sample_size     an integer, or null                               first non-null sample size
commercial      ``commercial`` / ``neutral`` (or true / false)    commercial if any claim is
hedging         ``hedged`` / ``not_hedged`` (or true / false)     hedged if any claim is
booster         ``boosted`` / ``not_boosted`` (or true / false)   boosted if any claim is
claim_strength  a claim strength                                  strongest over all claims
==============  ================================================  ==================================

Metrics: precision, recall and F1 per label, macro-F1 (unweighted mean over
the labels that occur in the gold or the predictions), accuracy and a
confusion matrix.  Sample size is scored as in Hansen et al. (2008): a
prediction is correct only if it equals the gold value; a wrong value or a
value where the gold is null is a false positive; a gold value that is
missed or wrong is a false negative.
"""
from __future__ import annotations

import json
import os

from audit.errors import CredauditError
from audit.genre_rules import GENRES

EVIDENCE_LADDER = ("guideline", "systematic_review", "rct", "observational", "case_series",
                   "preclinical", "expert_opinion", "anecdote", "none")
CLAIM_STRENGTHS = ("no_relationship", "correlational", "conditional_causal", "direct_causal")
BINARY = {  # task: (claim field, positive label, negative label)
    "commercial": ("commercial", "commercial", "neutral"),
    "hedging": ("hedged", "hedged", "not_hedged"),
    "booster": ("boosted", "boosted", "not_boosted"),
}
TASKS = ("genre", "evidence", "sample_size", "commercial", "hedging", "booster", "claim_strength")
SPLITS = ("dev", "heldout", "all")
CONTENT_KEYS = (("text", "text"), ("html", "html"), ("markdown", "markdown"))
_TRUE = {"true", "yes", "1", "y", "t"}
_FALSE = {"false", "no", "0", "n", "f", "none", "neutral"}


def vocabulary(task: str) -> tuple[str, ...]:
    if task == "genre":
        return GENRES
    if task == "evidence":
        return EVIDENCE_LADDER
    if task == "claim_strength":
        return CLAIM_STRENGTHS
    if task in BINARY:
        return BINARY[task][1:]
    return ()


# ---------------------------------------------------------------- metrics

def _prf(tp: int, fp: int, fn: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def metrics(gold: list, predicted: list, labels: tuple | list = ()) -> dict:
    """Per-label P/R/F1, macro-F1, accuracy and a confusion matrix (rows gold, columns predicted).

    `labels` gives the order; labels outside it that occur are appended;
    labels with neither gold items nor predictions are left out.
    """
    occurring = set(gold) | set(predicted)
    order = [label for label in labels if label in occurring]
    order += sorted((label for label in occurring if label not in order), key=str)
    per_label = {}
    for label in order:
        tp = sum(1 for g, p in zip(gold, predicted) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, predicted) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, predicted) if g == label and p != label)
        per_label[label] = {**_prf(tp, fp, fn), "support": tp + fn}
    matrix = [[sum(1 for g, p in zip(gold, predicted) if g == row and p == col) for col in order]
              for row in order]
    correct = sum(1 for g, p in zip(gold, predicted) if g == p)
    return {"items": len(gold),
            "macro_f1": sum(v["f1"] for v in per_label.values()) / len(per_label) if per_label else 0.0,
            "accuracy": correct / len(gold) if gold else 0.0,
            "labels": per_label,
            "confusion": {"labels": order, "matrix": matrix}}


def value_metrics(gold: list, predicted: list) -> dict:
    """Hansen et al. (2008) scoring of an extracted value (null = nothing to extract)."""
    tp = sum(1 for g, p in zip(gold, predicted) if g is not None and p == g)
    fp = sum(1 for g, p in zip(gold, predicted) if p is not None and p != g)
    fn = sum(1 for g, p in zip(gold, predicted) if g is not None and p != g)
    scores = _prf(tp, fp, fn)
    kinds = ("null", "value")
    outcome = ("null", "correct", "wrong")

    def cell(g, p) -> tuple[str, str]:
        return ("null" if g is None else "value",
                "null" if p is None else ("correct" if p == g else "wrong"))
    matrix = [[sum(1 for g, p in zip(gold, predicted) if cell(g, p) == (row, col))
               for col in outcome] for row in kinds]
    correct = sum(1 for g, p in zip(gold, predicted) if g == p)
    return {"items": len(gold), "macro_f1": scores["f1"],
            "accuracy": correct / len(gold) if gold else 0.0,
            "labels": {"sample_size": {**scores, "support": tp + fn}},
            "counts": {"tp": tp, "fp": fp, "fn": fn},
            "confusion": {"rows": ["gold null", "gold value"],
                          "columns": ["predicted null", "predicted correct value",
                                      "predicted wrong value"],
                          "matrix": matrix}}


# ---------------------------------------------------------------- gold labels

def normalise_label(task: str, raw, where: str):
    if task == "sample_size":
        if raw is None or (isinstance(raw, str) and raw.strip().lower() in {"", "null", "none"}):
            return None
        if isinstance(raw, bool):
            raise CredauditError(f"{where}: sample_size label must be an integer or null")
        try:
            value = int(str(raw).replace(",", "").strip()) if not isinstance(raw, int) else raw
        except ValueError:
            raise CredauditError(f"{where}: sample_size label must be an integer or null, "
                                 f"not {raw!r}") from None
        return value
    if task in BINARY:
        _, positive, negative = BINARY[task]
        if isinstance(raw, bool):
            return positive if raw else negative
        text = str(raw).strip().lower() if raw is not None else "none"
        if text == positive or text in _TRUE:
            return positive
        if text == negative or text in _FALSE or text == f"not_{positive}":
            return negative
        raise CredauditError(f"{where}: label {raw!r} is not one of {positive}, {negative}, "
                             "true, false")
    allowed = vocabulary(task)
    if not isinstance(raw, str) or raw not in allowed:
        raise CredauditError(f"{where}: label {raw!r} is not one of {', '.join(allowed)}")
    return raw


def read_items(path: str, task: str, split: str = "all") -> list[dict]:
    """The items of a labelled JSONL file for one task and split, with normalised gold labels."""
    if task not in TASKS:
        raise CredauditError(f"unknown task {task!r} (choose from {', '.join(TASKS)})")
    if split not in SPLITS:
        raise CredauditError(f"unknown split {split!r} (choose from {', '.join(SPLITS)})")
    if not os.path.isfile(path):
        raise CredauditError(f"{path}: no such file")
    items = []
    try:
        with open(path, encoding="utf-8") as handle:
            lines = list(handle)
    except (OSError, UnicodeDecodeError) as error:
        raise CredauditError(f"{path}: cannot read ({error})") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except ValueError as error:
            raise CredauditError(f"{where}: invalid JSON ({error.msg})") from None
        if not isinstance(record, dict):
            raise CredauditError(f"{where}: expected a JSON object")
        if split != "all" and record.get("split") != split:
            continue
        content = next(((key, fmt) for key, fmt in CONTENT_KEYS
                        if isinstance(record.get(key), str)), None)
        if content is None:
            raise CredauditError(f"{where}: needs a string field 'text', 'html' or 'markdown'")
        if "label" not in record:
            raise CredauditError(f"{where}: no 'label'")
        items.append({"where": where, "content": record[content[0]], "format": content[1],
                      "gold": normalise_label(task, record["label"], where)})
    if not items:
        raise CredauditError(f"{path}: no items" + (f" in split {split!r}" if split != "all" else ""))
    return items


# ---------------------------------------------------------------- predictions

def predict(task: str, report: dict):
    """Reduce one audited document (report dict) to the task's prediction."""
    sections = report.get("sections") or []
    claims = [c for s in sections for c in s["claims"]]
    if task == "genre":
        if not sections:
            return "other"
        return max(sections, key=lambda s: (s["end"] - s["start"], -sections.index(s)))["genre"]
    if task == "evidence":
        found = {c["evidence_type"] for c in claims}
        return next((e for e in EVIDENCE_LADDER if e in found and e != "none"), "none")
    if task == "claim_strength":
        found = {c["claim_strength"] for c in claims}
        return next((s for s in reversed(CLAIM_STRENGTHS) if s in found), "no_relationship")
    if task == "sample_size":
        return next((c["sample_size"] for c in claims if c["sample_size"] is not None), None)
    field, positive, negative = BINARY[task]
    return positive if any(c[field] for c in claims) else negative


def evaluate(path: str, task: str, split: str = "all") -> dict:
    from audit.api import audit_text
    from audit.pipeline import ScorerCrash
    items = read_items(path, task, split)
    gold, predicted = [], []
    for item in items:
        try:
            report = audit_text(item["content"], fmt=item["format"], source=item["where"])
        except ScorerCrash as crash:
            raise CredauditError(f"{item['where']}: {crash}") from None
        if report.get("error"):
            raise CredauditError(report["error"])
        gold.append(item["gold"])
        predicted.append(predict(task, report))
    if task == "sample_size":
        result = value_metrics(gold, predicted)
    else:
        result = metrics(gold, predicted, vocabulary(task))
    return {"file": path, "task": task, "split": split, **result}


# ---------------------------------------------------------------- output

def _round_all(value, digits: int = 4):
    if isinstance(value, float):
        return round(value, digits)
    if isinstance(value, dict):
        return {k: _round_all(v, digits) for k, v in value.items()}
    if isinstance(value, list):
        return [_round_all(v, digits) for v in value]
    return value


def as_json(result: dict) -> str:
    return json.dumps(_round_all(result), indent=2, sort_keys=False)


def as_text(result: dict) -> str:
    lines = []
    head = f"task: {result['task']}    items: {result['items']}"
    if "split" in result:
        head += f"    split: {result['split']}"
    if "file" in result:
        head += f"    file: {result['file']}"
    if "documents" in result:
        head += f"    documents: {result['documents']}    folds: {result['folds']}"
    lines.append(head)
    lines.append("")
    width = max([len("label")] + [len(str(k)) for k in result["labels"]])
    lines.append(f"{'label':<{width}}  precision  recall     f1  support")
    for label, row in result["labels"].items():
        lines.append(f"{label!s:<{width}}  {row['precision']:9.3f}  {row['recall']:6.3f}  "
                     f"{row['f1']:5.3f}  {row['support']:7d}")
    lines.append("")
    lines.append(f"macro-F1  {result['macro_f1']:.3f}    accuracy  {result['accuracy']:.3f}")
    if "counts" in result:
        c = result["counts"]
        lines.append(f"tp {c['tp']}  fp {c['fp']}  fn {c['fn']}")
    lines.append("")
    confusion = result["confusion"]
    if "columns" in confusion:
        lines.append("confusion (rows: gold; columns: " + ", ".join(confusion["columns"]) + ")")
        rows = confusion["rows"]
        cols = [str(n + 1) for n in range(len(confusion["columns"]))]
    else:
        lines.append("confusion matrix (rows: gold, columns: predicted, numbered as the rows)")
        rows = [f"{n + 1} {label}" for n, label in enumerate(confusion["labels"])]
        cols = [str(n + 1) for n in range(len(rows))]
    rw = max(len(r) for r in rows) if rows else 0
    cw = max([3] + [len(str(v)) for row in confusion["matrix"] for v in row])
    lines.append(" " * rw + "  " + " ".join(f"{c:>{cw}}" for c in cols))
    for name, row in zip(rows, confusion["matrix"]):
        lines.append(f"{name:<{rw}}  " + " ".join(f"{v:>{cw}}" for v in row))
    return "\n".join(lines)
