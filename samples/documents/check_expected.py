#!/usr/bin/env python3
"""Sanity checks for samples/expected.jsonl (standard library only).

For every expectation line this checks that:
  * the line is a JSON object with exactly the keys doc, match, field, value;
  * the document exists and the field/value pair uses the public vocabularies;
  * `match` occurs exactly once in the raw document and, for HTML, exactly
    once in the visible text (scripts, styles and attributes left out), so a
    test can locate it after extraction as well;
  * `match` stays inside one sentence (no line break, no ". Next" inside).

It also checks that every bundled sample has 300-1,200 words, has at least
one expectation, and that every genre label is exercised somewhere.

Usage: python samples/check_expected.py [path/to/expected.jsonl]
Exit status 0 when everything holds, 1 otherwise.
"""
from __future__ import annotations

import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent

GENRES = {"guideline", "research", "news", "marketing", "anecdote", "boilerplate", "other"}
EVIDENCE = {"guideline", "systematic_review", "rct", "observational", "case_series",
            "preclinical", "expert_opinion", "anecdote", "none"}
STRENGTH = {"no_relationship", "correlational", "conditional_causal", "direct_causal"}
BOOL_FIELDS = {"commercial", "hedged", "boosted", "promotional", "disclosed"}
FIELDS = BOOL_FIELDS | {"evidence_type", "sample_size", "claim_strength", "genre"}
DOCS = ("guideline-summary.md", "research-news.html", "clinic-marketing.html",
        "sponsored-interview.md", "patient-forum.txt", "boilerplate-blog.html",
        "research-abstract.txt", "native-ad.md")
MIN_EXPECTATIONS = 80
MIN_WORDS, MAX_WORDS = 300, 1200

# A sentence end followed by the start of another sentence; a full stop after a
# title such as "Dr." or "e.g." does not end a sentence.
SENTENCE_BREAK = re.compile(
    r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bProf)(?<!\bSt)(?<!\bvs)(?<!\be\.g)(?<!\bi\.e)"
    r"[.!?][\"')\]]*\s+[\"'(]?[A-Z]")


class _VisibleText(HTMLParser):
    """Collects text a reader would see: no script/style/template content."""

    HIDDEN = {"script", "style", "template", "noscript"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self._hidden += 1

    def handle_endtag(self, tag):
        if tag in self.HIDDEN and self._hidden:
            self._hidden -= 1

    def handle_data(self, data):
        if not self._hidden:
            self.parts.append(data)


def visible_text(path: Path, raw: str) -> str:
    """Plain text of a sample: HTML tags dropped, front matter removed."""
    if path.suffix == ".html":
        parser = _VisibleText()
        parser.feed(raw)
        parser.close()
        text = " ".join(parser.parts)
    elif path.suffix == ".md" and raw.startswith("---\n"):
        end = raw.find("\n---\n", 4)
        text = raw[end + 5:] if end != -1 else raw
    else:
        text = raw
    return re.sub(r"\s+", " ", text)


def check_value(field: str, value) -> str | None:
    if field not in FIELDS:
        return f"unknown field {field!r}"
    if field in BOOL_FIELDS:
        ok = isinstance(value, bool)
    elif field == "sample_size":
        ok = value is None or (isinstance(value, int) and not isinstance(value, bool) and value > 0)
    elif field == "evidence_type":
        ok = value in EVIDENCE
    elif field == "claim_strength":
        ok = value in STRENGTH
    else:
        ok = value in GENRES
    return None if ok else f"bad value {value!r} for field {field!r}"


def main(argv: list[str]) -> int:
    expected = Path(argv[1]) if len(argv) > 1 else HERE / "expected.jsonl"
    base = expected.parent
    errors: list[str] = []
    raw: dict[str, str] = {}
    text: dict[str, str] = {}
    for name in DOCS:
        path = base / name
        if not path.is_file():
            errors.append(f"{name}: missing sample")
            continue
        raw[name] = path.read_text(encoding="utf-8")
        text[name] = visible_text(path, raw[name])
        words = len(re.findall(r"[A-Za-z0-9][\w'.,%/-]*", text[name]))
        if not MIN_WORDS <= words <= MAX_WORDS:
            errors.append(f"{name}: {words} words, want {MIN_WORDS}-{MAX_WORDS}")

    counts = {name: 0 for name in DOCS}
    genres_seen: set[str] = set()
    seen: set[tuple[str, str, str]] = set()
    total = 0
    for lineno, line in enumerate(expected.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{expected.name}:{lineno}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: invalid JSON ({exc})")
            continue
        if not isinstance(row, dict) or set(row) != {"doc", "match", "field", "value"}:
            errors.append(f"{where}: want exactly the keys doc, match, field, value")
            continue
        total += 1
        doc, match, field, value = row["doc"], row["match"], row["field"], row["value"]
        problem = check_value(field, value)
        if problem:
            errors.append(f"{where}: {problem}")
        if (doc, match, field) in seen:
            errors.append(f"{where}: duplicate expectation for {field} of {match!r}")
        seen.add((doc, match, field))
        if field == "genre" and value in GENRES:
            genres_seen.add(value)
        if doc not in raw:
            errors.append(f"{where}: unknown document {doc!r}")
            continue
        counts[doc] += 1
        if not isinstance(match, str) or not match.strip():
            errors.append(f"{where}: empty match")
            continue
        if "\n" in match or SENTENCE_BREAK.search(match):
            errors.append(f"{where}: match spans more than one sentence: {match!r}")
        n_raw = raw[doc].count(match)
        if n_raw != 1:
            errors.append(f"{where}: {match!r} occurs {n_raw} times in {doc}, want 1")
        if doc.endswith(".html"):
            n_text = text[doc].count(match)
            if n_text != 1:
                errors.append(f"{where}: {match!r} occurs {n_text} times in the visible "
                              f"text of {doc}, want 1")

    if total < MIN_EXPECTATIONS:
        errors.append(f"only {total} expectations, want at least {MIN_EXPECTATIONS}")
    for name, n in counts.items():
        if name in raw and n == 0:
            errors.append(f"{name}: no expectations")
    missing = GENRES - genres_seen
    if missing:
        errors.append(f"genres never expected: {', '.join(sorted(missing))}")

    for err in errors:
        print(f"error: {err}", file=sys.stderr)
    summary = ", ".join(f"{name}={counts[name]}" for name in DOCS)
    print(f"{total} expectations checked ({summary}); {len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
