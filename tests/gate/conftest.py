"""Shared fixtures for the gate tests (`credaudit check`, audit/gate.py and friends).

Every CLI test runs in an empty temporary folder (no setup.cfg there, so the
defaults apply unless a test passes --config) holding a copy of `fixtures/`
under `content/`, the way a content repository would look.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.gate.helpers import Run

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def workdir(tmp_path, monkeypatch) -> Path:
    shutil.copytree(FIXTURES, tmp_path / "content")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    return tmp_path


@pytest.fixture
def check(workdir):
    """check("content/x.md", "-f", "json") -> Run.  A Python exception is re-raised, never
    mistaken for an exit code (CliRunner would report it as exit 1)."""
    from audit.cli import main

    def invoke(*args) -> Run:
        result = CliRunner().invoke(main, ["check", *map(str, args)])
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise result.exception
        return Run(result)
    return invoke
