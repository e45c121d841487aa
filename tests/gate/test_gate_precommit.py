"""The pre-commit hook definition at the repository root."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

HOOKS = Path(__file__).resolve().parents[2] / ".pre-commit-hooks.yaml"


def test_hook_definition():
    import yaml  # noqa: E402  (test extra)
    hooks = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    (hook,) = hooks
    assert hook["id"] == "credaudit"
    assert hook["entry"] == "credaudit check"
    assert hook["language"] == "python"
    assert hook["types_or"] == ["html", "markdown", "text"]
    files = re.compile(hook["files"])
    for name in ("a.md", "b/c.html", "d.htm", "e.txt", "f.markdown"):
        assert files.search(name), name
    for name in ("setup.py", "notes.yaml", "image.png"):
        assert not files.search(name), name
