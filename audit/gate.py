"""The CI gate: from a report and a policy to findings and pass/fail.

`evaluate_gate(report, policy)` is a pure function of the report dict (schema
`credaudit/1`, documents as a list) and a `Policy`; it reads nothing else and
changes nothing.  It returns a `GateResult`: the findings (frozen
`audit.model.Finding`s, each with the document it belongs to, a fingerprint
for baselines and whether it fails) and whether the gate passed.

Rules (`audit.policy.RULES`):

``unflagged-promotion``    a section whose promotion score reaches `promotion_threshold` has
                           no disclosure that counts under the policy;
``buried-disclosure``      its disclosure comes only after the promotion (reported even when
                           `disclosure_after_counts` lets it count);
``affiliate-without-rel``  a paid-looking link lacks rel="sponsored";
``stale-marker``           an inline credaudit marker sits on a section that is not promotional;
``marker-without-reason``  an inline marker gives no reason (it then counts for nothing);
``unknown-marker``         an inline marker of a kind credaudit does not know;
``document-error``         a document could not be audited (exit 2 whatever the policy).

A section carrying a valid ``credaudit: ignore`` marker gets no promotion
findings (unflagged, buried, affiliate).  `check_paths` runs the pipeline and
the gate together; `apply_policy` makes a document report agree with the
policy (promotional by the policy's threshold, disclosed by its disclosure
rules) before it is shown.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from audit.errors import EXIT_ERROR, EXIT_GATE_FAILED, EXIT_OK
from audit.model import Finding
from audit.policy import RULES, Policy

_PROMOTION_RULES = frozenset({"unflagged-promotion", "buried-disclosure", "affiliate-without-rel"})


@dataclass(frozen=True, kw_only=True)
class GateFinding:
    """A finding located in a document, with its baseline fingerprint."""

    source: str
    finding: Finding
    fingerprint: str
    section_heading: str = ""
    text: str = ""  # what the fingerprint covers: the claim, marker or link
    fails: bool = False  # the policy fails on it and no baseline entry absorbed it
    baseline: str | None = None  # with a baseline: "new" or "unchanged"

    def as_dict(self) -> dict:
        return {"source": self.source, **self.finding.as_dict(), "heading": self.section_heading,
                "fingerprint": self.fingerprint, "fails": self.fails, "baseline": self.baseline}


@dataclass(frozen=True, kw_only=True)
class GateResult:
    passed: bool
    findings: tuple[GateFinding, ...]
    policy: Policy
    errors: tuple[str, ...] = ()  # messages of documents that could not be audited
    stale_baseline: tuple[dict, ...] = ()  # baseline entries nothing matched any more
    baseline_file: str | None = None

    @property
    def failing(self) -> tuple[GateFinding, ...]:
        return tuple(f for f in self.findings if f.fails)

    @property
    def exit_code(self) -> int:
        if self.errors:
            return EXIT_ERROR
        return EXIT_OK if self.passed else EXIT_GATE_FAILED

    def as_dict(self) -> dict:
        baselined = sum(1 for f in self.findings if f.baseline == "unchanged")
        return {
            "passed": self.passed,
            "exit_code": self.exit_code,
            "counts": {"findings": len(self.findings), "failing": len(self.failing),
                       "baselined": baselined, "errors": len(self.errors)},
            "findings": [f.as_dict() for f in self.findings],
            "policy": self.policy.as_dict(),
            "rules": [{"id": rule, "severity": info.severity, "summary": info.summary,
                       "help": info.help} for rule, info in RULES.items()],
            "baseline": None if self.baseline_file is None else {
                "file": self.baseline_file, "matched": baselined,
                "stale": list(self.stale_baseline)},
        }


def evaluate_gate(report: dict, policy: Policy, *, baseline=None,
                  baseline_file: str | None = None) -> GateResult:
    """Judge every document of `report` under `policy` (and an optional loaded baseline)."""
    from audit.baseline import fingerprint, match_baseline
    located: list[GateFinding] = []
    errors: list[str] = []
    for document in report.get("documents") or []:
        source = display_path(str(document.get("source", "")))
        if document.get("error"):
            errors.append(str(document["error"]))
        for finding, heading, text in document_findings(document, policy):
            if not policy.reports(finding.rule) or \
                    (finding.rule != "document-error" and not policy.severity_ok(finding.severity)):
                continue
            located.append(GateFinding(
                source=source, finding=finding, section_heading=heading, text=text,
                fingerprint=fingerprint(finding.rule, source, heading, text),
                fails=policy.fails(finding.rule) and finding.rule != "document-error"))
    stale: tuple[dict, ...] = ()
    if baseline is not None:
        located, stale = match_baseline(located, baseline)
    passed = not errors and not any(f.fails for f in located)
    return GateResult(passed=passed, findings=tuple(located), policy=policy, errors=tuple(errors),
                      stale_baseline=stale, baseline_file=baseline_file)


def document_findings(document: dict, policy: Policy):
    """Yield (Finding, section heading, text to fingerprint) for one document report."""
    if document.get("error"):
        yield (Finding(rule="document-error", message=_one_line(document["error"]),
                       severity="high", confidence="high", section_id="", line=1), "",
               _one_line(document["error"]))
        return
    for section in document.get("sections") or []:
        yield from _section_findings(section, policy)


def is_promotional(section: dict, policy: Policy) -> bool:
    return float(section.get("promotion_score") or 0.0) >= policy.promotion_threshold


def disclosure_counts(section: dict, policy: Policy) -> bool:
    """Does the section's recorded disclosure count under this policy?

    Reports without a `disclosure` dict fall back to their `disclosed` flag."""
    disclosure = section.get("disclosure")
    if not disclosure:
        return bool(section.get("disclosed"))
    placement_ok = disclosure.get("placement") == "before" or policy.disclosure_after_counts
    scope_ok = disclosure.get("scope") != "other-section" or policy.disclosure_scope == "document"
    return placement_ok and scope_ok


def _section_findings(section: dict, policy: Policy):
    sid = str(section.get("id", ""))
    heading = str(section.get("heading") or "")
    line = int(section.get("line") or 1)
    promotional = is_promotional(section, policy)
    markers = section.get("markers") or []
    ignored = _ignored(section)
    for marker in markers:
        mline = int(marker.get("line") or line)
        text = str(marker.get("text", ""))
        if marker.get("kind") not in ("sponsored", "ignore"):
            yield (Finding(rule="unknown-marker", severity="high", confidence="high", section_id=sid,
                           line=mline, message=f"unknown credaudit marker kind "
                           f"{marker.get('kind') or '(none)'!r} in {_quote_marker(text)}; use "
                           f"'sponsored' or 'ignore' with a reason"), heading, text)
        elif not marker.get("reason"):
            yield (Finding(rule="marker-without-reason", severity="high", confidence="high",
                           section_id=sid, line=mline,
                           message=f"credaudit marker {_quote_marker(text)} has no reason, so it counts "
                                   f"for nothing; add reason=\"...\""), heading, text)
        elif not promotional:
            yield (Finding(rule="stale-marker", severity="low", confidence="high", section_id=sid,
                           line=mline, message=f"credaudit marker {_quote_marker(text)} is on section "
                           f"{_name(section)}, which is not promotional (score "
                           f"{_score(section)}); remove it"), heading, text)
    if ignored:
        return
    if promotional:
        yield from _promotion_findings(section, policy, sid, heading)
    for link in section.get("affiliate_links") or []:
        if "sponsored" in str(link.get("rel", "")).lower().split():
            continue
        anchor = str(link.get("anchor") or "")
        href = str(link.get("href") or "")
        yield (Finding(rule="affiliate-without-rel", severity="medium", confidence="medium",
                       section_id=sid, claim_id=link.get("claim"), line=int(link.get("line") or line),
                       message=f"paid-looking link {_quote(href, 100)}"
                               f"{' (' + _quote(anchor, 60) + ')' if anchor else ''} has no "
                               f"rel=\"sponsored\""), heading, f"{href} {anchor}")


def _ignored(section: dict) -> bool:
    """A valid `credaudit: ignore reason=...` marker silences the section's promotion findings."""
    return any(m.get("kind") == "ignore" and m.get("reason") for m in section.get("markers") or [])


def _promotion_findings(section: dict, policy: Policy, sid: str, heading: str):
    claim = _most_commercial(section)
    line = int((claim or section).get("line") or section.get("line") or 1)
    claim_id = claim.get("id") if claim else None
    text = str(claim.get("text", "")) if claim else ""
    score = float(section.get("promotion_score") or 0.0)
    strong = score >= 0.8
    disclosure = section.get("disclosure") or None
    counts = disclosure_counts(section, policy)
    if not counts:
        why = ""
        if disclosure and disclosure.get("placement") == "after":
            why = f" (its only disclosure, {_describe(disclosure)}, comes after the promotion)"
        elif disclosure and disclosure.get("scope") == "other-section":
            why = (f" (the disclosure {_describe(disclosure)} is in another section; it counts "
                   f"with disclosure_scope = document)")
        yield (Finding(rule="unflagged-promotion", severity="high" if strong else "medium",
                       confidence="high" if strong else "medium", section_id=sid, claim_id=claim_id,
                       line=line, message=f"promotional section {_name(section)} (promotion score "
                       f"{_score(section)}) has no disclosure before it{why}"
                       + (f": {_quote(text, 100)}" if text else "")),
               heading, text)
    if disclosure and disclosure.get("placement") == "after":
        yield (Finding(rule="buried-disclosure", severity="medium", confidence="high", section_id=sid,
                       claim_id=claim_id, line=line,
                       message=f"disclosure {_describe(disclosure)} comes after the promotion in "
                               f"section {_name(section)}; readers should see it first"),
               heading, text)


def _most_commercial(section: dict) -> dict | None:
    """The claim a promotion finding points at: the most commercial one that is not the disclosure."""
    disclosure = _one_line((section.get("disclosure") or {}).get("text", "")).lower()[:40]
    best = None
    for claim in section.get("claims") or []:
        text = _one_line(claim.get("text", "")).lower()
        if disclosure and (disclosure in text or text[:40] in disclosure):
            continue
        if best is None or (claim.get("commercial_score") or 0) > (best.get("commercial_score") or 0):
            best = claim
    return best


def _describe(disclosure: dict) -> str:
    where = f", section {disclosure['section']}" if disclosure.get("section") else ""
    return f"{disclosure.get('kind')} {_quote(str(disclosure.get('text', '')), 80)}{where}"


def _name(section: dict) -> str:
    heading = str(section.get("heading") or "")
    return f"{section.get('id')} {_quote(heading, 60)}" if heading else str(section.get("id"))


def _score(section: dict) -> str:
    return f"{float(section.get('promotion_score') or 0.0):.2f}"


def _quote(text: str, limit: int = 120, mark: str = '"') -> str:
    text = _one_line(text)
    if len(text) > limit:
        text = text[:limit - 1].rstrip() + "…"
    return f"{mark}{text}{mark}"


def _quote_marker(text: str) -> str:
    return _quote(text, mark="'")


def _one_line(text) -> str:
    return " ".join(str(text).split())


# --- applying the policy to a report, and the whole run ---------------------------------------

def apply_policy(document: dict, policy: Policy) -> dict:
    """A copy of a document report whose `promotional`, `disclosed` and summary follow `policy`.

    `unflagged_promotional_sections` leaves out sections a `credaudit: ignore` marker silences,
    so it always equals the number of unflagged-promotion findings the gate can raise."""
    if document.get("error") or not document.get("sections"):
        return document
    sections = []
    for section in document["sections"]:
        updated = dict(section)
        updated["promotional"] = is_promotional(section, policy)
        updated["disclosed"] = disclosure_counts(section, policy)
        sections.append(updated)
    summary = dict(document.get("summary") or {})
    promotional = [s for s in sections if s["promotional"]]
    summary["promotional_sections"] = len(promotional)
    summary["unflagged_promotional_sections"] = sum(1 for s in promotional
                                                    if not s["disclosed"] and not _ignored(s))
    return {**document, "summary": summary, "sections": sections}


def pipeline_settings(config, policy: Policy):
    """Pipeline settings for `check`: the config's limits plus the policy's disclosure rules."""
    from audit.disclosure import DisclosureOptions
    from audit.pipeline import Settings
    settings = Settings(scorer_options=config.scorer_options, max_sections=config["max_sections"])
    # read by audit.scoring (getattr), so the report's `disclosed` follows the policy
    settings.disclosure = DisclosureOptions(scope=policy.disclosure_scope,
                                            after_counts=policy.disclosure_after_counts,
                                            promotion_threshold=policy.promotion_threshold)
    return settings


def check_paths(paths: list[str], config, policy: Policy, *, input_format: str = "auto",
                jobs: int | None = None, cache_dir: str | None = None, baseline=None,
                baseline_file: str | None = None) -> tuple[dict, GateResult]:
    """Audit `paths`, apply `policy` and evaluate the gate; return (report with `gate`, result)."""
    from audit.api import build_report
    from audit.engine import EngineOptions, audit_stream
    settings = pipeline_settings(config, policy)
    options = EngineOptions(jobs=config["jobs"] if jobs is None else jobs, cache_dir=cache_dir,
                            cache_salt=repr(settings.disclosure))
    documents = [apply_policy(doc, policy) for doc in
                 audit_stream(paths, settings, input_format=input_format,
                              max_bytes=config["max_bytes"], options=options)]
    report = build_report(documents)
    result = evaluate_gate(report, policy, baseline=baseline, baseline_file=baseline_file)
    report["gate"] = result.as_dict()
    return report, result


def display_path(source: str) -> str:
    """A source as a relative POSIX path when it is a file under the current folder."""
    if not source or source.startswith("<") or "://" in source:
        return source
    path = os.path.normpath(source)
    if os.path.isabs(path):
        try:
            relative = os.path.relpath(path)
        except ValueError:
            relative = path
        if not relative.startswith(".."):
            path = relative
    return path.replace(os.sep, "/")


