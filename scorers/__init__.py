"""The scorer registry: an explicit tuple of module names, imported on demand.

Nothing is registered at import time; `load_scorers()` imports the modules
listed in `CLAIM_SCORERS` / `SECTION_SCORERS` when the pipeline first needs
them.  Each module follows the contract in `scorers/_base.py`.
"""
from __future__ import annotations

import importlib
from functools import cache
from types import ModuleType

CLAIM_SCORERS = ("commercial", "evidence", "sample_size", "hedging")
SECTION_SCORERS = ("readability",)
ALL_SCORERS = CLAIM_SCORERS + SECTION_SCORERS


@cache
def load(name: str) -> ModuleType:
    if name not in ALL_SCORERS:
        raise KeyError(name)
    return importlib.import_module(f"scorers.{name}")


def load_claim_scorers() -> tuple[ModuleType, ...]:
    return tuple(load(name) for name in CLAIM_SCORERS)
