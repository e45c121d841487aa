"""The section genre model: a multinomial logistic regression shipped as JSON.

`shipped_model()` loads ``audit/data/genre_model.json`` once and returns a
`GenreModel`; the pipeline calls ``model.predict(section, text, cues)`` and
gets ``(genre, confidence)``.  Inference is pure Python (a sparse dot
product and a softmax with the calibration temperature), so an audit never
imports scikit-learn; `audit/train.py` writes the file and
`credaudit train` reproduces it byte for byte.  See docs/genre.md.

If the JSON is missing or was written for another feature layout,
`shipped_model()` returns None and the pipeline falls back to the rules in
`audit/genre_rules.py`.
"""
from __future__ import annotations

import json
import math
import os
from functools import cache
from itertools import compress

from audit.features import FEATURE_VERSION, section_features

MODEL_PATH = os.path.join(os.path.dirname(__file__), "data", "genre_model.json")
MODEL_FORMAT = "credaudit-genre/1"
SLOTS = 7  # classes a model may have: one per genre (see `GenreModel.scores`)


class GenreModel:
    """Weights, intercepts and calibration of a trained genre model."""

    def __init__(self, data: dict):
        if data.get("format") != MODEL_FORMAT:
            raise ValueError(f"not a genre model (format {data.get('format')!r})")
        spec = data["features"]
        if spec.get("version") != FEATURE_VERSION:
            raise ValueError(f"model features v{spec.get('version')}, code v{FEATURE_VERSION}")
        self.classes: list[str] = list(data["classes"])
        intercepts = [float(v) for v in data["intercepts"]]
        weights: dict[str, list[float]] = data["weights"]
        if len(self.classes) > SLOTS or len(intercepts) != len(self.classes) \
                or any(len(row) != len(self.classes) for row in weights.values()):
            raise ValueError("genre model shapes do not match its classes")
        # rows and intercepts padded with zeros to SLOTS classes, for `scores`
        padding = (0.0,) * (SLOTS - len(self.classes))
        self._rows = {name: (*row, *padding) for name, row in weights.items()}
        self._intercepts = (*intercepts, *padding)
        self.temperature: float = float(data["calibration"]["temperature"])
        self.spec = spec
        self.training = data.get("training", {})

    @classmethod
    def load(cls, path: str) -> "GenreModel":
        with open(path, encoding="utf-8") as handle:
            return cls(json.load(handle))

    def scores(self, features: dict[str, float]) -> list[float]:
        """Intercept plus value * weight of every known, non-zero feature, in `features` order.

        One local variable per class slot (padded slots have zero weights and are dropped):
        the same additions in the same order as a loop over features then classes, so the
        same logits to the last bit, without the inner loop.
        """
        rows = list(map(self._rows.get, features))
        values = list(features.values())
        if None in rows:  # names the model does not know: drop them with their values
            values = [v for r, v in zip(rows, values) if r is not None]
            rows = [r for r in rows if r is not None]
        l0, l1, l2, l3, l4, l5, l6 = self._intercepts
        for value, (w0, w1, w2, w3, w4, w5, w6) in zip(compress(values, values),
                                                       compress(rows, values)):
            l0 += value * w0
            l1 += value * w1
            l2 += value * w2
            l3 += value * w3
            l4 += value * w4
            l5 += value * w5
            l6 += value * w6
        return [l0, l1, l2, l3, l4, l5, l6][:len(self.classes)]

    def probabilities(self, section, text: str, cues: dict[str, float]) -> dict[str, float]:
        logits = self.scores(section_features(section, text, cues, self.spec))
        top = max(logits)
        exps = [math.exp((v - top) / self.temperature) for v in logits]
        total = math.fsum(exps)  # exactly rounded: the same on every Python version
        return {genre: e / total for genre, e in zip(self.classes, exps)}

    def predict(self, section, text: str, cues: dict[str, float]) -> tuple[str, float]:
        probabilities = self.probabilities(section, text, cues)
        genre = max(self.classes, key=lambda g: probabilities[g])  # ties: first class
        return genre, probabilities[genre]


@cache
def shipped_model() -> GenreModel | None:
    """The model shipped with credaudit, loaded once; None (rules) if unusable."""
    try:
        return GenreModel.load(MODEL_PATH)
    except (OSError, ValueError, KeyError, TypeError):
        return None
