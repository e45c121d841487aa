"""Shared corpora and helpers for the engine, cache and start-up tests.

The documents come from the benchmark generator (benchmarks/corpus.py): a
few dozen small text, Markdown and HTML pages, deterministic, so every test
sees the same bytes.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT / "benchmarks") not in sys.path:
    sys.path.insert(0, str(ROOT / "benchmarks"))

import corpus  # noqa: E402

BUILDERS = {".txt": corpus.text_document, ".md": corpus.markdown_document, ".html": corpus.html_page}


def write_folder(folder: Path, count: int = 18, size: int = 1500) -> Path:
    """`count` documents cycling through .txt, .md and .html, in nested folders."""
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        ext = tuple(BUILDERS)[index % 3]
        sub = folder / ("part-a" if index % 2 else "part-b")
        sub.mkdir(exist_ok=True)
        (sub / f"doc-{index:03d}{ext}").write_text(BUILDERS[ext](900 + index, size), encoding="utf-8")
    return folder


def write_batch(path: Path, count: int = 30, size: int = 1200, bad_lines=(7,)) -> Path:
    """A JSONL batch of `count` lines; the line numbers in `bad_lines` (1-based) are not JSON."""
    with open(path, "w", encoding="utf-8") as handle:
        for number, line in enumerate(corpus.jsonl_lines(count, size, seed=5), start=1):
            handle.write("{broken\n" if number in bad_lines else line)
    return path


def jsonl_ids(text: str) -> list[str]:
    return [json.loads(line)["id"] for line in text.splitlines()]


def sources(text: str) -> list[str]:
    return [json.loads(line)["source"] for line in text.splitlines()]


def relative(paths, root) -> list[str]:
    return [os.path.relpath(p, root) for p in paths]
