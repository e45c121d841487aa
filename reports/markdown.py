"""``-f markdown``: a summary for tickets and pull-request comments (GitHub-flavoured tables).

What it shows
    A title line with the tool and version, then per document (streamed as the
    documents arrive), and a closing line counting documents and claims:

    * a heading with the document title and a ``Source:`` line (the source is
      plain text, never a link), or the error if the document failed;
    * a one-row summary table: ``Claims``, ``Mean credibility``, ``High``,
      ``Moderate``, ``Low``, ``Very low``, ``Genre mix`` (claims per section
      genre, largest first, with shares), ``Promotional sections`` and
      ``Undisclosed promotional`` (promotional sections without a disclosure);
    * a table of flagged claims: claims that are commercial, boosted, in a
      promotional section, or graded low / very_low, in document order, with
      the columns ``Section`` (id and heading), ``Line``, ``Grade``,
      ``Credibility``, ``Evidence``, ``Flags``, ``Claim`` (shortened) and
      ``Reasons`` (the scorer's reasons joined with ``; ``, shortened).  At most
      100 rows per document are listed; a note counts the rest (``-f csv``
      has every claim).

Safety
    Page text cannot break the tables or inject markup: newlines become
    spaces; ``\\``, ``|``, backticks, ``*``, ``_``, ``[``, ``]``, ``~`` and ``#``
    are backslash-escaped; ``&``, ``<`` and ``>`` become entities; a leading
    ``-``, ``+`` or ``1.`` is escaped; control characters are dropped and bidi
    overrides are shown as ``[U+202E]``; ``://`` and ``www.`` get a backslash so
    URLs from the page are not turned into links.  Output is deterministic.

Usage
    ``credaudit audit page.html -f markdown`` and paste the output, or call
    ``reports.markdown.render(report_dict, file)``.
"""
from __future__ import annotations

import re
from typing import TextIO

from reports._text import (GRADE_LABELS, GRADES, as_int, as_number, claim_flags, fmt_number, grade_of,
                           is_flagged, items, iter_claims, iter_documents, label, mapping, one_line, shorten,
                           tool_line)

CLAIM_LIMIT = 160  # characters of claim text in the flagged table
REASONS_LIMIT = 240  # characters of joined reasons in the flagged table
HEADING_LIMIT = 60  # characters of a section heading in the flagged table
MAX_ROWS = 100  # flagged claims listed per document (comment boxes have size limits)

_SPECIAL = re.compile(r"([\\`*_\[\]~#|])")
_LEADING = re.compile(r"^([-+]|\d+[.)])")
_WWW = re.compile(r"(?i)\b(www)\.")


def render(report: dict, out: TextIO) -> None:
    """Write the report as Markdown to `out`."""
    out.write(f"# credaudit report\n\n{md(tool_line(report))}\n")
    count = claims = 0
    for count, doc in enumerate(iter_documents(report), 1):
        out.write("\n")
        out.write(_document(count, doc))
        claims += sum(1 for _ in iter_claims(doc))
    out.write(f"\n{count} document{'s' * (count != 1)}, {claims} claim{'s' * (claims != 1)}.\n")


def md(value: object) -> str:
    """Escape any value for inline Markdown, including inside a table cell."""
    text = one_line(value)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _SPECIAL.sub(r"\\\1", text)
    text = _WWW.sub(r"\1\\.", text.replace("://", "\\://"))
    return _LEADING.sub(lambda m: m.group(1)[:-1] + "\\" + m.group(1)[-1], text)


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cell if cell else " " for cell in cells) + " |\n"


def _table(header: list[str], align: str, rows: list[list[str]]) -> str:
    marks = [":---" if a == "l" else "---:" for a in align]
    return _row(header) + _row(marks) + "".join(_row(r) for r in rows)


def _document(index: int, doc: dict) -> str:
    title = one_line(doc.get("title")) or f"Document {index}"
    parts = [f"## {index}. {md(title)}\n\n", f"Source: {md(doc.get('source')) or 'unknown'}"]
    if one_line(doc.get("format")):
        parts.append(f" \u00b7 format: {md(doc.get('format'))}")
    parts.append("\n\n")
    if doc.get("error"):
        parts.append(f"**Error:** {md(doc.get('error')) or 'unknown error'}\n")
        return "".join(parts)
    parts.append(_summary(doc))
    parts.append("\n")
    parts.append(_flagged(doc))
    return "".join(parts)


def _genre_mix(doc: dict, summary: dict) -> str:
    genres = {k: as_number(v) for k, v in mapping(summary.get("genres")).items()}
    shares = mapping(summary.get("genre_share"))
    if not genres:
        for section, _ in iter_claims(doc):
            key = section.get("genre")
            genres[key] = (genres.get(key) or 0) + 1
    ordered = sorted(((k, v) for k, v in genres.items() if v), key=lambda kv: (-kv[1], one_line(kv[0])))
    total = sum(v for _, v in ordered)
    out = []
    for key, count in ordered:
        share = as_number(shares.get(key)) if isinstance(key, str) else None
        share = share if share is not None else count / total
        out.append(f"{md(key)} {fmt_number(count, 0)} ({share:.0%})")
    return ", ".join(out) or "\u2013"


def _summary(doc: dict) -> str:
    summary = mapping(doc.get("summary"))
    grades = mapping(summary.get("grades"))
    if not grades:
        grades = {g: sum(1 for _, c in iter_claims(doc) if grade_of(c) == g) for g in GRADES}
    count = summary.get("claims")
    count = fmt_number(count, 0) if as_number(count) is not None else str(sum(1 for _ in iter_claims(doc)))
    row = [count, fmt_number(summary.get("credibility_mean")) or "\u2013",
           *(fmt_number(grades.get(g), 0) or "0" for g in GRADES), _genre_mix(doc, summary),
           fmt_number(summary.get("promotional_sections"), 0) or "0",
           fmt_number(summary.get("unflagged_promotional_sections"), 0) or "0"]
    header = ["Claims", "Mean credibility", *(GRADE_LABELS[g] for g in GRADES), "Genre mix",
              "Promotional sections", "Undisclosed promotional"]
    return _table(header, "rrrrrrlrr", [row])


def _flagged(doc: dict) -> str:
    rows, flagged, total = [], 0, 0
    for section, claim in iter_claims(doc):
        total += 1
        if is_flagged(section, claim):
            flagged += 1
            if len(rows) < MAX_ROWS:
                rows.append(_claim_row(section, claim))
    if not rows:
        return f"No flagged claims ({total} claim{'s' * (total != 1)} checked).\n"
    header = ["Section", "Line", "Grade", "Credibility", "Evidence", "Flags", "Claim", "Reasons"]
    more = (f"\n{flagged - len(rows)} more flagged claims are not listed; `-f csv` or `-f html` "
            "shows every claim.\n") if flagged > len(rows) else ""
    return f"### Flagged claims ({flagged} of {total})\n\n" + _table(header, "lrlrllll", rows) + more


def _claim_row(section: dict, claim: dict) -> list[str]:
    heading = shorten(one_line(section.get("heading")), HEADING_LIMIT)
    where = md(section.get("id")) + (f" {md(heading)}" if heading else "")
    line = as_int(claim.get("line"))
    grade = grade_of(claim)
    reasons = "; ".join(one_line(r) for r in items(claim.get("reasons")) if one_line(r))
    flags = claim_flags(section, claim)
    if claim.get("hedged") is True:
        flags.append("hedged")
    return [where, str(line) if line is not None else "",
            GRADE_LABELS.get(grade, md(claim.get("grade"))),
            fmt_number(claim.get("credibility"), 0),
            md(label(claim.get("evidence_type"))),
            ", ".join(flags),
            md(shorten(one_line(claim.get("text")), CLAIM_LIMIT)),
            md(shorten(reasons, REASONS_LIMIT))]
