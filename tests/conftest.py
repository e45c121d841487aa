"""Suite-wide pytest settings."""
from __future__ import annotations

LARGE = 10_000


def pytest_assertrepr_compare(op, left, right):
    """Explain a failed == on large strings or bytes by the first difference.

    pytest's default explanation runs difflib over both values, which takes
    minutes on two differing reports of a few hundred kilobytes.
    """
    if op != "==" or not isinstance(left, (str, bytes)) or type(left) is not type(right):
        return None
    if len(left) < LARGE and len(right) < LARGE:
        return None
    index = next((i for i, (a, b) in enumerate(zip(left, right)) if a != b), min(len(left), len(right)))
    return [f"large values differ (lengths {len(left)} and {len(right)}); first difference at {index}:",
            f"left:  {left[max(0, index - 60):index + 60]!r}",
            f"right: {right[max(0, index - 60):index + 60]!r}"]
