"""`credaudit audit` and `credaudit scorers` through click's CliRunner: exit codes and output."""
import json
import os

import pytest
from click.testing import CliRunner

from audit.cli import main

SAMPLES = os.path.join(os.path.dirname(__file__), "..", "..", "samples", "documents")


@pytest.fixture()
def runner():
    return CliRunner()


def test_audit_json_of_the_samples_is_valid_schema(runner):
    result = runner.invoke(main, ["audit", SAMPLES, "-f", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["schema"] == "credaudit/1"
    assert report["tool"]["name"] == "credaudit"
    sources = [d["source"] for d in report["documents"]]
    assert sources == sorted(sources) and len(sources) == 8
    for document in report["documents"]:
        assert document["error"] is None
        for section in document["sections"]:
            for claim in section["claims"]:
                assert document_text_slice_ok(claim)
                assert claim["grade"] in {"high", "moderate", "low", "very_low"}
                assert 0 <= claim["credibility"] <= 100


def document_text_slice_ok(claim):
    return claim["end"] - claim["start"] == len(claim["text"]) and all(
        claim["start"] <= s["start"] <= s["end"] <= claim["end"] for s in claim["signals"])


def test_json_output_is_byte_identical_across_runs(runner):
    first = runner.invoke(main, ["audit", SAMPLES, "-f", "json"]).stdout_bytes
    second = runner.invoke(main, ["audit", SAMPLES, "-f", "json"]).stdout_bytes
    assert first == second and len(first) > 1000


def test_stdin_is_audited(runner):
    result = runner.invoke(main, ["audit", "-", "-f", "json"],
                           input="A randomized trial of 240 adults found that the drug lowered pain.")
    assert result.exit_code == 0
    claim = json.loads(result.stdout)["documents"][0]["sections"][0]["claims"][0]
    assert claim["sample_size"] == 240
    assert claim["evidence_type"] == "rct"


def test_jsonl_batch_keeps_order_and_ids_and_reports_bad_lines(runner, tmp_path):
    batch = tmp_path / "batch.jsonl"
    batch.write_text('{"id": "b", "text": "Walking may ease cramps in older adults."}\n'
                     "not json\n"
                     '{"id": "a", "html": "<p>Buy now and save 20% with code SAVE20!</p>"}\n')
    result = runner.invoke(main, ["audit", str(batch), "-f", "jsonl"])
    assert result.exit_code == 2  # one document failed; the others were still audited
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["id"] for d in lines][0] == "b" and lines[2]["id"] == "a"
    assert lines[1]["error"].endswith("invalid JSON (Expecting value)")
    assert "invalid JSON" in result.stderr


def test_missing_path_is_a_one_line_error_with_exit_2(runner):
    result = runner.invoke(main, ["audit", "no/such/file.md"])
    assert result.exit_code == 2
    assert result.stderr.strip() == "credaudit: error: no/such/file.md: no such file or directory"


def test_binary_file_is_a_per_document_error(runner, tmp_path):
    (tmp_path / "pic.txt").write_bytes(b"\x89PNG\x00\x00\x01\x02")
    (tmp_path / "ok.txt").write_text("Stretching is recommended before bed.")
    result = runner.invoke(main, ["audit", str(tmp_path), "-f", "json"])
    assert result.exit_code == 2
    documents = json.loads(result.stdout)["documents"]
    assert [d["error"] is None for d in documents] == [True, False]
    assert "binary" in documents[1]["error"]


def test_output_file_is_written_and_an_old_report_survives_a_failed_run(runner, tmp_path):
    target = tmp_path / "report.json"
    target.write_text("OLD")
    result = runner.invoke(main, ["audit", "missing.md", "-o", str(target)])
    assert result.exit_code == 2
    assert target.read_text() == "OLD"
    result = runner.invoke(main, ["audit", SAMPLES, "-f", "json", "-o", str(target)])
    assert result.exit_code == 0
    assert json.loads(target.read_text())["schema"] == "credaudit/1"
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".tmp")]


def test_unknown_format_is_a_usage_error(runner):
    result = runner.invoke(main, ["audit", SAMPLES, "-f", "yaml"])
    assert result.exit_code == 2


def test_scorers_lists_every_scorer(runner):
    result = runner.invoke(main, ["scorers"])
    assert result.exit_code == 0
    names = [line.split()[0] for line in result.stdout.splitlines()]
    assert names == ["commercial", "evidence", "sample_size", "hedging", "readability"]


def test_text_report_lists_most_doubtful_claims_first(runner):
    path = os.path.join(SAMPLES, "clinic-marketing.html")
    result = runner.invoke(main, ["audit", path])
    assert result.exit_code == 0
    scores = [int(line.split()[1]) for line in result.stdout.splitlines()
              if line.startswith("    ") and line.split()[0] in {"high", "moderate", "low", "very_low"}]
    assert scores and "\x1b[" not in result.stdout  # no colour when not a terminal
