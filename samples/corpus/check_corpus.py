#!/usr/bin/env python3
"""Check the genre-training corpus and print its size per genre and format.

Stdlib only.  Run from anywhere:

    python samples/corpus/check_corpus.py             # checks + counts, exit 1 on any problem
    python samples/corpus/check_corpus.py --markdown  # counts as Markdown tables (for LABELLING.md)
    python samples/corpus/check_corpus.py --sections docs/h01_news_polypill.html  # show the split

Checks:
1. every line of labels.jsonl has doc/match/genre, a known genre, an existing doc, a 3-8 word match;
2. every `match` occurs exactly once in its document (raw file) and exactly once in the extracted text;
3. with a reference splitter that follows the pipeline's documented rules (h1-h6 and
   nav/header/footer/aside/form regions in HTML; ATX headings in Markdown; heading lines, ` | ` lines and
   forum post markers in plain text; text before the first heading is a section), every section carries
   exactly one label whose match lies in the section's heading or first sentence.

The reference splitter is a yardstick for writing the corpus, not the pipeline's implementation.
"""
from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
GENRES = ("guideline", "research", "news", "marketing", "anecdote", "boilerplate", "other")
FORMATS = {".html": "html", ".md": "markdown", ".txt": "text"}


class Section:
    def __init__(self, kind: str, heading: str = "", line: int = 1):
        self.kind = kind  # start | heading | region:<tag> | after-region | seo | forum
        self.heading = heading
        self.line = line
        self.body: list[str] = []

    @property
    def text(self) -> str:
        return "\n".join(p for p in self.body if p.strip())

    def first_sentence(self) -> str:
        body = self.text.strip()
        if not body:
            return ""
        first_line = body.split("\n", 1)[0].strip()
        return first_sentence(first_line)

    def heading_text(self) -> str:
        return self.heading.strip()


ABBREV = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|Prof|St|vs|etc|No|approx|Fig|al|e\.g|i\.e|Inc|Ltd|Co|Jr|Sr)|\b[A-Z])\.$")


def first_sentence(line: str) -> str:
    for m in re.finditer(r"[.!?]+[\"'\u201d\u2019)]*(?=\s|$)", line):
        head = line[: m.end()]
        if ABBREV.search(head[: m.start() + 1]) and m.end() < len(line):
            continue
        return head
    return line


# ---------------------------------------------------------------- HTML
REGIONS = {"nav", "header", "footer", "aside", "form"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
SKIP = {"head", "script", "style", "title", "noscript", "template", "svg"}
BLOCK = {"p", "div", "li", "ul", "ol", "br", "tr", "td", "th", "table", "section", "article",
         "blockquote", "main", "body", "dl", "dt", "dd", "figure", "figcaption", "label", "button",
         "pre", "hr", "select", "option", "address", "summary", "details",
         "textarea", "input"} | HEADINGS | REGIONS


class _HtmlSplitter(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.sections: list[Section] = [Section("start")]
        self.skip = 0
        self.region: str | None = None
        self.region_depth = 0
        self.in_heading: str | None = None
        self.heading_buf: list[str] = []
        self.buf: list[str] = []  # current line of body text

    # helpers
    @property
    def cur(self) -> Section:
        return self.sections[-1]

    def _flush(self):
        text = re.sub(r"\s+", " ", "".join(self.buf)).strip()
        if text:
            self.cur.body.append(text)
        self.buf = []

    def _new(self, kind: str, heading: str = ""):
        self._flush()
        self.sections.append(Section(kind, heading, self.getpos()[0]))

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
            return
        if self.skip:
            return
        if self.region is None and tag in REGIONS:
            self._new("region:" + tag, dict(attrs).get("aria-label") or "")
            self.region, self.region_depth = tag, 1
            self.cur.aria = dict(attrs).get("aria-label") or ""
            self.cur.first_heading = ""
            return
        if self.region is not None and tag == self.region:
            self.region_depth += 1
        if tag in HEADINGS:
            if self.region is None:
                self._new("heading")
                self.in_heading = tag
                self.heading_buf = []
            else:
                self._flush()
                self.in_heading = tag
                self.heading_buf = []
            return
        if tag in BLOCK:
            self._flush()

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK and not self.skip:
            self._flush()

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip:
            return
        if self.in_heading == tag:
            text = re.sub(r"\s+", " ", "".join(self.heading_buf)).strip()
            if self.region is None:
                self.cur.heading = text
            else:
                if not getattr(self.cur, "first_heading", ""):
                    self.cur.first_heading = text
                self.cur.body.append(text)
            self.in_heading = None
            return
        if self.region is not None and tag == self.region:
            self.region_depth -= 1
            if self.region_depth == 0:
                self._flush()
                sec = self.cur
                sec.heading = sec.first_heading or sec.aria or (sec.body[0] if sec.body else "")
                self.region = None
                self._new("after-region")
            return
        if tag in BLOCK:
            self._flush()

    def handle_data(self, data):
        if self.skip:
            return
        if self.in_heading:
            self.heading_buf.append(data)
        else:
            self.buf.append(data)

    def close(self):
        super().close()
        self._flush()


def split_html(raw: str) -> list[Section]:
    p = _HtmlSplitter()
    p.feed(raw)
    p.close()
    out = []
    for s in p.sections:
        if s.kind.startswith("region:"):
            # heading of a region: first heading inside, else aria-label, else first line
            body = list(s.body)
            if s.heading and body and body[0] == s.heading:
                body = body[1:]
            s.body = body
        if s.heading or s.text:
            out.append(s)
    return out


# ---------------------------------------------------------------- Markdown
def split_markdown(raw: str) -> list[Section]:
    lines = raw.split("\n")
    i = 0
    if lines and lines[0].strip() == "---":
        for j in range(1, len(lines)):
            if lines[j].strip() == "---":
                i = j + 1
                break
    sections = [Section("start", "", i + 1)]
    para: list[str] = []

    def flush():
        if para:
            sections[-1].body.append(" ".join(x.strip() for x in para))
            para.clear()

    for n in range(i, len(lines)):
        line = lines[n]
        m = re.match(r"^(#{1,6})\s+(.*?)\s*#*\s*$", line)
        if m:
            flush()
            sections.append(Section("heading", m.group(2), n + 1))
        elif not line.strip():
            flush()
        elif re.match(r"^\s*([-*+]|\d+[.)])\s+", line):
            flush()
            para.append(line)
            flush()
        else:
            para.append(line)
    flush()
    return [s for s in sections if s.heading or s.text]


# ---------------------------------------------------------------- plain text
FORUM = re.compile(r"^(Posted by \S.*|Reply from \S.*|Written by \S.*|\S[^.!?]{0,60} wrote:)$")


def _is_heading(lines: list[str], n: int) -> bool:
    line = lines[n].strip()
    if not line or len(line.split()) > 12 or line[-1] in ".!?:;":
        return False
    if n > 0 and lines[n - 1].strip():
        return False
    if n + 1 >= len(lines) or not lines[n + 1].strip():
        return False
    return True


def split_text(raw: str) -> list[Section]:
    lines = raw.split("\n")
    sections = [Section("start", "", 1)]
    para: list[str] = []

    def flush():
        if para:
            sections[-1].body.append(" ".join(x.strip() for x in para))
            para.clear()

    for n, line in enumerate(lines):
        s = line.strip()
        if " | " in s and len(s.split(" | ")) >= 2 and not s.endswith((".", "!", "?")):
            flush()
            sec = Section("seo", s, n + 1)
            sections.append(sec)
            sections.append(Section("after-seo", "", n + 2))
        elif FORUM.match(s):
            flush()
            sections.append(Section("forum", s, n + 1))
        elif _is_heading(lines, n):
            flush()
            sections.append(Section("heading", s, n + 1))
        elif not s:
            flush()
        elif re.match(r"^([-*\u2022]|\d+[.)])\s+", s):
            flush()
            para.append(s)
            flush()
        else:
            para.append(s)
    flush()
    return [s for s in sections if s.heading or s.text]


def split(path: Path) -> list[Section]:
    raw = path.read_text(encoding="utf-8")
    fmt = FORMATS[path.suffix]
    if fmt == "html":
        return split_html(raw)
    if fmt == "markdown":
        return split_markdown(raw)
    return split_text(raw)


def extracted(sections: list[Section]) -> str:
    return "\n".join((s.heading + "\n" + s.text) for s in sections)


# ---------------------------------------------------------------- main
def load_labels(problems: list[str]) -> list[dict]:
    rows = []
    with open(HERE / "labels.jsonl", encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"labels.jsonl:{n}: bad JSON ({exc})")
                continue
            if set(row) != {"doc", "match", "genre"}:
                problems.append(f"labels.jsonl:{n}: keys must be doc, match, genre")
                continue
            if row["genre"] not in GENRES:
                problems.append(f"labels.jsonl:{n}: unknown genre {row['genre']!r}")
            if not 3 <= len(row["match"].split()) <= 8:
                problems.append(f"labels.jsonl:{n}: match should be 3-8 words: {row['match']!r}")
            row["_line"] = n
            rows.append(row)
    return rows


def check(rows: list[dict], problems: list[str]) -> None:
    by_doc = collections.defaultdict(list)
    for row in rows:
        by_doc[row["doc"]].append(row)
    docs = sorted(p for p in (HERE / "docs").iterdir() if p.suffix in FORMATS)
    for path in docs:
        rel = f"docs/{path.name}"
        if rel not in by_doc:
            problems.append(f"{rel}: no labels")
    for rel, doc_rows in by_doc.items():
        path = HERE / rel
        if not path.is_file():
            problems.append(f"{rel}: labelled but missing")
            continue
        raw = path.read_text(encoding="utf-8")
        sections = split(path)
        text = extracted(sections)
        owner: dict[int, list[dict]] = collections.defaultdict(list)
        for row in doc_rows:
            m = row["match"]
            where = f"labels.jsonl:{row['_line']} ({rel})"
            if raw.count(m) != 1:
                problems.append(f"{where}: match occurs {raw.count(m)}x in file: {m!r}")
                continue
            if text.count(m) != 1:
                problems.append(f"{where}: match occurs {text.count(m)}x in extracted text: {m!r}")
                continue
            hit = [i for i, s in enumerate(sections) if m in s.heading_text() or m in s.first_sentence()]
            if not hit:
                home = next((i for i, s in enumerate(sections) if m in s.text), None)
                hint = f" (it is in section {home + 1} but not its heading/first sentence)" if home is not None else ""
                problems.append(f"{where}: match not in any section heading or first sentence: {m!r}{hint}")
                continue
            owner[hit[0]].append(row)
        for i, s in enumerate(sections):
            name = s.heading_text() or s.first_sentence()[:60]
            if not owner.get(i):
                problems.append(f"{rel}: section {i + 1} (line {s.line}, {s.kind}) has no label: {name[:70]!r}")
            elif len(owner[i]) > 1:
                problems.append(f"{rel}: section {i + 1} ({name[:50]!r}) has {len(owner[i])} labels")


def counts(rows: list[dict]) -> tuple[collections.Counter, collections.Counter, collections.Counter]:
    cell = collections.Counter()
    docs = collections.Counter()
    seen = set()
    for row in rows:
        fmt = FORMATS.get(Path(row["doc"]).suffix, "?")
        cell[(row["genre"], fmt)] += 1
        if row["doc"] not in seen:
            seen.add(row["doc"])
            docs[fmt] += 1
    words = collections.Counter()
    for p in (HERE / "docs").iterdir():
        if p.suffix in FORMATS:
            words[FORMATS[p.suffix]] += sum(len(s.heading.split()) + len(s.text.split()) for s in split(p))
    return cell, docs, words


def table(rows: list[dict], markdown: bool) -> str:
    cell, docs, words = counts(rows)
    fmts = ("html", "markdown", "text")
    out = []
    if markdown:
        out.append("| genre | " + " | ".join(fmts) + " | total |")
        out.append("| --- | " + " | ".join("---:" for _ in fmts) + " | ---: |")
        for g in GENRES:
            vals = [cell[(g, f)] for f in fmts]
            out.append(f"| {g} | " + " | ".join(map(str, vals)) + f" | {sum(vals)} |")
        tot = [sum(cell[(g, f)] for g in GENRES) for f in fmts]
        out.append("| **sections** | " + " | ".join(map(str, tot)) + f" | {sum(tot)} |")
        out.append("| documents | " + " | ".join(str(docs[f]) for f in fmts) + f" | {sum(docs.values())} |")
        out.append("| words (approx.) | " + " | ".join(str(words[f]) for f in fmts)
                   + f" | {sum(words.values())} |")
    else:
        out.append(f"{'genre':<12}" + "".join(f"{f:>10}" for f in fmts) + f"{'total':>8}")
        for g in GENRES:
            vals = [cell[(g, f)] for f in fmts]
            out.append(f"{g:<12}" + "".join(f"{v:>10}" for v in vals) + f"{sum(vals):>8}")
        tot = [sum(cell[(g, f)] for g in GENRES) for f in fmts]
        out.append(f"{'sections':<12}" + "".join(f"{v:>10}" for v in tot) + f"{sum(tot):>8}")
        out.append(f"{'documents':<12}" + "".join(f"{docs[f]:>10}" for f in fmts) + f"{sum(docs.values()):>8}")
        out.append(f"{'words':<12}" + "".join(f"{words[f]:>10}" for f in fmts) + f"{sum(words.values()):>8}")
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--markdown", action="store_true", help="print the count tables as Markdown")
    ap.add_argument("--sections", metavar="DOC", help="print how DOC (e.g. docs/x.html) splits, and exit")
    args = ap.parse_args(argv)
    if args.sections:
        path = HERE / args.sections if not Path(args.sections).is_file() else Path(args.sections)
        for i, s in enumerate(split(path), 1):
            print(f"[{i}] line {s.line} {s.kind}: heading={s.heading[:70]!r}")
            print(f"     first: {s.first_sentence()[:110]!r}")
        return 0
    problems: list[str] = []
    rows = load_labels(problems)
    check(rows, problems)
    print(table(rows, args.markdown))
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    print("\nOK: every match occurs exactly once and every section has exactly one label.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
