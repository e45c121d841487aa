"""Golden reports: the JSON for each bundled sample must match the reviewed file exactly.

A difference means a verdict changed.  If the change is intended, run
`python tests/golden/update.py` and review the diff in the commit.
"""
import difflib

import pytest

from tests.golden.update import golden_name, render, samples


@pytest.mark.parametrize("sample", samples(), ids=lambda p: p.rsplit("/", 1)[-1])
def test_sample_report_matches_golden(sample):
    with open(golden_name(sample), encoding="utf-8") as handle:
        expected = handle.read()
    actual = render(sample)
    if actual != expected:
        diff = "".join(list(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                                 "golden", "now", n=1))[:60])
        pytest.fail(f"report differs from golden (run tests/golden/update.py if intended):\n{diff}")
