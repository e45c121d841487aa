"""``-f html``: a self-contained HTML page for editors.

What it shows
    A masthead with the tool and version; a table of contents when the report
    holds several documents; then, per document: its title and source (shown
    as text, never as a link), an error box if the document could not be
    audited, summary tiles (claims, mean credibility, promotional sections and
    how many of them carry no disclosure), two bars (claims per credibility
    grade and claims per section genre), a "most doubtful claims" list
    (lowest credibility first, each linking to the claim) and every section
    with its genre, promotional / disclosed badges and every claim.

    Each claim shows its credibility score and grade, its evidence type,
    sample size, claim strength and flags, and its text with every scorer
    signal highlighted (colour by family: commercial, booster, hedge,
    evidence, sample size; a double underline where signals overlap).  Hover
    a highlight for its kind and scorer (a tooltip); click or focus it (Tab)
    for the same note under the text, and open "Why this score" for the
    claim's reasons and a table of its signals.  All of this works without
    JavaScript.  The section line also gives the page region (nav, footer...)
    and readability (Flesch reading ease, Flesch-Kincaid grade level).

    With JavaScript on, a sticky bar filters claims by section genre, grade
    and flag (promotional section, commercial, boosted).  Within a group any
    selected value matches; groups combine (genre AND grade AND flag).
    Clicking a highlight also opens the reasons and marks the matching signal
    row.  Printing opens every "Why this score" block and drops the filter bar.

Safety
    The page loads nothing: no network, fonts, images or links to the audited
    page.  Every report string is HTML-escaped, control characters are
    removed and bidi overrides are shown as ``[U+202E]``-style markers.  A
    Content-Security-Policy ``<meta>`` allows only the page's own nonce'd
    style and script; the nonce is a hash of the page body, so the same
    report always renders to the same bytes.

Usage
    ``credaudit audit page.html -f html -o report.html`` and open the file in a
    browser, or call ``reports.html.render(report_dict, file)``.
"""
from __future__ import annotations

import base64
import hashlib
from typing import TextIO

from reports._html_assets import CSS, JS
from reports._html_parts import SEP, bar_chart, esc, genre_key, grade_key, section_block
from reports._text import (FLAGS, GENRES, GRADE_LABELS, GRADES, as_number, claim_flags, claims,
                           documents, fmt_number, grade_of, items, iter_claims, label, mapping, one_line,
                           sections, shorten, sort_key_doubtful, tool_line)

DOUBTFUL_LIMIT = 5
SNIPPET = 170


def render(report: dict, out: TextIO) -> None:
    """Write the report as one self-contained HTML page to `out`."""
    docs = documents(report)
    body = "".join([_masthead(report, docs), _filters(docs), '<main class="wrap">', _key(docs), _toc(docs),
                    *(_document(i, d) for i, d in enumerate(docs, 1)), _footer(report), "</main>"])
    nonce = base64.b64encode(hashlib.sha256((body + CSS + JS).encode("utf-8")).digest()[:18]).decode()
    csp = (f"default-src 'none'; style-src 'nonce-{nonce}'; script-src 'nonce-{nonce}'; "
           "img-src data:; base-uri 'none'; form-action 'none'")
    title = f"credaudit report \u2014 {len(docs)} document{'s' * (len(docs) != 1)}"
    out.write('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
              f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
              '<meta name="referrer" content="no-referrer">\n'
              '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
              f'<title>{title}</title>\n<style nonce="{nonce}">{CSS}</style>\n</head>\n<body>\n')
    out.write(body)
    out.write(f'\n<script nonce="{nonce}">{JS}</script>\n</body>\n</html>\n')


def _masthead(report: dict, docs: list[dict]) -> str:
    total = sum(1 for d in docs for _ in iter_claims(d))
    schema = one_line(mapping(report).get("schema"))
    meta = [esc(tool_line(report)), f"{len(docs)} document{'s' * (len(docs) != 1)}",
            f"{total} claim{'s' * (total != 1)}"]
    if schema:
        meta.append(f"schema {esc(schema)}")
    return ('<header class="masthead"><div class="wrap"><p class="brand">credaudit '
            '<span>source credibility report</span></p>'
            f'<span class="mast-meta">{SEP.join(meta)}</span></div></header>\n')


def _chip(group: str, value: str, text: str, count: int) -> str:
    return (f'<button type="button" class="chip" data-group="{group}" data-value="{value}" '
            f'aria-pressed="false">{esc(text)}<span class="n">{count}</span></button>')


def _filters(docs: list[dict]) -> str:
    """The filter bar, hidden until the script shows it (absent if there are no claims)."""
    genres: dict[str, int] = {}
    grades: dict[str, int] = {}
    flags: dict[str, int] = {}
    for doc in docs:
        for section, claim in iter_claims(doc):
            key = genre_key(section.get("genre"))
            genres[key] = genres.get(key, 0) + 1
            grade = grade_key(grade_of(claim))
            grades[grade] = grades.get(grade, 0) + 1
            for flag in claim_flags(section, claim):
                flags[flag] = flags.get(flag, 0) + 1
    if not genres:
        return ""
    groups = [("genre", "Genre", [(g, label(g)) for g in (*GENRES, "unknown") if g in genres], genres),
              ("grade", "Grade", [(g, GRADE_LABELS.get(g, "Ungraded")) for g in (*GRADES, "ungraded")
                                  if g in grades], grades),
              ("flag", "Flags", [(f, f) for f in FLAGS if f in flags], flags)]
    html = []
    for group, title, values, counts in groups:
        if values:
            chips = "".join(_chip(group, v, t, counts[v]) for v, t in values)
            html.append(f'<div class="fgroup" role="group" aria-label="{title}"><b>{title}</b>{chips}</div>')
    html.append('<button type="button" class="chip" id="fclear">Clear filters</button>'
                '<span class="fstatus" id="fstatus" role="status" aria-live="polite"></span>')
    return f'<div class="filters" id="filters" hidden><div class="wrap">{"".join(html)}</div></div>\n'


def _key(docs: list[dict]) -> str:
    """A one-line key to the highlight colours (only when some claim has signals)."""
    if not any(items(c.get("signals")) for d in docs for _, c in iter_claims(d)):
        return ""
    samples = "".join(f'<span class="km {css}">{name}</span>' for css, name in (
        ("s-commercial", "commercial"), ("s-booster", "booster"), ("s-hedge", "hedge"),
        ("s-evidence", "evidence"), ("s-sample", "sample size"), ("", "other signal"),
        ("s-multi", "overlapping signals")))
    return (f'<p class="key"><b>Highlights</b>{samples}<span>\u2014 hover, click or tab to a highlight '
            'for its scorer; open \u201cWhy this score\u201d for the reasons.</span></p>\n')


def _doc_title(index: int, doc: dict) -> str:
    return one_line(doc.get("title")) or one_line(doc.get("source")) or f"Document {index}"


def _toc(docs: list[dict]) -> str:
    if len(docs) < 2:
        return ""
    rows = []
    for index, doc in enumerate(docs, 1):
        summary = mapping(doc.get("summary"))
        count = sum(1 for _ in iter_claims(doc))
        mean = fmt_number(summary.get("credibility_mean"))
        facts = [f"{count} claim{'s' * (count != 1)}"] + ([f"mean {mean}"] if mean else [])
        if doc.get("error"):
            facts.append("failed")
        rows.append(f'<li><a href="#d{index}" class="bdi">{esc(shorten(_doc_title(index, doc), 160))}</a>'
                    f'<span class="tmeta">{SEP.join(facts)}</span></li>')
    return f'<nav class="toc" aria-label="Documents"><h2>Documents</h2><ol>{"".join(rows)}</ol></nav>\n'


def _document(index: int, doc: dict) -> str:
    title = _doc_title(index, doc)
    facts = [f"<b>Format</b> {esc(doc.get('format')) or 'unknown'}"]
    if one_line(doc.get("id")):
        facts.append(f'<b>ID</b> <span class="bdi">{esc(doc.get("id"))}</span>')
    head = (f'<header class="doc-head"><h2 id="d{index}-h" class="bdi">{esc(title)}</h2>'
            f'<p class="src"><b>Source</b> <span class="bdi">{esc(doc.get("source"))}</span></p>'
            f'<p class="src">{SEP.join(facts)}</p></header>')
    parts = [head]
    if doc.get("error"):
        parts.append(f'<div class="error" role="alert"><b>Could not audit this document:</b> '
                     f'<span class="bdi">{esc(doc.get("error"))}</span></div>')
    parts.append(_summary(doc))
    parts.append(_doubtful(index, doc))
    parts.append(_sections(index, doc))
    return f'<article class="doc" id="d{index}" aria-labelledby="d{index}-h">{"".join(parts)}</article>\n'


def _grade_counts(doc: dict) -> dict:
    grades = mapping(mapping(doc.get("summary")).get("grades"))
    if grades:
        return grades
    counted: dict[str, int] = {}
    for _, claim in iter_claims(doc):
        key = grade_key(grade_of(claim))
        counted[key] = counted.get(key, 0) + 1
    return counted


def _genre_counts(doc: dict) -> dict:
    genres = mapping(mapping(doc.get("summary")).get("genres"))
    if genres:
        return genres
    counted: dict[str, int] = {}
    for section, _ in iter_claims(doc):
        key = one_line(section.get("genre")) or "unknown"
        counted[key] = counted.get(key, 0) + 1
    return counted


def _stat(value: str, key: str, alert: bool = False) -> str:
    css = "stat alert" if alert else "stat"
    return f'<div class="{css}"><span class="v">{value}</span><span class="k">{key}</span></div>'


def _summary(doc: dict) -> str:
    summary = mapping(doc.get("summary"))
    count = summary.get("claims")
    count = fmt_number(count, 0) if as_number(count) is not None else str(sum(1 for _ in iter_claims(doc)))
    mean = fmt_number(summary.get("credibility_mean")) or "\u2013"
    promo = fmt_number(summary.get("promotional_sections"), 0) or "0"
    unflagged = fmt_number(summary.get("unflagged_promotional_sections"), 0) or "0"
    tiles = (_stat(esc(count), "claims") + _stat(esc(mean), "mean credibility / 100")
             + _stat(esc(promo), "promotional sections")
             + _stat(esc(unflagged), "undisclosed promotional", alert=unflagged not in ("0", "")))
    grades = _grade_counts(doc)
    grade_rows = [(g, GRADE_LABELS[g], as_number(grades.get(g)) or 0) for g in GRADES]
    if as_number(grades.get("ungraded")):
        grade_rows.append(("ungraded", "Ungraded", as_number(grades.get("ungraded")) or 0))
    genres = _genre_counts(doc)
    order = [g for g in GENRES if g in genres] + sorted(k for k in genres if k not in GENRES)
    genre_rows = [(genre_key(g), label(g) or "unlabelled", as_number(genres.get(g)) or 0) for g in order]
    charts = (bar_chart("Credibility grades (claims)", grade_rows)
              + bar_chart("Genre mix (claims)", genre_rows))
    return f'<div class="summary">{tiles}</div><div class="charts">{charts}</div>'


def _anchors(index: int, doc: dict) -> list[list[str]]:
    """Per section, the anchor ids of its claims (``d1-c1``, ``d1-c2``, ...)."""
    counter, result = 0, []
    for section in sections(doc):
        ids = []
        for _ in claims(section):
            counter += 1
            ids.append(f"d{index}-c{counter}")
        result.append(ids)
    return result


def _doubtful(index: int, doc: dict) -> str:
    ranked = []
    for section, ids in zip(sections(doc), _anchors(index, doc)):
        for claim, anchor in zip(claims(section), ids):
            if as_number(claim.get("credibility")) is not None:
                ranked.append((sort_key_doubtful(len(ranked), claim), claim, anchor))
    if not ranked:
        return ""
    rows = []
    for _, claim, anchor in sorted(ranked, key=lambda r: r[0])[:DOUBTFUL_LIMIT]:
        grade = grade_key(grade_of(claim))
        snippet = shorten(one_line(claim.get("text")), SNIPPET)
        rows.append(f'<li><span class="pill g-{grade}">{esc(fmt_number(claim.get("credibility"), 0))}</span>'
                    f'<a href="#{anchor}" class="bdi">{esc(snippet)}</a></li>')
    return f'<div class="doubtful"><h3>Most doubtful claims</h3><ol>{"".join(rows)}</ol></div>'


def _sections(index: int, doc: dict) -> str:
    listed = sections(doc)
    if not listed:
        return "" if doc.get("error") else '<p class="empty">No sections or claims were found.</p>'
    anchors = _anchors(index, doc)
    return "".join(section_block(s, f"d{index}-s{n}", a) for n, (s, a) in enumerate(zip(listed, anchors), 1))


def _footer(report: dict) -> str:
    return (f'<p class="foot">Generated by {esc(tool_line(report))}. Scores are heuristics to guide '
            'editorial review, not verdicts. Links to audited pages are shown as text on purpose.</p>')
