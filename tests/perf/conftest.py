"""Fixtures for tests/perf: a small mixed folder and a JSONL batch (see perf_helpers)."""
from __future__ import annotations

from pathlib import Path

import pytest

from .perf_helpers import write_batch, write_folder


@pytest.fixture()
def folder(tmp_path) -> Path:
    return write_folder(tmp_path / "docs")


@pytest.fixture()
def batch(tmp_path) -> Path:
    return write_batch(tmp_path / "batch.jsonl")
