"""`-f json` writes exactly what `json.dumps(..., ensure_ascii=False, indent=2)` would.

The renderer builds the indented text from the C encoder's compact output (see
reports/json.py); these tests hold it to the standard library's bytes on any
JSON-shaped value, including the awkward ones: NUL and separator characters
inside strings and keys, braces at the end of strings, empty containers,
non-finite floats, and nesting of every kind.
"""
from __future__ import annotations

import io
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from reports import json as json_report

AWKWARD = st.sampled_from(["", "\0", "}\0{", "},{", '"', "\\", "\n", ": ", ",", "\u2028", "é", "}"])
TEXT = st.one_of(AWKWARD, st.text(max_size=12))
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), TEXT)
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=5),
    st.dictionaries(TEXT, inner, max_size=5)), max_leaves=30)
ROWS = st.lists(st.dictionaries(TEXT, SCALARS, min_size=1, max_size=4), min_size=1, max_size=4)


def expected(value, depth: int) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + " " * depth)


@settings(max_examples=400, deadline=None)
@given(VALUES)
def test_any_value_indents_like_the_standard_library(value):
    assert json_report._indented(value, 4) == expected(value, 4)


@settings(max_examples=200, deadline=None)
@given(ROWS, st.dictionaries(TEXT, VALUES, max_size=4))
def test_lists_of_flat_rows_and_mixed_dicts(rows, mixed):
    assert json_report._indented(rows, 4) == expected(rows, 4)
    mixed = {**mixed, "rows": rows, "n": 1}
    assert json_report._indented(mixed, 2) == expected(mixed, 2)


def test_top_level_scalars_including_non_finite_floats():
    for value in (float("inf"), float("-inf"), float("nan"), 0.1, -0.0, 10 ** 30, True, False,
                  None, "", "a\0b", 7):
        assert json_report._indented(value) == expected(value, 2)


def test_whole_report_is_the_standard_librarys_text():
    document = {"source": "a.txt", "error": None, "summary": {"claims": 2, "genres": {}},
                "sections": [{"id": "s1", "claims": [{"text": "x}\0{y", "signals": [],
                                                      "score": 0.25}]}]}
    report = {"schema": "credaudit/1", "tool": {"name": "credaudit"}, "documents": [document]}
    out = io.StringIO()
    json_report.render(report, out)
    assert out.getvalue() == json.dumps(report, ensure_ascii=False, indent=2) + "\n"
    assert json.loads(out.getvalue()) == report
