"""Train the `commercial` scorer's native-ad model and write scorers/_commercial_model.json.

    python scorers/_train_commercial.py            # cross-validate, then write the model
    python scorers/_train_commercial.py --check    # fail if the file on disk differs
    python scorers/_train_commercial.py --cv-only  # print the cross-validated figures only

Data: the ``dev`` split of ``samples/labelled/commercial.jsonl`` (never the
held-out split).  Each item is scored by the scorer's rules as one claim; its
features are those of `scorers._commercial_model.features` (masked word uni-
and bigrams plus the rule cues).  Features seen in fewer than `MIN_DF` items
are dropped.  The model is scikit-learn's LogisticRegression (L2, liblinear,
balanced class weights, fixed C), fitted on the whole dev split after a
stratified 5-fold cross-validation whose out-of-fold figures are printed and
stored in the file.  Weights are rounded to `DIGITS` decimals and written
with sorted keys, so a rerun on the same data gives the same bytes.

scikit-learn is needed here only; audits read the JSON in pure Python.
"""
from __future__ import annotations

import argparse
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

from scorers import commercial  # noqa: E402
from scorers._base import ClaimContext  # noqa: E402
from scorers._commercial_copy import brand_names  # noqa: E402
from scorers._commercial_model import (  # noqa: E402
    FEATURE_VERSION, MODEL_FORMAT, MODEL_PATH, features)

DATA = os.path.join(ROOT, "samples", "labelled", "commercial.jsonl")
C = 0.3
MIN_DF = 2
FOLDS = 5
SEED = 0
CUT = 0.65  # the model's probability at which it adds a native_ad cue
DIGITS = 4


def load(path: str = DATA) -> list[dict]:
    items = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            record = json.loads(line)
            if record.get("split") != "dev":
                continue
            text = record["text"]
            cues = commercial.rule_cues(text, ClaimContext())
            brands = brand_names(text)
            items.append({"id": record["id"], "text": text, "gold": record["label"] == "commercial",
                          "rules": commercial._combine(cues) if cues else 0.0,
                          "gate": commercial.model_gate(text, cues),
                          "features": features(text, brands, cues)})
    return items


def _columns(items: list[dict]) -> list[str]:
    counts: dict[str, int] = {}
    for item in items:
        for name in item["features"]:
            counts[name] = counts.get(name, 0) + 1
    return sorted(name for name, n in counts.items() if n >= MIN_DF)


def _fit(items: list[dict], c: float = C):
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    columns = _columns(items)
    index = {name: j for j, name in enumerate(columns)}
    matrix = np.zeros((len(items), len(columns)))
    for i, item in enumerate(items):
        for name, value in item["features"].items():
            if name in index:
                matrix[i, index[name]] = value
    model = LogisticRegression(C=c, solver="liblinear", class_weight="balanced", max_iter=1000,
                               random_state=SEED)
    model.fit(matrix, [int(item["gold"]) for item in items])
    weights = {name: float(w) for name, w in zip(columns, model.coef_[0])}
    return float(model.intercept_[0]), weights


def _probability(intercept: float, weights: dict, feats: dict) -> float:
    import math
    z = intercept + sum(weights.get(k, 0.0) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-z))


def _prf(gold: list[bool], pred: list[bool]) -> dict:
    tp = sum(g and p for g, p in zip(gold, pred))
    fp = sum(p and not g for g, p in zip(gold, pred))
    fn = sum(g and not p for g, p in zip(gold, pred))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    # macro-F1 over both classes, as `credaudit evaluate` reports it
    tn = sum(not g and not p for g, p in zip(gold, pred))
    p_neg = tn / (tn + fn) if tn + fn else 0.0
    r_neg = tn / (tn + fp) if tn + fp else 0.0
    f1_neg = 2 * p_neg * r_neg / (p_neg + r_neg) if p_neg + r_neg else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "macro_f1": round((f1 + f1_neg) / 2, 4)}


def cross_validate(items: list[dict], c: float = C, cut: float = CUT) -> dict:
    """Out-of-fold figures for the model alone and for rules + model as the scorer combines them."""
    from sklearn.model_selection import StratifiedKFold
    folds = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=SEED)
    gold = [item["gold"] for item in items]
    probability = [0.0] * len(items)
    for train, test in folds.split(items, gold):
        intercept, weights = _fit([items[i] for i in train], c)
        for i in test:
            probability[i] = _probability(intercept, weights, items[i]["features"])
    rules = [item["rules"] >= 0.5 for item in items]
    model = [p >= 0.5 for p in probability]
    combined = []
    for item, p in zip(items, probability):
        value = item["rules"]
        if value < 0.5 and item["gate"] and p >= cut:
            value = 1 - (1 - value) * (1 - p)
        combined.append(value >= 0.5)
    return {"folds": FOLDS, "items": len(items), "rules": _prf(gold, rules),
            "model": _prf(gold, model), "rules+model": _prf(gold, combined),
            "out_of_fold": probability}


def train(path: str = DATA) -> dict:
    import sklearn
    items = load(path)
    report = cross_validate(items)
    intercept, weights = _fit(items)
    kept = {k: round(w, DIGITS) for k, w in sorted(weights.items()) if round(w, DIGITS) != 0}
    return {
        "format": MODEL_FORMAT,
        "feature_version": FEATURE_VERSION,
        "intercept": round(intercept, DIGITS),
        "weights": kept,
        "decision": {"cut": CUT, "gate": "rule score >= 0.25, a sentence of 4+ words"},
        "training": {
            "data": "samples/labelled/commercial.jsonl, split dev",
            "items": len(items), "commercial": sum(i["gold"] for i in items),
            "model": "LogisticRegression (L2, liblinear, class_weight=balanced)", "C": C,
            "min_df": MIN_DF, "sklearn": sklearn.__version__,
            "cv": {"method": f"StratifiedKFold({FOLDS}, shuffle, seed {SEED})",
                   **{k: report[k] for k in ("rules", "model", "rules+model")}},
        },
    }


def dump(model: dict) -> str:
    return json.dumps(model, sort_keys=True, indent=0, ensure_ascii=True) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the file on disk")
    parser.add_argument("--cv-only", action="store_true", help="print CV figures, write nothing")
    args = parser.parse_args(argv)
    if args.cv_only:
        report = cross_validate(load())
        report.pop("out_of_fold")
        print(json.dumps(report, indent=2))
        return 0
    text = dump(train())
    if args.check:
        with open(MODEL_PATH, encoding="utf-8") as handle:
            same = handle.read() == text
        print("model file is up to date" if same else "model file differs from a fresh training")
        return 0 if same else 1
    with open(MODEL_PATH, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    print(json.dumps(json.loads(text)["training"]["cv"], indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
