"""`-f json`: the whole report as one JSON document (schema `credaudit/1`).

Deterministic: keys keep the order the pipeline gives them, floats are
rounded at the source, no timestamps, `ensure_ascii=False`, two-space
indentation, a trailing newline.  Documents are written as they arrive, so
memory does not grow with a lazy batch.

The text is exactly what `json.dumps(value, ensure_ascii=False, indent=2)`
writes, but built faster: with `indent`, `json` falls back to its pure-Python
encoder (about 3 MB/s of input).  Here the C encoder writes every container
that holds only scalars (signals, reasons, grades, ...) in one call, with a
NUL as item separator (a NUL cannot occur otherwise: strings escape it as
``\\u0000``), and the NULs become ",\\n" plus the indentation; only the few
containers that hold containers are walked in Python.
"""
from __future__ import annotations

import json
from json.encoder import c_make_encoder, encode_basestring
from typing import TextIO

_ROW = json.JSONEncoder(ensure_ascii=False, separators=("\0", ": "))  # NUL-separated items
_SCALARS = frozenset({str, int, float, bool, type(None)})
_INFINITY = float("inf")


def _row_encoder():
    """`_ROW.encode` for containers, calling the C encoder directly when there is one."""
    if c_make_encoder is None:
        return _ROW.encode
    encoder = c_make_encoder(None, _ROW.default, encode_basestring, None, ": ", "\0",
                             False, False, True)
    return lambda container: "".join(encoder(container, 0))


_compact = _row_encoder()


def render(report: dict, out: TextIO) -> None:
    head = {k: v for k, v in report.items() if k != "documents"}
    out.write("{\n")
    for key, value in head.items():
        out.write(f"  {json.dumps(key)}: {_indented(value)},\n")
    out.write('  "documents": [')
    first = True
    for document in report["documents"]:
        out.write("\n    " if first else ",\n    ")
        out.write(_indented(document, 4))
        first = False
    out.write("\n  ]\n}\n" if not first else "]\n}\n")


def _indented(value, depth: int = 2) -> str:
    """`json.dumps(value, ensure_ascii=False, indent=2)` with every line after the first
    indented by `depth` more spaces."""
    return _encode(value, " " * depth)


def _encode(value, pad: str) -> str:
    """`value` as indented JSON whose closing bracket sits after `pad` (the line's indent)."""
    if isinstance(value, dict):
        if not value:
            return "{}"
        if _SCALARS.issuperset(map(type, value.values())):
            return _lines(_compact(value), pad)
        return _mixed(value, pad)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        if _SCALARS.issuperset(map(type, value)):
            return _lines(_compact(value), pad)
        if all(type(item) is dict and item and _SCALARS.issuperset(map(type, item.values()))
               for item in value):
            return _rows(_compact(value), pad)
        inner = pad + "  "
        items = [_encode(item, inner) for item in value]
        return "[\n" + inner + (",\n" + inner).join(items) + "\n" + pad + "]"
    return _scalar(value)


def _lines(text: str, pad: str) -> str:
    """Compact NUL-separated JSON of a non-empty row of scalars -> one item per line."""
    inner = "\n" + pad + "  "
    return text[0] + inner + text[1:-1].replace("\0", "," + inner) + "\n" + pad + text[-1]


def _rows(text: str, pad: str) -> str:
    """Compact NUL-separated JSON of a list of non-empty dicts of scalars -> indented.

    Between two dicts the text reads "}NUL{"; inside a dict a NUL follows a scalar, whose
    text never ends in "}" (a string ends in a quote), so the two are told apart."""
    row, item = "\n" + pad + "  ", "\n" + pad + "    "
    text = text[2:-2].replace("}\0{", row + "}," + row + "{" + item).replace("\0", "," + item)
    return "[" + row + "{" + item + text + row + "}\n" + pad + "]"


def _mixed(value: dict, pad: str) -> str:
    """A dict holding containers: its scalars in one C-encoder call (containers as null,
    one NUL-separated item per key), then each container's own text in place of its null."""
    shallow = dict(value)
    nested = [(index, key) for index, (key, item) in enumerate(value.items())
              if type(item) not in _SCALARS]
    for _, key in nested:
        shallow[key] = None
    items = _compact(shallow)[1:-1].split("\0")
    inner = pad + "  "
    for index, key in nested:
        items[index] = items[index][:-len("null")] + _encode(value[key], inner)
    return "{\n" + inner + (",\n" + inner).join(items) + "\n" + pad + "}"


def _scalar(value) -> str:
    """A scalar as `json` writes it (anything else: json.dumps's own result or error)."""
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        if value != value:
            return "NaN"
        if value == _INFINITY:
            return "Infinity"
        if value == -_INFINITY:
            return "-Infinity"
        return float.__repr__(value)
    return json.dumps(value, ensure_ascii=False, indent=2)
