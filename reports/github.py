"""`-f github` (for `credaudit check`): GitHub Actions workflow commands.

One line per finding, which GitHub shows as an annotation on the file and line
of a pull request::

    ::error file=content/sleep.md,line=42,title=credaudit unflagged-promotion::promotional section …

`error` for findings that fail the gate and for documents that could not be
audited, `warning` for other reported findings, `notice` for low-severity
ones; findings accepted by a baseline are not annotated.  Values are escaped
as the runner expects: in the message `%`, CR and LF become `%25`, `%0D`,
`%0A`; in the properties (file, title) `:` and `,` also become `%3A` and
`%2C`.  A plain summary line closes the output.
"""
from __future__ import annotations

from typing import TextIO


def escape_data(text: str) -> str:
    return str(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def level_of(finding: dict) -> str:
    if finding.get("fails") or finding.get("rule") == "document-error":
        return "error"
    return "notice" if finding.get("severity") == "low" else "warning"


def annotation(finding: dict) -> str:
    line = finding.get("line")
    line = line if isinstance(line, int) and not isinstance(line, bool) and line >= 1 else 1
    props = [f"file={escape_property(finding.get('source') or '')}", f"line={line}",
             f"title={escape_property('credaudit ' + str(finding.get('rule', '')))}"]
    return f"::{level_of(finding)} {','.join(props)}::{escape_data(finding.get('message') or '')}"


def render(report: dict, out: TextIO) -> None:
    gate = report.get("gate") or {}
    for finding in gate.get("findings") or []:
        if isinstance(finding, dict) and finding.get("baseline") != "unchanged":
            out.write(annotation(finding) + "\n")
    counts = gate.get("counts") or {}
    verdict = "passed" if gate.get("passed") else "failed"
    out.write(f"credaudit check {verdict}: {counts.get('failing', 0)} failing, "
              f"{counts.get('findings', 0)} reported, {counts.get('baselined', 0)} baselined, "
              f"{counts.get('errors', 0)} document errors\n")
