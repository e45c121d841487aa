"""SARIF 2.1.0 and GitHub workflow-command output of `credaudit check`, and the text verdict.

The SARIF checks below are a structural validator for the part of SARIF 2.1.0
that GitHub code scanning reads (written from the OASIS specification's
object model; no network, no schema download): property names, types,
required members, the level and baselineState enumerations, rule references
and relative artifact URIs.
"""
from __future__ import annotations

import io
import json
import re
from urllib.parse import unquote, urlsplit

import pytest

from reports import FORMATS, formatter
from reports.github import annotation, escape_data, escape_property
from tests.gate.helpers import findings

LEVELS = {"none", "note", "warning", "error"}
BASELINE_STATES = {"new", "unchanged", "updated", "absent"}
SUPPRESSION_KINDS = {"inSource", "external"}
RESULT_KEYS = {"ruleId", "ruleIndex", "level", "message", "locations", "partialFingerprints",
               "baselineState", "suppressions", "properties", "fingerprints"}
RULE_KEYS = {"id", "name", "shortDescription", "fullDescription", "help", "helpUri",
             "defaultConfiguration", "properties"}


def _message(value, where):
    assert isinstance(value, dict) and isinstance(value.get("text"), str) and value["text"], where


def validate_sarif(log: dict) -> None:
    """Raise AssertionError where `log` departs from what GitHub's SARIF upload accepts."""
    assert isinstance(log.get("$schema"), str) and log["$schema"].startswith("https://")
    assert log.get("version") == "2.1.0"
    assert set(log) <= {"$schema", "version", "runs", "inlineExternalProperties", "properties"}
    runs = log.get("runs")
    assert isinstance(runs, list) and runs
    for run in runs:
        driver = run["tool"]["driver"]
        assert isinstance(driver.get("name"), str) and driver["name"]
        if "version" in driver:
            assert isinstance(driver["version"], str)
        rules = driver.get("rules", [])
        assert isinstance(rules, list)
        ids = [r["id"] for r in rules]
        assert len(ids) == len(set(ids)), "rule ids must be unique"
        for rule in rules:
            assert set(rule) <= RULE_KEYS, set(rule) - RULE_KEYS
            assert isinstance(rule["id"], str) and rule["id"]
            for key in ("shortDescription", "fullDescription", "help"):
                if key in rule:
                    _message(rule[key], f"rule {rule['id']} {key}")
            if "defaultConfiguration" in rule:
                assert rule["defaultConfiguration"]["level"] in LEVELS
        for invocation in run.get("invocations", []):
            assert isinstance(invocation["executionSuccessful"], bool)
        results = run.get("results")
        assert isinstance(results, list)
        for result in results:
            assert set(result) <= RESULT_KEYS, set(result) - RESULT_KEYS
            assert isinstance(result["ruleId"], str) and result["ruleId"] in ids
            if "ruleIndex" in result:
                assert isinstance(result["ruleIndex"], int)
                assert 0 <= result["ruleIndex"] < len(rules)
                assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
            assert result.get("level", "warning") in LEVELS
            _message(result["message"], result["ruleId"])
            locations = result["locations"]
            assert isinstance(locations, list) and locations
            for location in locations:
                physical = location["physicalLocation"]
                uri = physical["artifactLocation"]["uri"]
                parts = urlsplit(uri)
                assert isinstance(uri, str) and uri
                assert not parts.scheme and not parts.netloc, f"{uri} must be relative"
                assert not uri.startswith("/") and "\\" not in uri and " " not in uri
                region = physical["region"]
                assert isinstance(region["startLine"], int) and region["startLine"] >= 1
            for key, value in result.get("partialFingerprints", {}).items():
                assert isinstance(key, str) and isinstance(value, str)
            if "baselineState" in result:
                assert result["baselineState"] in BASELINE_STATES
            for suppression in result.get("suppressions", []):
                assert suppression["kind"] in SUPPRESSION_KINDS


def test_formats_are_registered():
    assert FORMATS["sarif"] == "reports.sarif" and FORMATS["github"] == "reports.github"


def test_sarif_from_check(check, workdir):
    run = check("content", "-f", "sarif")
    assert run.code == 1
    log = json.loads(run.stdout)
    validate_sarif(log)
    results = log["runs"][0]["results"]
    gate = check("content", "-f", "json").json()["gate"]
    assert len(results) == len(gate["findings"]) > 0
    for result, finding in zip(results, gate["findings"]):
        assert result["ruleId"] == finding["rule"]
        assert result["level"] == ("error" if finding["fails"] else
                                   "note" if finding["severity"] == "low" else "warning")
        assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == finding["line"]
        uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert (workdir / unquote(uri)).is_file()  # relative to the folder check ran in
        assert result["partialFingerprints"]["credaudit/v1"] == finding["fingerprint"]
    rule_ids = [r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]]
    assert "unflagged-promotion" in rule_ids and "document-error" in rule_ids


def test_sarif_with_baseline_and_errors(check, workdir):
    check("content/undisclosed/clinic_cta.html", "--write-baseline", "b.json")
    (workdir / "content" / "odd, name: x.bin").write_bytes(bytes(100))
    run = check("content/undisclosed/clinic_cta.html", "content/odd, name: x.bin",
                "--baseline", "b.json", "-f", "sarif")
    assert run.code == 2
    log = json.loads(run.stdout)
    validate_sarif(log)
    assert log["runs"][0]["invocations"][0]["executionSuccessful"] is False
    results = log["runs"][0]["results"]
    states = {r["ruleId"]: r.get("baselineState") for r in results}
    assert states["unflagged-promotion"] == "unchanged" and states["document-error"] == "new"
    error = next(r for r in results if r["ruleId"] == "document-error")
    assert error["level"] == "error"
    assert error["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == \
        "content/odd%2C%20name%3A%20x.bin"
    unchanged = next(r for r in results if r["baselineState"] == "unchanged")
    assert unchanged["suppressions"][0]["kind"] == "external"


def test_sarif_of_a_clean_run(check):
    log = json.loads(check("content/neutral", "-f", "sarif").stdout)
    validate_sarif(log)
    assert log["runs"][0]["results"] == []


def test_validator_rejects_broken_logs():
    good = {"$schema": "https://example.org/s.json", "version": "2.1.0", "runs": [{
        "tool": {"driver": {"name": "t", "rules": [{"id": "r"}]}},
        "results": [{"ruleId": "r", "ruleIndex": 0, "level": "error", "message": {"text": "m"},
                     "locations": [{"physicalLocation": {"artifactLocation": {"uri": "a/b.md"},
                                                         "region": {"startLine": 1}}}]}]}]}
    validate_sarif(good)
    for breaking in (
        lambda log: log.update(version="2.0.0"),
        lambda log: log["runs"][0]["results"][0].update(level="fatal"),
        lambda log: log["runs"][0]["results"][0].update(ruleId="other"),
        lambda log: log["runs"][0]["tool"]["driver"]["rules"].append({"id": "r"}),  # duplicate id
        lambda log: log["runs"][0]["results"][0].update(ruleIndex=3),
        lambda log: log["runs"][0]["results"][0]["locations"][0]["physicalLocation"][
            "artifactLocation"].update(uri="/abs/path.md"),
        lambda log: log["runs"][0]["results"][0]["locations"][0]["physicalLocation"][
            "region"].update(startLine=0),
        lambda log: log["runs"][0]["results"][0].update(mesage={"text": "typo"}),
    ):
        log = json.loads(json.dumps(good))
        breaking(log)
        with pytest.raises((AssertionError, KeyError)):
            validate_sarif(log)


# --- GitHub workflow commands ------------------------------------------------------------------

def test_github_escaping():
    assert escape_data("100% sure\r\nnext") == "100%25 sure%0D%0Anext"
    assert escape_property("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae"
    line = annotation({"source": "docs/a, b: c.md", "line": 12, "rule": "unflagged-promotion",
                       "fails": True, "severity": "high",
                       "message": "save 20%:\nnow, today\r"})
    assert line == ("::error file=docs/a%2C b%3A c.md,line=12,title=credaudit unflagged-promotion"
                    "::save 20%25:%0Anow, today%0D")
    assert "\n" not in line and "\r" not in line


def test_github_levels_and_baseline():
    report = {"gate": {"passed": False, "counts": {"failing": 1, "findings": 3, "baselined": 1,
                                                    "errors": 0},
                       "findings": [
                           {"source": "a.md", "line": 1, "rule": "unflagged-promotion", "fails": True,
                            "severity": "high", "message": "m1", "baseline": "new"},
                           {"source": "a.md", "line": 2, "rule": "buried-disclosure", "fails": False,
                            "severity": "medium", "message": "m2", "baseline": None},
                           {"source": "a.md", "line": 3, "rule": "stale-marker", "fails": False,
                            "severity": "low", "message": "m3", "baseline": None},
                           {"source": "a.md", "line": 4, "rule": "unflagged-promotion", "fails": False,
                            "severity": "high", "message": "m4", "baseline": "unchanged"}]}}
    out = io.StringIO()
    formatter("github").render(report, out)
    lines = out.getvalue().splitlines()
    assert [line.split(" ", 1)[0] for line in lines[:3]] == ["::error", "::warning", "::notice"]
    assert not any("m4" in line for line in lines)  # baselined: no annotation
    assert lines[-1] == ("credaudit check failed: 1 failing, 3 reported, 1 baselined, "
                         "0 document errors")


def test_github_from_check(check):
    run = check("content/undisclosed/product_discount.md", "-f", "github")
    assert run.code == 1
    commands = [line for line in run.stdout.splitlines() if line.startswith("::")]
    assert commands and all(re.match(r"^::(error|warning|notice) file=[^,]+,line=\d+,title=[^:]+::",
                                     line) for line in commands)
    assert "%25 off" in run.stdout  # "25% off" in the claim, escaped


# --- the text verdict ----------------------------------------------------------------------------

def test_text_verdict_cleans_hostile_text():
    report = {"documents": [], "gate": {
        "passed": False, "counts": {"failing": 1, "findings": 1, "baselined": 0, "errors": 0},
        "findings": [{"source": "a.md", "line": 3, "rule": "unflagged-promotion", "fails": True,
                      "severity": "high", "message": "buy \x1b[31mnow\u202e", "baseline": None}],
        "baseline": {"stale": [{"path": "b.md", "rule": "stale-marker", "text": "old\x07"}]}}}
    out = io.StringIO()
    formatter("text").render(report, out)
    text = out.getvalue()
    assert "\x1b" not in text and "\u202e" not in text and "\x07" not in text
    assert "FAIL a.md:3 unflagged-promotion: buy" in text
    assert "stale baseline entry: b.md stale-marker" in text
    assert text.splitlines()[-1].startswith("gate FAILED: 1 failing")


def test_text_without_gate_is_unchanged():
    out = io.StringIO()
    formatter("text").render({"documents": []}, out)
    assert out.getvalue() == ""


def test_unflagged_counts_agree_between_summary_and_gate(check):
    report = check("content", "-f", "json").json()
    per_source = {}
    for finding in findings(report, "unflagged-promotion"):
        per_source[finding["source"]] = per_source.get(finding["source"], 0) + 1
    for document in report["documents"]:
        assert document["summary"]["unflagged_promotional_sections"] == \
            per_source.get(document["source"], 0) or document["error"]
