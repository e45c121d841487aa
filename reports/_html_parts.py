"""Building blocks of the HTML report: highlighted claim text, bars, claims, sections.

Every value taken from the report passes through `esc` (text and attribute
context alike; attributes are always double-quoted).  Class names and ids are
never built from report strings: classes come from fixed vocabularies and
ids from positions (``d1-c3``).
"""
from __future__ import annotations

import html

from reports._text import (GENRES, GRADE_LABELS, GRADES, as_int, as_number, claim_flags, claims,
                           clean, fmt_number, grade_of, items, label, mapping, one_line, shorten)

TIP_LIMIT = 240  # characters of one signal description in a tooltip
SEP = " \u00b7 "


def esc(value: object) -> str:
    """Clean and HTML-escape a value for text or a double-quoted attribute."""
    return html.escape(clean(value), quote=True)


def genre_key(value: object) -> str:
    """A CSS-safe genre key: the genre if it is in the vocabulary, else ``unknown``."""
    return value if value in GENRES else "unknown"


def grade_key(value: object) -> str:
    return value if value in GRADES else "ungraded"


# --- signal spans ---------------------------------------------------------

def signal_spans(claim: dict) -> list[tuple[int, int, int]]:
    """(start, end, index) of each signal inside the claim text, clamped to it.

    Offsets come from ``signal.start - claim.start``; a signal whose offsets
    are unusable is located by its text instead, and skipped if not found.
    """
    text = claim.get("text") if isinstance(claim.get("text"), str) else ""
    base = as_int(claim.get("start"))
    spans = []
    for index, signal in enumerate(items(claim.get("signals"))):
        if not isinstance(signal, dict):
            continue
        start, end = as_int(signal.get("start")), as_int(signal.get("end"))
        if base is not None and start is not None and end is not None:
            start, end = max(start - base, 0), min(end - base, len(text))
        else:
            needle = signal.get("text") if isinstance(signal.get("text"), str) else ""
            found = text.find(needle) if needle else -1
            start, end = (found, found + len(needle)) if found >= 0 else (0, 0)
        if start < end:
            spans.append((start, end, index))
    return spans


def _segments(length: int, spans: list[tuple[int, int, int]]) -> list[tuple[int, int, list[int]]]:
    """Split [0, length) at every span edge; each piece lists the signals covering it.

    Flat pieces can never produce crossing tags, so overlapping signals always
    yield well-formed markup (a signal may then span several adjacent marks).
    """
    cuts = sorted({0, length, *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    pieces = []
    for left, right in zip(cuts, cuts[1:]):
        covering = [i for s, e, i in spans if s <= left and right <= e]
        pieces.append((left, right, covering))
    return pieces


def _mark_class(signals: list[dict]) -> str:
    if len(signals) > 1:
        return "sig s-multi"
    words = f"{signals[0].get('scorer')} {signals[0].get('kind')}".lower()
    for needle, css in (("commerc", "s-commercial"), ("conflict", "s-commercial"), ("boost", "s-booster"),
                        ("hedg", "s-hedge"), ("sample", "s-sample"), ("evidence", "s-evidence")):
        if needle in words:
            return f"sig {css}"
    return "sig"


def describe_signal(signal: dict) -> str:
    """``booster · hedging`` plus label/value when present (cleaned, not escaped)."""
    parts = [label(signal.get("kind")) or "signal", one_line(signal.get("scorer")) or "?"]
    extra = [one_line(signal.get(key)) for key in ("label", "value") if signal.get(key) is not None]
    text = " \u00b7 ".join(parts)
    if extra:
        text += f" ({', '.join(e for e in extra if e)})"
    if signal.get("negated") is True:
        text += " [negated]"
    return shorten(text, TIP_LIMIT)


def highlight(claim: dict) -> str:
    """The claim text, escaped, with each signal span wrapped in a focusable `<mark>`."""
    text = claim.get("text") if isinstance(claim.get("text"), str) else clean(claim.get("text"))
    signals = items(claim.get("signals"))
    out = []
    for left, right, covering in _segments(len(text), signal_spans(claim)):
        piece = esc(text[left:right])
        if not covering:
            out.append(piece)
            continue
        picked = [signals[i] for i in covering]
        tip = "\n".join(describe_signal(s) for s in picked)
        ids = " ".join(str(i) for i in covering)
        out.append(f'<mark class="{_mark_class(picked)}" tabindex="0" data-s="{ids}" '
                   f'title="{esc(tip)}" data-tip="{esc(tip)}">{piece}</mark>')
    return "".join(out)


# --- bars and legends -----------------------------------------------------

def bar_chart(title: str, counts: list[tuple[str, str, float]]) -> str:
    """A stacked horizontal bar (inline SVG) with a text legend.

    `counts` holds (css key, label, count); labels are cleaned here.
    """
    total = sum(c for _, _, c in counts if c > 0)
    rects, legend, x = [], [], 0.0
    for key, name, count in counts:
        if count <= 0:
            continue
        width = 100.0 * count / total
        share = f"{round(width):d}%"
        rects.append(f'<rect class="f-{key}" x="{x:.3f}" y="0" width="{width:.3f}" height="10">'
                     f'<title>{esc(name)}: {fmt_number(count)} ({share})</title></rect>')
        legend.append(f'<li><span class="sw b-{key}"></span>{esc(name)} '
                      f'<span class="n">{fmt_number(count)} \u00b7 {share}</span></li>')
        x += width
    if not rects:
        return f'<div class="chart"><h3>{esc(title)}</h3><p class="empty">No claims to chart.</p></div>'
    summary = "; ".join(f"{one_line(n)} {fmt_number(c)}" for _, n, c in counts if c > 0)
    return (f'<div class="chart"><h3>{esc(title)}</h3>'
            f'<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" '
            f'aria-label="{esc(title + ": " + summary)}">{"".join(rects)}</svg>'
            f'<ul class="legend">{"".join(legend)}</ul></div>')


# --- claims and sections --------------------------------------------------

def score_box(claim: dict) -> str:
    grade = grade_key(claim.get("grade"))
    number = fmt_number(claim.get("credibility"), 0) or "\u2013"
    name = GRADE_LABELS.get(grade, "Ungraded")
    return (f'<div class="score g-{grade}" title="credibility {esc(number)} / 100">'
            f'<span class="num">{esc(number)}</span><span class="lab">{name}</span></div>')


def claim_tags(section: dict, claim: dict) -> str:
    tags = [f'<span class="tag">evidence: {esc(label(claim.get("evidence_type")) or "none")}</span>']
    size = as_number(claim.get("sample_size"))
    if size is not None:
        tags.append(f'<span class="tag">n = {size:,.0f}</span>')
    if claim.get("claim_strength"):
        tags.append(f'<span class="tag">strength: {esc(label(claim.get("claim_strength")))}</span>')
    for flag in claim_flags(section, claim):
        tags.append(f'<span class="tag warn">{flag}</span>')
    if claim.get("hedged") is True:
        tags.append('<span class="tag hedge">hedged</span>')
    if claim.get("attributed") is True:
        tags.append('<span class="tag">attributed</span>')
    cites = [one_line(c) for c in items(claim.get("citations"))]
    if cites:
        tags.append(f'<span class="tag">cites [{esc(", ".join(cites))}]</span>')
    line = as_int(claim.get("line"))
    tags.append(f'<span>line {line}</span>' if line is not None else "")
    tags.append(f'<span class="cid bdi">{esc(claim.get("id"))}</span>')
    return f'<div class="cmeta">{"".join(tags)}</div>'


def why(claim: dict) -> str:
    """The `<details>` block with the claim's reasons and its signal table."""
    reasons = [f'<li class="bdi">{esc(r)}</li>' for r in items(claim.get("reasons"))]
    rows = []
    for index, signal in enumerate(items(claim.get("signals"))):
        if isinstance(signal, dict):
            rows.append(f'<tr data-i="{index}"><td>{esc(label(signal.get("kind")))}</td>'
                        f'<td>{esc(signal.get("scorer"))}</td>'
                        f'<td class="bdi">{esc(signal.get("text"))}</td></tr>')
    body = f'<ul>{"".join(reasons)}</ul>' if reasons else '<p class="empty">No reasons recorded.</p>'
    if rows:
        body += ('<table class="sigs"><thead><tr><th>Signal</th><th>Scorer</th><th>Text</th></tr></thead>'
                 f'<tbody>{"".join(rows)}</tbody></table>')
    count = f"{len(reasons)} reason{'s' * (len(reasons) != 1)}, {len(rows)} signal{'s' * (len(rows) != 1)}"
    return f'<details class="why"><summary>Why this score ({count})</summary>{body}</details>'


def claim_item(section: dict, claim: dict, anchor: str) -> str:
    genre = genre_key(section.get("genre"))
    flags = " ".join(claim_flags(section, claim))
    return (f'<li class="claim" id="{anchor}" data-genre="{genre}" data-grade="{grade_key(grade_of(claim))}" '
            f'data-flags="{flags}">{score_box(claim)}<div class="cbody">'
            f'<p class="ctext bdi">{highlight(claim)}</p>{claim_tags(section, claim)}{why(claim)}</div></li>')


def section_badges(section: dict) -> str:
    genre = genre_key(section.get("genre"))
    conf = as_number(section.get("genre_confidence"))
    conf_text = f" {conf:.0%}" if conf is not None else ""
    badges = [f'<span class="badge genre b-{genre}">{esc(label(section.get("genre")) or "unlabelled")}'
              f'{conf_text}</span>']
    if section.get("promotional") is True:
        badges.append('<span class="badge promo">promotional</span>')
    disclosure = mapping(section.get("disclosure"))
    if section.get("disclosed") is True:
        said = shorten(one_line(disclosure.get("text")), 120)
        kind = one_line(disclosure.get("kind"))
        detail = f": {kind} \u201c{said}\u201d" if said else (f": {kind}" if kind else "")
        badges.append(f'<span class="badge disc bdi">disclosed{esc(detail)}</span>')
    elif section.get("promotional") is True:
        badges.append('<span class="badge undisc">not disclosed</span>')
    return "".join(badges)


def section_meta(section: dict, count: int) -> str:
    parts = [f"{count} claim{'s' * (count != 1)}"]
    line = as_int(section.get("line"))
    if line is not None:
        parts.append(f"line {line}")
    region = one_line(section.get("region"))
    if region and region != "main":
        parts.append(f"page region: {esc(region)}")
    read = mapping(section.get("readability"))
    ease, grade = as_number(read.get("flesch_reading_ease")), as_number(read.get("flesch_kincaid_grade"))
    if ease is not None:
        parts.append(f"Flesch reading ease {ease:.1f}")
    if grade is not None:
        parts.append(f"grade level {grade:.1f}")
    promo = as_number(section.get("promotion_score"))
    if promo is not None and promo > 0:
        parts.append(f"promotion score {promo:.2f}")
    parts.append(f'<span class="cid bdi">{esc(section.get("id"))}</span>')
    return f'<p class="sec-meta">{SEP.join(parts)}</p>'


def section_block(section: dict, anchor: str, claim_anchors: list[str]) -> str:
    """One section: heading, badges, meta line and its claims."""
    heading = one_line(section.get("heading"))
    title = esc(heading) if heading else '<span class="untitled">Untitled section</span>'
    listed = claims(section)
    body = "".join(claim_item(section, c, a) for c, a in zip(listed, claim_anchors))
    body = f'<ol class="claims">{body}</ol>' if body else ""
    return (f'<section class="sec k-{genre_key(section.get("genre"))}" id="{anchor}">'
            f'<div class="sec-head"><h3 class="bdi">{title}</h3>{section_badges(section)}</div>'
            f'{section_meta(section, len(listed))}{body}</section>')
