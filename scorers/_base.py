"""What every scorer module shares: the context it receives and what it returns.

A scorer module declares, at its top:

    NAME = "hedging"                      # registry key, also Signal.scorer
    SUMMARY = "one line for `credaudit scorers`"
    SCOPE = "claim"                       # or "section"
    FIELDS = ("hedged", "boosted")        # claim fields its Assessment sets

    @dataclass(frozen=True, kw_only=True)
    class Options: ...                    # typed options, settable in [credaudit:scorer:NAME]

    def score(claim: Claim, context: ClaimContext, options: Options) -> Assessment

Scorers are pure functions of their input: no I/O, no global state, no
import-time work beyond defining constants (regexes compile lazily).
Signals carry absolute document offsets: build them with `signal_at`.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from audit.model import Claim, Hints, Signal


@dataclass(frozen=True, kw_only=True, slots=True)
class ClaimContext:
    """What a scorer may know about a claim beyond its own text."""

    section_heading: str = ""
    section_region: str = "main"
    section_hints: Hints = ()
    document_format: str = "text"
    previous_text: str = ""  # the claim before this one in the same section ("" if first)


@dataclass(frozen=True, kw_only=True, slots=True)
class Assessment:
    """A scorer's output for one claim: observations plus the fields they imply."""

    signals: tuple[Signal, ...] = ()
    fields: dict = field(default_factory=dict)


def signal_at(claim: Claim, scorer: str, kind: str, start: int, end: int, *,
              value: int | None = None, label: str | None = None,
              negated: bool = False) -> Signal:
    """A Signal for claim.text[start:end], with offsets moved into document coordinates."""
    return Signal(scorer=scorer, kind=kind, text=claim.text[start:end],
                  start=claim.start + start, end=claim.start + end,
                  value=value, label=label, negated=negated)
