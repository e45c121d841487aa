"""Helpers for the gate tests: CLI results and hand-made report dicts."""
from __future__ import annotations

import json


class Run:
    """The outcome of one `credaudit check` invocation."""

    def __init__(self, result):
        self.result = result
        self.code = result.exit_code
        self.stdout = result.stdout
        self.stderr = result.stderr

    def json(self) -> dict:
        return json.loads(self.stdout)

    def __repr__(self) -> str:  # shown by pytest when an assertion fails
        return f"<exit {self.code}\nstdout:\n{self.stdout[-3000:]}\nstderr:\n{self.stderr[-2000:]}>"


def findings(run_or_report, rule: str | None = None) -> list[dict]:
    report = run_or_report.json() if isinstance(run_or_report, Run) else run_or_report
    return [f for f in report["gate"]["findings"] if rule is None or f["rule"] == rule]


# --- hand-made reports for the pure-function tests ------------------------------------------

def claim(text: str = "Order now and save 20% with code SAVE20.", *, cid: str = "s1.c1", line: int = 5,
          score: float = 0.9, start: int = 10) -> dict:
    return {"id": cid, "text": text, "start": start, "end": start + len(text), "line": line,
            "commercial": score >= 0.5, "commercial_score": score}


def disclosure(kind: str = "label", text: str = "Sponsored", placement: str = "before",
               section: str | None = "s1", scope: str = "section") -> dict:
    return {"kind": kind, "text": text, "placement": placement, "section": section, "scope": scope}


def section(sid: str = "s1", *, score: float = 0.9, heading: str = "Our offer", line: int = 3,
            disclosure: dict | None = None, disclosed: bool | None = None, markers=(), links=(),
            claims: list | None = None) -> dict:
    if claims is None:
        claims = [claim(cid=f"{sid}.c1", line=line + 2, score=score)]
    if disclosed is None:
        disclosed = bool(disclosure) and disclosure["placement"] == "before" and \
            disclosure["scope"] != "other-section"
    return {"id": sid, "heading": heading, "level": 2, "region": "main", "start": 0, "end": 200,
            "line": line, "genre": "marketing", "genre_confidence": 0.8,
            "promotional": score >= 0.5, "promotion_score": score, "disclosed": disclosed,
            "disclosure": disclosure, "markers": list(markers), "affiliate_links": list(links),
            "claims": claims}


def document(*sections, source: str = "content/page.md", error: str | None = None) -> dict:
    return {"source": source, "id": source, "title": "", "format": "markdown", "encoding": "utf-8",
            "error": error, "summary": {}, "sections": list(sections)}


def report(*documents) -> dict:
    return {"schema": "credaudit/1", "tool": {"name": "credaudit", "version": "0.0.test"},
            "documents": list(documents)}
