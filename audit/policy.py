"""The gate's policy: which findings exist, which are reported and which fail.

A `Policy` is a frozen value built from the merged configuration (defaults <
config file < command-line flags, see `audit.config`).  What is *reported*
and what *fails* are set separately: `report` chooses the rules that appear
in the output, `fail_on` the rules that make `credaudit check` exit 1.  A
failing rule is always reported.  `document-error` (a document that could not
be audited) is always reported and always makes the run exit 2, whatever the
policy says: a crash must never pass a gate.

Every rule is listed in `RULES` with its default severity and a one-line
description; the SARIF output and docs/gate.md use the same table.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from audit.errors import ConfigError


@dataclass(frozen=True)
class Rule:
    severity: str  # default severity: low | medium | high
    summary: str  # one line, used as SARIF shortDescription
    help: str  # what to do about it


RULES: dict[str, Rule] = {
    "unflagged-promotion": Rule(
        "high", "Promotional section without an adequate disclosure",
        "Label the section before the promotion (\"Sponsored\", \"Advertisement\", \"Paid "
        "partnership\"), wrap it in a container marked as an ad, or add an inline "
        "`<!-- credaudit: sponsored reason=\"...\" -->` marker when the label is added elsewhere."),
    "buried-disclosure": Rule(
        "medium", "Disclosure placed after the promotion it discloses",
        "Move the disclosure above the promotional text: readers must see it before the claims "
        "(FTC native advertising guidance). It counts only with disclosure_after_counts = true."),
    "affiliate-without-rel": Rule(
        "medium", "Affiliate or paid link without rel=\"sponsored\"",
        "Add rel=\"sponsored\" to paid and affiliate links (in Markdown, write the link as "
        "an HTML <a> element)."),
    "stale-marker": Rule(
        "low", "Inline credaudit marker on a section that is not promotional",
        "Remove the marker, or move it to the section it was meant for."),
    "marker-without-reason": Rule(
        "high", "Inline credaudit marker without a reason",
        "Every marker must say why: <!-- credaudit: sponsored reason=\"paid by Acme\" -->."),
    "unknown-marker": Rule(
        "high", "Inline credaudit marker of an unknown kind",
        "Use `credaudit: sponsored reason=...` or `credaudit: ignore reason=...`."),
    "document-error": Rule(
        "high", "Document could not be audited",
        "Fix the input (unreadable, binary, too large) or report the crash; the gate exits 2."),
}
ALL_RULES = tuple(RULES)
SEVERITIES = ("low", "medium", "high")
DEFAULT_FAIL_ON = ("unflagged-promotion", "marker-without-reason", "unknown-marker")
SCOPES = ("section", "document")

@dataclass(frozen=True, kw_only=True)
class Policy:
    fail_on: tuple[str, ...] = DEFAULT_FAIL_ON
    report: tuple[str, ...] = ALL_RULES
    promotion_threshold: float = 0.5
    disclosure_scope: str = "section"
    disclosure_after_counts: bool = False
    min_severity: str = "low"

    def __post_init__(self) -> None:
        object.__setattr__(self, "fail_on", _rules("fail_on", self.fail_on))
        object.__setattr__(self, "report", _rules("report", self.report))
        if not isinstance(self.promotion_threshold, (int, float)) or \
                isinstance(self.promotion_threshold, bool) or \
                not 0.0 <= float(self.promotion_threshold) <= 1.0:
            raise ConfigError(f"promotion_threshold must be a number from 0 to 1, "
                              f"got {self.promotion_threshold!r}")
        object.__setattr__(self, "promotion_threshold", float(self.promotion_threshold))
        if self.disclosure_scope not in SCOPES:
            raise ConfigError(f"disclosure_scope must be one of {', '.join(SCOPES)}, "
                              f"got {self.disclosure_scope!r}")
        if self.min_severity not in SEVERITIES:
            raise ConfigError(f"min_severity must be one of {', '.join(SEVERITIES)}, "
                              f"got {self.min_severity!r}")
        if not isinstance(self.disclosure_after_counts, bool):
            raise ConfigError("disclosure_after_counts must be true or false")

    @classmethod
    def from_values(cls, values: dict) -> "Policy":
        """Build from a mapping such as `Config.values`; keys that are not policy fields are ignored."""
        known = {f.name: values[f.name] for f in fields(cls) if f.name in values}
        return cls(**known)

    @classmethod
    def from_config(cls, config) -> "Policy":
        return cls.from_values(config.values)

    def reports(self, rule: str) -> bool:
        return rule == "document-error" or rule in self.report or rule in self.fail_on

    def fails(self, rule: str) -> bool:
        return rule in self.fail_on

    def severity_ok(self, severity: str) -> bool:
        return SEVERITIES.index(severity) >= SEVERITIES.index(self.min_severity)

    def disclosure_options(self):
        from audit.disclosure import DisclosureOptions
        return DisclosureOptions(scope=self.disclosure_scope,
                                 after_counts=self.disclosure_after_counts)

    def as_dict(self) -> dict:
        out = asdict(self)
        out["fail_on"] = list(self.fail_on)
        out["report"] = list(self.report)
        return out


def _rules(name: str, value) -> tuple[str, ...]:
    if isinstance(value, str):
        value = tuple(v.strip() for v in value.split(",") if v.strip())
    items = tuple(dict.fromkeys(value))
    if "all" in items:
        return ALL_RULES
    unknown = [rule for rule in items if rule not in RULES]
    if unknown:
        raise ConfigError(f"{name}: unknown rule {unknown[0]!r}; known rules: "
                          f"{', '.join(ALL_RULES)}, or all")
    return tuple(rule for rule in ALL_RULES if rule in items)
