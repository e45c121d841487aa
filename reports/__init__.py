"""Output formats: one module per format, each with `render(report, out)`.

`FORMATS` is the explicit registry (format name -> module).  Modules are
imported only when used.  Renderers never score or filter: they show what the
report dict holds.  `report["documents"]` may be a lazy iterator for the
streaming formats (`json`, `jsonl`); the others consume it once.
"""
from __future__ import annotations

import importlib
from types import ModuleType

FORMATS = {
    "text": "reports.text",
    "json": "reports.json",
    "jsonl": "reports.jsonl",
    "markdown": "reports.markdown",
    "csv": "reports.csv",
    "html": "reports.html",
    "sarif": "reports.sarif",  # `check` only: renders report["gate"]
    "github": "reports.github",  # `check` only: GitHub Actions annotations
}
STREAMING = frozenset({"json", "jsonl"})


def formatter(name: str) -> ModuleType:
    return importlib.import_module(FORMATS[name])
