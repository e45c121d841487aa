"""``-f csv``: one row per claim, for spreadsheets and scripts.

Columns (fixed, always in this order, with a header row)
    ``source``, ``document_id``       the document's source and id
    ``section_id``, ``section_heading``, ``genre``
                                      the claim's section and its genre label
    ``promotional``, ``disclosed``    the section's flags: ``true`` / ``false``
    ``claim_id``, ``line``, ``start``, ``end``
                                      the claim's id, 1-based line and character
                                      offsets into the document's extracted text
    ``credibility``, ``grade``        score 0-100 and high / moderate / low / very_low
    ``evidence_type``, ``sample_size``, ``hedged``, ``boosted``, ``claim_strength``,
    ``commercial``                    the claim's scores (booleans as ``true`` / ``false``)
    ``signals``                       the scorer signals as ``kind:text`` joined by ``;``
    ``reasons``                       the scoring reasons joined by `` | ``
    ``text``                          the claim text (newlines kept, inside quotes)
    ``error``                         empty, or why the document could not be audited

Every claim of every document is one row, in document order; documents are
written as they arrive, so a lazy batch is streamed.  A document that
failed (its ``error`` is set) gives one row with ``source``, ``document_id``
and ``error`` filled and the other cells empty; a document without claims
gives no row.  Missing values are empty cells.

Format
    UTF-8, RFC 4180 quoting (fields with commas, quotes or line breaks are
    quoted, quotes doubled), rows end with CRLF (``\\r\\n``, the csv module's
    default); open the output file with ``newline=""``.  Control characters
    are dropped, lone surrogates become U+FFFD and bidi overrides are shown as
    ``[U+202E]``.  To stop formula injection, any cell that starts with ``=``,
    ``+``, ``-``, ``@``, a tab, a carriage return or a line feed gets a leading
    ``'`` (numbers written by credaudit itself are left alone).  Cells are never
    cut: a reader of huge pages may need to raise its field limit (in Python,
    ``csv.field_size_limit``; the default is 128 KiB).

Usage
    ``credaudit audit pages/ -f csv -o claims.csv``, or call
    ``reports.csv.render(report_dict, file)``.
"""
from __future__ import annotations

import csv
from typing import TextIO

from reports._text import as_number, clean, items, iter_documents, iter_claims, one_line, signal_text

COLUMNS = ("source", "document_id", "section_id", "section_heading", "genre", "promotional", "disclosed",
           "claim_id", "line", "start", "end", "credibility", "grade", "evidence_type", "sample_size",
           "hedged", "boosted", "claim_strength", "commercial", "signals", "reasons", "text", "error")

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def render(report: dict, out: TextIO) -> None:
    """Write one CSV row per claim (plus one per failed document) to `out`."""
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    for doc in iter_documents(report):
        for row in _rows(doc):
            writer.writerow([_cell(row.get(column)) for column in COLUMNS])


def _rows(doc: dict) -> list[dict]:
    head = {"source": doc.get("source"), "document_id": doc.get("id")}
    if doc.get("error"):
        return [{**head, "error": doc.get("error")}]
    rows = []
    for section, claim in iter_claims(doc):
        rows.append({**head,
                     "section_id": section.get("id"), "section_heading": section.get("heading"),
                     "genre": section.get("genre"), "promotional": section.get("promotional"),
                     "disclosed": section.get("disclosed"),
                     "claim_id": claim.get("id"), "line": claim.get("line"), "start": claim.get("start"),
                     "end": claim.get("end"), "credibility": claim.get("credibility"),
                     "grade": claim.get("grade"), "evidence_type": claim.get("evidence_type"),
                     "sample_size": claim.get("sample_size"), "hedged": claim.get("hedged"),
                     "boosted": claim.get("boosted"), "claim_strength": claim.get("claim_strength"),
                     "commercial": claim.get("commercial"), "signals": signal_text(claim.get("signals")),
                     "reasons": " | ".join(one_line(r) for r in items(claim.get("reasons"))),
                     "text": claim.get("text")})
    return rows


def _cell(value: object) -> str:
    """One cell: booleans as true/false, numbers as written, text cleaned and formula-safe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if as_number(value) is not None:
        return repr(value) if isinstance(value, float) and not value.is_integer() else str(int(value))
    text = clean(value) if isinstance(value, str) else one_line(value)
    return "'" + text if text.startswith(_FORMULA_START) else text
