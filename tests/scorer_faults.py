"""A scorer that raises on chosen claims, for the tests of how a crash is reported."""
from __future__ import annotations


def crash_scorer(monkeypatch, name: str, *, when: str = "",
                 error: Exception | None = None) -> None:
    """Make scorer `name` raise `error` on every claim whose text holds `when` ("" = all).

    The patch is on the scorer module, so forked `--jobs` workers inherit it."""
    from scorers import load
    module = load(name)
    original = module.score
    error = error or ValueError("boom")

    def score(claim, context, options):
        if when in claim.text:
            raise error
        return original(claim, context, options)

    monkeypatch.setattr(module, "score", score)
