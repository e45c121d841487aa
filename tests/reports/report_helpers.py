"""Helpers shared by the report-format tests: fixtures, rendering, HTML and table parsing.

A plain module (not conftest) so test files can import it by a unique name;
conftest.py puts this folder on sys.path for every pytest import mode.
"""
from __future__ import annotations

import io
import json
from html.parser import HTMLParser
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def load(name: str) -> dict:
    """A fresh copy of a fixture report (tests may mutate it)."""
    with open(FIXTURES / f"{name}.json", encoding="utf-8") as handle:
        return json.load(handle)


def render(module, report: dict) -> str:
    """Render `report` with a format module and return the text."""
    out = io.StringIO(newline="")
    module.render(report, out)
    return out.getvalue()


def all_claims(report: dict) -> list[tuple[dict, dict, dict]]:
    """(document, section, claim) for every claim of a fixture report."""
    return [(d, s, c) for d in report["documents"] for s in d.get("sections", []) for c in s["claims"]]


def huge_report(size: int = 1_000_000) -> dict:
    """The normal report with one 1 MB claim text (and a signal at its end)."""
    report = load("normal")
    claim = report["documents"][0]["sections"][0]["claims"][0]
    filler = "<b>x</b> " * (size // 9)
    claim["text"] = filler + claim["text"]
    shift = len(filler)
    claim["end"] += shift
    for signal in claim["signals"]:
        signal["start"] += shift
        signal["end"] += shift
    return report


VOID = {"meta", "br", "hr", "img", "input", "link", "wbr", "col", "source"}


class Page(HTMLParser):
    """Parses a report and records tags, nesting errors, visible text and marks."""

    def __init__(self, source: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.stack: list[str] = []
        self.nesting_errors: list[str] = []
        self.text: list[str] = []
        self.claim_text: dict[str, list[str]] = {}
        self.marks: list[tuple[str, str, list[str]]] = []  # (claim anchor, data-s, text parts)
        self._claim = ""
        self._in_ctext = False
        self._mark = None
        self.feed(source)
        self.close()

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if tag in VOID:
            return
        self.stack.append(tag)
        if tag == "li" and "claim" in (attributes.get("class") or "").split():
            self._claim = attributes["id"]
        if tag == "p" and "ctext" in (attributes.get("class") or "").split():
            self._in_ctext = True
            self.claim_text[self._claim] = []
        if tag == "mark":
            self._mark = (self._claim, attributes.get("data-s", ""), [])
            self.marks.append(self._mark)

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID and tag not in ("rect",):
            self.nesting_errors.append(f"self-closed <{tag}/>")

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.nesting_errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()
        if tag == "p":
            self._in_ctext = False
        if tag == "mark":
            self._mark = None

    def handle_data(self, data):
        if self.stack and self.stack[-1] in ("script", "style"):
            return
        self.text.append(data)
        if self._in_ctext:
            self.claim_text[self._claim].append(data)
        if self._mark is not None:
            self._mark[2].append(data)

    def all_text(self) -> str:
        return "".join(self.text)

    def find(self, tag: str, cls: str | None = None) -> list[dict]:
        return [a for t, a in self.tags if t == tag and (cls is None or cls in (a.get("class") or "").split())]


def cells(line: str) -> list[str]:
    """Split a table row on unescaped pipes, as a GFM renderer would."""
    out, current, chars = [], [], iter(line.strip())
    for char in chars:
        if char == "\\":
            current.append(char + next(chars, ""))
        elif char == "|":
            out.append("".join(current))
            current = []
        else:
            current.append(char)
    out.append("".join(current))
    return out[1:-1]  # drop what lies outside the leading and trailing pipes


def tables(text: str) -> list[list[list[str]]]:
    """Every table of the output as a list of rows of cells (header and delimiter included)."""
    found, current = [], []
    for line in text.split("\n"):
        if line.startswith("|"):
            current.append(cells(line))
        elif current:
            found.append(current)
            current = []
    if current:
        found.append(current)
    return found
