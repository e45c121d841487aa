"""`-f sarif` (for `credaudit check`): the gate's findings as SARIF 2.1.0.

Written for GitHub code scanning (`github/codeql-action/upload-sarif`): one
run whose `tool.driver.rules` lists every gate rule (id, name, short and full
description, default level) and one result per finding with `ruleId`,
`ruleIndex`, `level`, `message.text` and a physical location (the document's
path relative to the working folder, percent-encoded, and `region.startLine`).
Levels: `error` for findings that fail the gate and for documents that could
not be audited, `warning` for other reported findings, `note` for low-severity
ones.  Findings accepted by a baseline carry `baselineState: "unchanged"` and
an external suppression; new ones `baselineState: "new"`.  Each result has a
`partialFingerprints` entry (`credaudit/v1`), the same fingerprint the baseline
uses, so alerts follow a claim when lines move.

The renderer reads only `report["gate"]` (added by `check`) and
`report["tool"]`; it never scores or filters.  Output is deterministic JSON.
"""
from __future__ import annotations

import json
from typing import TextIO
from urllib.parse import quote

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
_LEVEL_OF_SEVERITY = {"high": "error", "medium": "warning", "low": "note"}


def render(report: dict, out: TextIO) -> None:
    out.write(json.dumps(build(report), ensure_ascii=False, indent=2) + "\n")


def build(report: dict) -> dict:
    gate = report.get("gate") or {}
    tool = report.get("tool") or {}
    rules = [r for r in gate.get("rules") or [] if isinstance(r, dict) and r.get("id")]
    index = {rule["id"]: position for position, rule in enumerate(rules)}
    results = [_result(f, index) for f in gate.get("findings") or [] if isinstance(f, dict)]
    driver = {"name": str(tool.get("name") or "credaudit"),
              "version": str(tool.get("version") or ""),
              "rules": [_rule(r) for r in rules]}
    if not driver["version"]:
        del driver["version"]
    counts = gate.get("counts") or {}
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": driver},
            "invocations": [{"executionSuccessful": not counts.get("errors")}],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def _rule(rule: dict) -> dict:
    return {
        "id": rule["id"],
        "name": "".join(part.capitalize() for part in str(rule["id"]).split("-")),
        "shortDescription": {"text": str(rule.get("summary") or rule["id"])},
        "fullDescription": {"text": str(rule.get("help") or rule.get("summary") or rule["id"])},
        "help": {"text": str(rule.get("help") or rule.get("summary") or rule["id"])},
        "defaultConfiguration": {"level": _LEVEL_OF_SEVERITY.get(rule.get("severity"), "warning")},
    }


def level_of(finding: dict) -> str:
    if finding.get("fails") or finding.get("rule") == "document-error":
        return "error"
    return "note" if finding.get("severity") == "low" else "warning"


def artifact_uri(path: str) -> str:
    """A relative URI reference for a document path (POSIX separators, percent-encoded)."""
    path = str(path).replace("\\", "/")
    return quote(path, safe="/") or "unknown"


def _result(finding: dict, index: dict) -> dict:
    rule = str(finding.get("rule", ""))
    line = finding.get("line")
    line = line if isinstance(line, int) and not isinstance(line, bool) and line >= 1 else 1
    result = {
        "ruleId": rule,
        "level": level_of(finding),
        "message": {"text": " ".join(str(finding.get("message") or rule).split())},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": artifact_uri(finding.get("source") or "")},
            "region": {"startLine": line}}}],
    }
    if rule in index:
        result["ruleIndex"] = index[rule]
    if finding.get("fingerprint"):
        result["partialFingerprints"] = {"credaudit/v1": str(finding["fingerprint"])}
    if finding.get("baseline") in ("new", "unchanged"):
        result["baselineState"] = finding["baseline"]
        if finding["baseline"] == "unchanged":
            result["suppressions"] = [{"kind": "external",
                                       "justification": "accepted in the credaudit baseline"}]
    properties = {key: finding[key] for key in ("severity", "confidence", "section", "claim")
                  if finding.get(key) not in (None, "")}
    if properties:
        result["properties"] = properties
    return result
