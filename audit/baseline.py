"""Baselines: accept today's findings, fail only on new ones.

`credaudit check --write-baseline FILE` records the current findings;
`credaudit check --baseline FILE` then fails only on findings the file does
not account for.  A finding is identified by its *fingerprint*: a SHA-256 of

    rule | document path | section heading | normalised text

where the text is the claim the finding points at (or the marker, or the
link), lower-cased with punctuation and runs of white space collapsed.  Line
numbers are deliberately left out, so editing the document around a claim
(adding paragraphs above it, re-wrapping lines) keeps the finding matched;
changing the claim itself, its heading or the file's path makes it new.

Multiplicity counts: an entry records how many findings share its
fingerprint, and each recorded finding absorbs at most one current finding, so
a second identical promotion pasted into the same section is still new.
Entries that no current finding matches are reported as stale (they can be
dropped by writing the baseline again); they never fail the gate.

File format (JSON, UTF-8, sorted keys, entries sorted by path, rule, heading,
text, fingerprint; no timestamps, so rewriting an unchanged baseline gives
the same bytes)::

    {"schema": "credaudit-baseline/1",
     "entries": [{"count": 1, "fingerprint": "9f2c…", "heading": "Our offer",
                  "path": "content/sleep.md", "rule": "unflagged-promotion",
                  "text": "use code SLEEP20 at checkout for 20% off"}]}

`text` is a shortened excerpt for people reviewing the file; only
`fingerprint` and `count` are used for matching.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace

from audit.errors import CredauditError

SCHEMA = "credaudit-baseline/1"
_NON_WORD = re.compile(r"[^\w]+")


@dataclass(frozen=True)
class Baseline:
    counts: Counter  # fingerprint -> how many findings it accepts
    entries: dict  # fingerprint -> the entry as read (for reporting stale ones)


def normalise(text: str) -> str:
    """Text as compared: NFKC, case-folded, punctuation and white space collapsed to one space."""
    text = unicodedata.normalize("NFKC", str(text)).casefold()
    return " ".join(_NON_WORD.sub(" ", text).split())


def fingerprint(rule: str, path: str, heading: str, text: str) -> str:
    key = "\x1f".join((rule, path, normalise(heading), normalise(text)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def build_baseline(findings) -> dict:
    """The baseline document for `findings` (GateFindings); document errors are never recorded."""
    entries: dict[str, dict] = {}
    for found in findings:
        if found.finding.rule == "document-error":
            continue
        entry = entries.get(found.fingerprint)
        if entry is None:
            entries[found.fingerprint] = {
                "count": 1, "fingerprint": found.fingerprint, "heading": found.section_heading,
                "path": found.source, "rule": found.finding.rule,
                "text": _excerpt(found.text)}
        else:
            entry["count"] += 1
    ordered = sorted(entries.values(), key=lambda e: (e["path"], e["rule"], e["heading"], e["text"],
                                                      e["fingerprint"]))
    return {"schema": SCHEMA, "entries": ordered}


def dump_baseline(document: dict) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_baseline(path: str, findings) -> int:
    """Write the baseline for `findings` to `path` atomically; return the number of entries."""
    from audit.output import open_output
    document = build_baseline(findings)
    try:
        with open_output(path) as out:
            out.write(dump_baseline(document))
    except OSError as error:
        raise CredauditError(f"{path}: cannot write baseline: {error.strerror or error}") from None
    return len(document["entries"])


def load_baseline(path: str) -> Baseline:
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except FileNotFoundError:
        raise CredauditError(f"{path}: baseline file not found") from None
    except (OSError, UnicodeDecodeError) as error:
        raise CredauditError(f"{path}: cannot read baseline: {error}") from None
    except ValueError as error:
        raise CredauditError(f"{path}: baseline is not valid JSON ({error})") from None
    return parse_baseline(data, path)


def parse_baseline(data, path: str = "<baseline>") -> Baseline:
    if not isinstance(data, dict) or data.get("schema") != SCHEMA or \
            not isinstance(data.get("entries"), list):
        raise CredauditError(f"{path}: not a credaudit baseline (expected schema {SCHEMA!r} "
                             f"and an 'entries' list)")
    counts: Counter = Counter()
    entries = {}
    for number, entry in enumerate(data["entries"], start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("fingerprint"), str):
            raise CredauditError(f"{path}: entry {number} has no fingerprint")
        count = entry.get("count", 1)
        if not isinstance(count, int) or isinstance(count, bool) or count < 1:
            raise CredauditError(f"{path}: entry {number} has a bad count {count!r}")
        counts[entry["fingerprint"]] += count
        entries.setdefault(entry["fingerprint"], entry)
    return Baseline(counts=counts, entries=entries)


def match_baseline(findings: list, baseline: Baseline) -> tuple[list, tuple[dict, ...]]:
    """Mark each finding "unchanged" (absorbed by an entry) or "new"; return them and stale entries.

    Findings are matched in order; an entry absorbs at most `count` findings.
    Absorbed findings no longer fail.  Document errors are always new.
    """
    left = Counter(baseline.counts)
    marked = []
    for found in findings:
        if found.finding.rule != "document-error" and left[found.fingerprint] > 0:
            left[found.fingerprint] -= 1
            marked.append(replace(found, baseline="unchanged", fails=False))
        else:
            marked.append(replace(found, baseline="new"))
    stale = []
    for fp, remaining in sorted(left.items()):
        if remaining > 0:
            entry = dict(baseline.entries.get(fp, {"fingerprint": fp}))
            entry["unmatched"] = remaining
            stale.append(entry)
    stale.sort(key=lambda e: (str(e.get("path", "")), str(e.get("rule", "")), e["fingerprint"]))
    return marked, tuple(stale)


def _excerpt(text: str, limit: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"
