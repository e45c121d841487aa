"""pytest setup for the report-format tests: import paths and shared fixtures.

This folder has no __init__.py on purpose: as a package it would be named
`reports` and shadow the real `reports` package.  (The `browser` marker is
registered in setup.cfg.)
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
for folder in (HERE.parent.parent, HERE):  # the repo (for `reports`) and this folder (for report_helpers)
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from report_helpers import load  # noqa: E402


@pytest.fixture(params=["normal", "hostile", "error", "empty"])
def any_report(request) -> tuple[str, dict]:
    """Each fixture report in turn, as (name, fresh copy)."""
    return request.param, load(request.param)
