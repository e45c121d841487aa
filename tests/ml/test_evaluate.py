"""`credaudit evaluate`: metrics checked against hand-computed figures.

The pipeline is replaced by a fake `audit_text` for the exact-number tests,
so the figures depend only on the metric code, not on the scorers.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from audit import evaluate as ev
from audit.cli import main
from audit.errors import CredauditError

FIXTURES = Path(__file__).parent / "fixtures"


def _section(genre, start, end, claims=()):
    return {"genre": genre, "start": start, "end": end, "claims": list(claims)}


def _claim(**fields):
    base = {"evidence_type": "none", "sample_size": None, "hedged": False, "boosted": False,
            "claim_strength": "no_relationship", "commercial": False}
    base.update(fields)
    return base


# what the fake pipeline "finds" in each fixture item, keyed by the item's content
FAKE_GENRE = {
    "one": [_section("news", 0, 50)],
    "two": [_section("news", 0, 10), _section("marketing", 12, 90)],  # longest section wins
    "three": [_section("marketing", 0, 40)],
    "four": [_section("boilerplate", 0, 5)],
    "five": [_section("news", 0, 30), _section("boilerplate", 31, 40)],
}
FAKE_SIZE = {
    "a": [_section("research", 0, 9, [_claim(), _claim(sample_size=120), _claim(sample_size=7)])],
    "b": [_section("research", 0, 9, [_claim()])],
    "c": [_section("research", 0, 9, [_claim()])],
    "d": [_section("research", 0, 9, [_claim(sample_size=50)])],
    "e": [_section("research", 0, 9, [_claim(sample_size=30)])],
}


@pytest.fixture
def fake_pipeline(monkeypatch):
    calls = []

    def fake_audit_text(text, fmt="text", source="<string>", **_):
        calls.append((text, fmt))
        table = FAKE_GENRE if text in FAKE_GENRE else FAKE_SIZE
        return {"error": None, "sections": table[text]}

    monkeypatch.setattr("audit.api.audit_text", fake_audit_text)
    return calls


def test_genre_metrics_hand_computed(fake_pipeline):
    result = ev.evaluate(str(FIXTURES / "genre_tiny.jsonl"), "genre")
    # gold: news news marketing boilerplate boilerplate
    # pred: news marketing marketing boilerplate news
    labels = result["labels"]
    assert list(labels) == ["news", "marketing", "boilerplate"]
    assert labels["news"] == pytest.approx({"precision": 0.5, "recall": 0.5, "f1": 0.5,
                                            "support": 2})
    assert labels["marketing"] == pytest.approx({"precision": 0.5, "recall": 1.0, "f1": 2 / 3,
                                                 "support": 1})
    assert labels["boilerplate"] == pytest.approx({"precision": 1.0, "recall": 0.5, "f1": 2 / 3,
                                                   "support": 2})
    assert result["macro_f1"] == pytest.approx((0.5 + 2 / 3 + 2 / 3) / 3)
    assert result["accuracy"] == pytest.approx(0.6)
    assert result["confusion"] == {"labels": ["news", "marketing", "boilerplate"],
                                   "matrix": [[1, 1, 0], [0, 1, 0], [1, 0, 1]]}
    # the markdown item was audited as Markdown
    assert ("five", "markdown") in fake_pipeline


def test_split_selects_items(fake_pipeline):
    dev = ev.evaluate(str(FIXTURES / "genre_tiny.jsonl"), "genre", "dev")
    assert dev["items"] == 3
    assert dev["labels"]["news"] == pytest.approx({"precision": 1.0, "recall": 0.5, "f1": 2 / 3,
                                                   "support": 2})
    held = ev.evaluate(str(FIXTURES / "genre_tiny.jsonl"), "genre", "heldout")
    assert held["items"] == 2 and held["accuracy"] == pytest.approx(0.5)


def test_sample_size_scored_as_hansen(fake_pipeline):
    result = ev.evaluate(str(FIXTURES / "sample_size_tiny.jsonl"), "sample_size")
    # a: 120/120 TP; b: gold 40, none found FN; c: null/null nothing;
    # d: gold null, 50 found FP; e: gold 300, 30 found FP and FN
    assert result["counts"] == {"tp": 1, "fp": 2, "fn": 2}
    row = result["labels"]["sample_size"]
    assert row["precision"] == pytest.approx(1 / 3)
    assert row["recall"] == pytest.approx(1 / 3)
    assert row["f1"] == pytest.approx(1 / 3)
    assert result["macro_f1"] == pytest.approx(1 / 3)
    assert result["confusion"]["matrix"] == [[1, 0, 1], [1, 1, 1]]


def test_text_and_json_output(fake_pipeline):
    runner = CliRunner()
    out = runner.invoke(main, ["evaluate", str(FIXTURES / "genre_tiny.jsonl"), "--task", "genre"])
    assert out.exit_code == 0, out.output
    assert "macro-F1  0.611" in out.output
    assert "marketing" in out.output and "confusion" in out.output
    out = runner.invoke(main, ["evaluate", str(FIXTURES / "genre_tiny.jsonl"), "--task", "genre",
                               "--format", "json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["task"] == "genre" and data["items"] == 5
    assert data["macro_f1"] == pytest.approx(0.6111, abs=1e-4)


def test_aggregation_rules():
    report = {"sections": [
        _section("news", 0, 10, [_claim(evidence_type="expert_opinion", claim_strength="correlational"),
                                 _claim(evidence_type="rct", hedged=True)]),
        _section("marketing", 10, 12, [_claim(evidence_type="observational", commercial=True,
                                              claim_strength="direct_causal", boosted=True)]),
    ]}
    assert ev.predict("evidence", report) == "rct"  # strongest on the ladder
    assert ev.predict("claim_strength", report) == "direct_causal"
    assert ev.predict("commercial", report) == "commercial"
    assert ev.predict("hedging", report) == "hedged"
    assert ev.predict("booster", report) == "boosted"
    assert ev.predict("genre", report) == "news"
    empty = {"sections": []}
    assert ev.predict("evidence", empty) == "none"
    assert ev.predict("sample_size", empty) is None
    assert ev.predict("commercial", empty) == "neutral"
    assert ev.predict("claim_strength", empty) == "no_relationship"


@pytest.mark.parametrize("task,raw,expected", [
    ("commercial", True, "commercial"), ("commercial", "neutral", "neutral"),
    ("commercial", "false", "neutral"), ("hedging", "not_hedged", "not_hedged"),
    ("hedging", "hedged", "hedged"), ("booster", False, "not_boosted"),
    ("sample_size", "1,842", 1842), ("sample_size", None, None), ("sample_size", 55, 55),
    ("evidence", "rct", "rct"), ("genre", "anecdote", "anecdote"),
])
def test_label_normalisation(task, raw, expected):
    assert ev.normalise_label(task, raw, "x") == expected


@pytest.mark.parametrize("task,raw", [("evidence", "meta"), ("genre", "blog"),
                                      ("sample_size", "many"), ("hedging", "maybe"),
                                      ("sample_size", True)])
def test_bad_labels_are_errors(task, raw):
    with pytest.raises(CredauditError):
        ev.normalise_label(task, raw, "x")


def test_metrics_unit():
    result = ev.metrics(["a", "a", "b"], ["a", "b", "b"], labels=("b", "a", "c"))
    assert list(result["labels"]) == ["b", "a"]  # vocabulary order; unused labels left out
    assert result["labels"]["a"]["recall"] == pytest.approx(0.5)
    assert result["labels"]["b"]["precision"] == pytest.approx(0.5)
    assert result["macro_f1"] == pytest.approx(2 / 3)


# ---------------------------------------------------------------- CLI errors

def _run(args):
    return CliRunner().invoke(main, args)


def test_missing_file_exit_2(tmp_path):
    out = _run(["evaluate", str(tmp_path / "nope.jsonl"), "--task", "genre"])
    assert out.exit_code == 2
    assert "credaudit: error:" in out.output and "Traceback" not in out.output


def test_unknown_task_exit_2():
    out = _run(["evaluate", str(FIXTURES / "genre_tiny.jsonl"), "--task", "vibes"])
    assert out.exit_code == 2


@pytest.mark.parametrize("line,message", [
    ("{not json", "invalid JSON"),
    ('["a list"]', "expected a JSON object"),
    ('{"label": "news"}', "needs a string field"),
    ('{"text": "x"}', "no 'label'"),
    ('{"text": "x", "label": "blog"}', "is not one of"),
])
def test_bad_lines_exit_2(tmp_path, line, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    out = _run(["evaluate", str(path), "--task", "genre"])
    assert out.exit_code == 2
    assert message in out.output and "bad.jsonl:1" in out.output


def test_empty_split_exit_2(tmp_path):
    path = tmp_path / "nosplit.jsonl"
    path.write_text('{"text": "x", "label": "news"}\n', encoding="utf-8")
    out = _run(["evaluate", str(path), "--task", "genre", "--split", "heldout"])
    assert out.exit_code == 2 and "no items" in out.output


def test_real_pipeline_smoke(tmp_path):
    """End to end on the real pipeline: it runs and reports every item."""
    path = tmp_path / "items.jsonl"
    items = [{"text": "Share this on Facebook", "label": "boilerplate"},
             {"html": "<p>Book your free consultation today and save 20% on laser whitening!</p>",
              "label": "marketing"},
             {"markdown": "## My story\n\nI tried everything for my back pain and nothing helped "
                          "until I started swimming every morning.", "label": "anecdote"}]
    path.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    out = _run(["evaluate", str(path), "--task", "genre", "--format", "json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["items"] == 3
    assert sum(row["support"] for row in data["labels"].values()) == 3
