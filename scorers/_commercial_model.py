"""The `commercial` scorer's small linear model: native-ad tone the rules cannot list.

The rules in `scorers.commercial` find explicit selling (codes, prices, calls
to action, sponsorship lines, conflicts).  Native advertising often has none
of these: it praises a brand in a helpful tone.  This module scores a claim
with a logistic regression over

* word unigrams and bigrams of the claim, lower-cased, with brand-shaped names
  replaced by a placeholder (``brandxs`` for a possessive, CamelCase or @handle
  name, ``capx`` for any other capitalised word inside a sentence) and numbers
  by ``<num>``, so that the weights describe how brands are talked about rather
  than which invented brands the data used;
* the rule cues found in the claim (``k:<kind>`` and ``l:<label>``).

The weights live in ``scorers/_commercial_model.json``, written by
``python scorers/_train_commercial.py`` from the dev split of
``samples/labelled/commercial.jsonl`` (the script regenerates the file byte for
byte).  Inference is a sparse dot product and a logistic function: no
scikit-learn at run time.  When the file is missing or was written for another
feature layout, `shipped()` returns None and the scorer uses its rules alone.
"""
from __future__ import annotations

import json
import math
import os
import re
from functools import cache

MODEL_PATH = os.path.join(os.path.dirname(__file__), "_commercial_model.json")
MODEL_FORMAT = "credaudit-commercial/1"
FEATURE_VERSION = 1

_TOKEN = re.compile(r"brandxs|capx|\d+(?:[.,:]\d+)*|[a-z]+(?:['’][a-z]+)?|[$£€%#@!?]")


def features(text: str, brands, cues) -> dict[str, float]:
    """Binary features of one claim: masked word uni/bigrams and rule-cue kinds and labels.

    `brands` are (start, end, strong) spans of brand-shaped names in `text`;
    `cues` are the rule cues (objects with ``kind``, ``label`` and ``weight``).
    """
    pieces, at = [], 0
    for start, end, strong in brands:
        if start < at:
            continue
        pieces += [text[at:start], " brandxs " if strong else " capx "]
        at = end
    pieces.append(text[at:])
    tokens = [t if not t[0].isdigit() else "<num>"
              for t in _TOKEN.findall("".join(pieces).lower())]
    out: dict[str, float] = dict.fromkeys(["w:" + t for t in tokens], 1.0)
    out.update(dict.fromkeys([f"b:{a} {b}" for a, b in zip(tokens, tokens[1:])], 1.0))
    for cue in cues:
        if cue.weight >= 0.1:
            out["k:" + cue.kind] = 1.0
            if cue.label:
                out["l:" + cue.label] = 1.0
    return out


class Model:
    """Intercept and sparse weights of the shipped logistic regression."""

    def __init__(self, data: dict):
        if data.get("format") != MODEL_FORMAT:
            raise ValueError(f"not a commercial model (format {data.get('format')!r})")
        if data.get("feature_version") != FEATURE_VERSION:
            raise ValueError(f"model features v{data.get('feature_version')}, "
                             f"code v{FEATURE_VERSION}")
        self.intercept = float(data["intercept"])
        self.weights: dict[str, float] = {k: float(v) for k, v in data["weights"].items()}
        self.cut = float(data["decision"]["cut"])
        self.training = data.get("training", {})

    def probability(self, feats: dict[str, float]) -> float:
        z = self.intercept
        weights = self.weights
        for name, value in feats.items():
            w = weights.get(name)
            if w is not None:
                z += w * value
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))


@cache
def shipped() -> Model | None:
    """The model next to this module, loaded once; None when it is missing or unusable."""
    try:
        with open(MODEL_PATH, encoding="utf-8") as handle:
            return Model(json.load(handle))
    except (OSError, ValueError, KeyError, TypeError):
        return None
