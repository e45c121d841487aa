"""`-f text` (default): a terminal report, document -> section -> claim.

Within each document, sections are listed most doubtful first (by their
lowest claim credibility), and claims inside a section lowest credibility
first.  Each claim line shows grade, score, line number and the claim; below
it the evidence type, flags and the reasons that moved the score.  For `credaudit
check`, each document gets its summary lines and the gate's findings follow
(one line each, `FAIL`/`warn`/`note`), then the verdict.  Colour is
used only when writing to a terminal (and never when NO_COLOR is set).
Page text is printed with control characters removed, so a hostile page
cannot drive the terminal.
"""
from __future__ import annotations

import os
import re
from typing import TextIO

_COLOURS = {"high": "32", "moderate": "36", "low": "33", "very_low": "31",
            "bold": "1", "dim": "2", "warn": "35"}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def render(report: dict, out: TextIO) -> None:
    colour = _use_colour(out)
    gate = report.get("gate")
    for document in report["documents"]:
        _document(document, out, colour, claims=not gate)
    if gate:
        _gate(gate, out, colour)


def _gate(gate: dict, out: TextIO, colour: bool) -> None:
    """The `check` verdict: one line per finding, then pass/fail and counts."""
    marks = {"error": ("FAIL", "very_low"), "warning": ("warn", "warn"), "note": ("note", "dim")}
    for finding in gate.get("findings") or []:
        level = "error" if finding.get("fails") or finding.get("rule") == "document-error" else \
            "note" if finding.get("severity") == "low" or finding.get("baseline") == "unchanged" \
            else "warning"
        mark, style = marks[level]
        known = " (baseline)" if finding.get("baseline") == "unchanged" else ""
        out.write(_paint(f"{mark:<4}", style, colour) + f" {_safe(finding.get('source'))}:"
                  f"{finding.get('line')} {finding.get('rule')}{known}: "
                  f"{_safe(finding.get('message'), 240)}\n")
    baseline = gate.get("baseline") or {}
    for entry in baseline.get("stale") or []:
        out.write(_paint("note", "dim", colour) + f" stale baseline entry: {_safe(entry.get('path'))} "
                  f"{entry.get('rule')} \"{_safe(entry.get('text', ''), 80)}\" — no longer found\n")
    counts = gate.get("counts") or {}
    verdict = _paint("gate passed", "high", colour) if gate.get("passed") else \
        _paint("gate FAILED", "very_low", colour)
    out.write(f"{verdict}: {counts.get('failing', 0)} failing, {counts.get('findings', 0)} reported, "
              f"{counts.get('baselined', 0)} baselined, {counts.get('errors', 0)} document errors\n")


def _use_colour(out: TextIO) -> bool:
    return hasattr(out, "isatty") and out.isatty() and "NO_COLOR" not in os.environ


def _paint(text: str, style: str, colour: bool) -> str:
    return f"\x1b[{_COLOURS[style]}m{text}\x1b[0m" if colour else text


def _safe(text: object, limit: int = 0) -> str:
    cleaned = _CONTROL.sub(" ", str(text))
    return cleaned if not limit or len(cleaned) <= limit else cleaned[:limit - 1] + "…"


def _document(document: dict, out: TextIO, colour: bool, claims: bool = True) -> None:
    title = f' — "{_safe(document["title"], 80)}"' if document.get("title") else ""
    out.write(_paint(f"{_safe(document['source'])}{title}", "bold", colour) + "\n")
    if document.get("error"):
        out.write("  " + _paint(f"error: {_safe(document['error'])}", "very_low", colour) + "\n\n")
        return
    summary = document["summary"]
    grades = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in summary["grades"].items())
    genres = ", ".join(f"{k} {round(v * 100)}%" for k, v in summary["genre_share"].items())
    out.write(f"  {summary['claims']} claims · mean credibility {summary['credibility_mean']}"
              f" · {grades}\n")
    if genres:
        out.write(f"  genres: {genres}\n")
    out.write(f"  promotional sections: {summary['promotional_sections']}"
              f" ({summary['unflagged_promotional_sections']} not disclosed)\n")
    if claims:  # `check` shows the summary and its findings, not every claim
        for section in sorted(document["sections"], key=_doubt):
            _section(section, out, colour)
    out.write("\n")


def _doubt(section: dict) -> tuple:
    scores = [c["credibility"] for c in section["claims"]] or [101]
    return (min(scores), section["start"])


def _section(section: dict, out: TextIO, colour: bool) -> None:
    if not section["claims"] and not section["promotional"]:
        return
    flags = []
    if section["promotional"]:
        flags.append(_paint("PROMOTIONAL", "warn", colour))
        flags.append("disclosed" if section["disclosed"] else _paint("NOT DISCLOSED", "very_low", colour))
    heading = _safe(section["heading"], 70) or f"({section['region']})"
    out.write(f"\n  § {section['id']} {heading} [{section['genre']} "
              f"{section['genre_confidence']:.2f}] line {section['line']} {' '.join(flags)}\n")
    for claim in sorted(section["claims"], key=lambda c: (c["credibility"], c["start"])):
        _claim(claim, out, colour)


def _claim(claim: dict, out: TextIO, colour: bool) -> None:
    grade = _paint(f"{claim['grade']:<8} {claim['credibility']:>3}", claim["grade"], colour)
    out.write(f"    {grade}  L{claim['line']:<4} {_safe(claim['text'], 160)}\n")
    facts = [claim["evidence_type"].replace("_", " ")]
    if claim["sample_size"] is not None:
        facts.append(f"n={claim['sample_size']}")
    facts += [name for name in ("commercial", "boosted", "hedged") if claim[name]]
    if claim["claim_strength"] != "no_relationship":
        facts.append(claim["claim_strength"].replace("_", " "))
    out.write("             " + _paint(" · ".join(facts), "dim", colour) + "\n")
    for reason in claim["reasons"][1:]:
        out.write("             " + _paint(f"- {_safe(reason, 120)}", "dim", colour) + "\n")
