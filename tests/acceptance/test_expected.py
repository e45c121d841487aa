"""The bundled samples against their hand-written labels (samples/documents/expected.jsonl).

Each expectation names a sentence (by a unique substring), a field and the
value a careful editor would give.  The test reports every miss and fails
when a field's accuracy falls under its floor; floors are set from measured
accuracy and only ever raised.
"""
import json
import os
from collections import defaultdict

import pytest

from audit.api import audit_paths

HERE = os.path.join(os.path.dirname(__file__), "..", "..", "samples", "documents")
FLOORS = {"evidence_type": 0.75, "sample_size": 0.85, "commercial": 0.85, "hedged": 0.8,
          "boosted": 0.85, "claim_strength": 0.6, "genre": 0.6, "promotional": 0.8,
          "disclosed": 0.8}
SECTION_FIELDS = {"genre", "promotional", "disclosed"}


def load_expectations():
    with open(os.path.join(HERE, "expected.jsonl"), encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.fixture(scope="module")
def reports():
    names = sorted({e["doc"] for e in load_expectations()})
    paths = [os.path.join(HERE, name) for name in names]
    return dict(zip(names, audit_paths(paths)))


def locate(document, match):
    for section in document["sections"]:
        for claim in section["claims"]:
            if match in claim["text"]:
                return section, claim
    for section in document["sections"]:
        if match in section["heading"]:
            return section, None
    return None, None


def test_expected_labels(reports):
    hits, totals, misses = defaultdict(int), defaultdict(int), []
    for expectation in load_expectations():
        field, value = expectation["field"], expectation["value"]
        section, claim = locate(reports[expectation["doc"]], expectation["match"])
        if field in SECTION_FIELDS:
            actual = section[field] if section else "<no section>"
        else:
            actual = claim[field] if claim else "<no claim>"
        totals[field] += 1
        if actual == value:
            hits[field] += 1
        else:
            misses.append(f"{expectation['doc']}: {field} of {expectation['match']!r}: "
                          f"expected {value!r}, got {actual!r}")
    accuracy = {f: hits[f] / totals[f] for f in totals}
    low = {f: round(a, 3) for f, a in accuracy.items() if a < FLOORS[f]}
    assert not low, f"below floor: {low}\n" + "\n".join(misses)
