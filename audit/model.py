"""The data credaudit passes between stages: frozen, keyword-only dataclasses.

Stages never mutate what they receive; each returns new objects.  Offsets
(`start`, `end`) are always character offsets into `Document.text`, the
extracted plain text of the whole document, so every span can be located
again by a report or a test.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

Hints = tuple[tuple[str, str], ...]
# A word in a class, id, label or data- attribute that marks advertising ("ad-slot",
# "sponsored-box"): what makes a container an ad region, and a genre feature of its hints.
AD_MARKUP = re.compile(r"(?:^|[\s_-])(?:ads?|advert\w*|sponsor\w*|promot\w*|advertorial|paid|"
                       r"partner(?:ship)?|affiliate)(?:$|[\s_-])", re.I)


@dataclass(frozen=True, kw_only=True, slots=True)
class Section:
    """A run of a document under one heading (or one page region such as a footer)."""

    id: str
    heading: str
    level: int
    start: int
    end: int
    line: int
    region: str = "main"  # main | nav | header | footer | aside | form | list
    hints: Hints = ()  # markup facts: ("class", "sponsored"), ("rel", "sponsored"), ...
    boundary: str = ""  # what opened the section: heading | region | forum | seo | start


@dataclass(frozen=True, kw_only=True, slots=True)
class Claim:
    """A sentence of a section that asserts something."""

    id: str
    section_id: str
    text: str
    start: int
    end: int
    line: int
    citations: tuple[str, ...] = ()  # trailing markers such as "1, 2" or "[3]"


@dataclass(frozen=True, kw_only=True, slots=True)
class Signal:
    """An observation a scorer made, with the span of text that shows it."""

    scorer: str
    kind: str
    text: str
    start: int
    end: int
    value: int | None = None
    label: str | None = None
    negated: bool = False

    def as_dict(self) -> dict:
        out = {"scorer": self.scorer, "kind": self.kind, "text": self.text,
               "start": self.start, "end": self.end}
        if self.value is not None:
            out["value"] = self.value
        if self.label is not None:
            out["label"] = self.label
        if self.negated:
            out["negated"] = True
        return out


@dataclass(frozen=True, kw_only=True, slots=True)
class Finding:
    """A judgement about a section or claim, with severity and confidence (as in bandit)."""

    rule: str
    message: str
    severity: str  # low | medium | high
    confidence: str  # low | medium | high
    section_id: str
    claim_id: str | None = None
    line: int = 1

    def as_dict(self) -> dict:
        return {"rule": self.rule, "message": self.message, "severity": self.severity,
                "confidence": self.confidence, "section": self.section_id,
                "claim": self.claim_id, "line": self.line}


@dataclass(frozen=True, kw_only=True, slots=True)
class Document:
    """A loaded document: its extracted text, metadata and sections."""

    source: str
    id: str
    title: str
    text: str
    format: str  # html | markdown | text
    sections: tuple[Section, ...] = ()
    meta: Hints = ()  # front matter, <meta> and JSON-LD facts
    encoding: str = "utf-8"
    error: str | None = None
    extra: dict = field(default_factory=dict, compare=False)
