"""`evaluate_gate` as a pure function of a report dict and a Policy."""
from __future__ import annotations

import copy

import pytest

from audit.baseline import parse_baseline
from audit.config import KEYS
from audit.errors import ConfigError
from audit.gate import GateResult, apply_policy, evaluate_gate
from audit.model import Finding
from audit.policy import ALL_RULES, DEFAULT_FAIL_ON, Policy
from tests.gate.helpers import claim, disclosure, document, report, section


def rules(result: GateResult) -> list[str]:
    return [f.finding.rule for f in result.findings]


def test_undisclosed_promotional_section_fails():
    result = evaluate_gate(report(document(section())), Policy())
    assert not result.passed and result.exit_code == 1
    (found,) = result.findings
    assert isinstance(found.finding, Finding)
    assert found.finding.rule == "unflagged-promotion" and found.fails
    assert found.finding.claim_id == "s1.c1" and found.finding.line == 5
    assert found.finding.severity == "high"  # score 0.9
    assert found.source == "content/page.md"


def test_disclosed_section_passes():
    result = evaluate_gate(report(document(section(disclosure=disclosure()))), Policy())
    assert result.passed and result.exit_code == 0 and result.findings == ()


def test_neutral_section_passes():
    result = evaluate_gate(report(document(section(score=0.2))), Policy())
    assert result.passed and result.findings == ()


def test_threshold_decides_what_is_promotional():
    doc = report(document(section(score=0.6)))
    assert not evaluate_gate(doc, Policy()).passed
    assert evaluate_gate(doc, Policy(promotion_threshold=0.7)).passed
    medium = evaluate_gate(doc, Policy()).findings[0].finding
    assert medium.severity == "medium"


def test_disclosure_after_the_promotion():
    doc = report(document(section(disclosure=disclosure(placement="after"))))
    strict = evaluate_gate(doc, Policy())
    assert rules(strict) == ["unflagged-promotion", "buried-disclosure"]
    assert [f.fails for f in strict.findings] == [True, False]
    lenient = evaluate_gate(doc, Policy(disclosure_after_counts=True))
    assert lenient.passed and rules(lenient) == ["buried-disclosure"]
    failing = evaluate_gate(doc, Policy(disclosure_after_counts=True,
                                        fail_on=("buried-disclosure",)))
    assert not failing.passed


def test_disclosure_in_another_section():
    doc = report(document(section(disclosure=disclosure(section="s0", scope="other-section"))))
    assert not evaluate_gate(doc, Policy()).passed
    assert evaluate_gate(doc, Policy(disclosure_scope="document")).passed


def test_report_without_disclosure_dicts_falls_back_to_disclosed_flag():
    doc = report(document(section(disclosed=True)))
    assert evaluate_gate(doc, Policy()).passed


def test_markers():
    no_reason = {"kind": "sponsored", "reason": None, "line": 2, "text": "credaudit: sponsored"}
    unknown = {"kind": "sponsord", "reason": "x", "line": 2, "text": "credaudit: sponsord reason=x"}
    good = {"kind": "sponsored", "reason": "paid by Acme", "line": 2,
            "text": 'credaudit: sponsored reason="paid by Acme"'}
    ignore = {"kind": "ignore", "reason": "public campaign", "line": 2, "text": "credaudit: ignore"}
    result = evaluate_gate(report(document(section(markers=[no_reason]))), Policy())
    assert rules(result) == ["marker-without-reason", "unflagged-promotion"]
    assert all(f.fails for f in result.findings)
    result = evaluate_gate(report(document(section(score=0.1, markers=[unknown]))), Policy())
    assert rules(result) == ["unknown-marker"] and not result.passed
    stale = evaluate_gate(report(document(section(score=0.1, markers=[good]))), Policy())
    assert rules(stale) == ["stale-marker"] and stale.passed
    assert stale.findings[0].finding.line == 2
    link = {"href": "https://amzn.to/x", "anchor": "Buy", "rel": "", "claim": "s1.c1", "line": 5}
    silenced = evaluate_gate(report(document(section(markers=[ignore], links=[link]))), Policy())
    assert silenced.passed and silenced.findings == ()


def test_affiliate_links():
    bare = {"href": "https://amzn.to/x", "anchor": "Buy it", "rel": "nofollow", "claim": None, "line": 7}
    marked = dict(bare, rel="sponsored nofollow")
    doc = report(document(section(score=0.1, links=[bare, marked])))
    result = evaluate_gate(doc, Policy())
    assert rules(result) == ["affiliate-without-rel"] and result.passed
    assert result.findings[0].finding.line == 7
    assert not evaluate_gate(doc, Policy(fail_on=("affiliate-without-rel",))).passed


def test_document_error_always_fails_with_exit_2():
    doc = report(document(error="content/x.md: scorer 'evidence' crashed: ValueError: boom"))
    for policy in (Policy(), Policy(fail_on=()), Policy(report=("stale-marker",)),
                   Policy(min_severity="high")):
        result = evaluate_gate(doc, policy)
        assert not result.passed and result.exit_code == 2
        assert rules(result) == ["document-error"]
        assert "evidence" in result.findings[0].finding.message


def test_report_fail_on_and_min_severity_are_separate():
    doc = report(document(section(disclosure=disclosure(placement="after"))))
    only_failing = evaluate_gate(doc, Policy(report=("stale-marker",)))
    assert rules(only_failing) == ["unflagged-promotion"]  # failing rules are always reported
    nothing_fails = evaluate_gate(doc, Policy(fail_on=()))
    assert nothing_fails.passed and len(nothing_fails.findings) == 2
    high_only = evaluate_gate(doc, Policy(min_severity="high"))
    assert rules(high_only) == ["unflagged-promotion"]


def test_evaluate_is_pure_and_deterministic():
    doc = report(document(section(), section("s2", score=0.2)),
                 document(section(disclosure=disclosure(placement="after")), source="b.md"))
    before = copy.deepcopy(doc)
    first = evaluate_gate(doc, Policy())
    assert doc == before
    assert evaluate_gate(doc, Policy()).as_dict() == first.as_dict()


def test_baseline_matching_counts_multiplicity():
    doc = report(document(section(), section("s2")))  # same heading and claim text twice
    result = evaluate_gate(doc, Policy())
    fp = result.findings[0].fingerprint
    assert result.findings[1].fingerprint == fp
    baseline = parse_baseline({"schema": "credaudit-baseline/1",
                               "entries": [{"fingerprint": fp, "count": 1}, {"fingerprint": "gone"}]})
    matched = evaluate_gate(doc, Policy(), baseline=baseline, baseline_file="b.json")
    assert [f.baseline for f in matched.findings] == ["unchanged", "new"]
    assert not matched.passed
    assert [e["fingerprint"] for e in matched.stale_baseline] == ["gone"]
    assert matched.as_dict()["baseline"]["matched"] == 1


def test_apply_policy_makes_the_report_agree():
    doc = document(section(score=0.6), section("s2", disclosure=disclosure(placement="after")))
    applied = apply_policy(doc, Policy(promotion_threshold=0.7))
    assert [s["promotional"] for s in applied["sections"]] == [False, True]
    assert applied["summary"]["unflagged_promotional_sections"] == 1
    lenient = apply_policy(doc, Policy(disclosure_after_counts=True))
    assert lenient["summary"] == {"promotional_sections": 2, "unflagged_promotional_sections": 1}
    assert doc["sections"][0]["promotional"] is True  # the input is not changed


def test_finding_points_at_the_selling_claim_not_the_disclosure():
    label = "Disclosure: this post is sponsored by Acme."
    claims = [claim("Use code ACME10 for 10% off.", cid="s1.c1", line=4, score=0.7),
              claim(label, cid="s1.c2", line=6, score=0.9, start=60)]
    doc = report(document(section(claims=claims, disclosure=disclosure(text=label, placement="after"))))
    found = evaluate_gate(doc, Policy()).findings[0].finding
    assert found.claim_id == "s1.c1" and found.line == 4


# --- the policy itself -----------------------------------------------------------------------

def test_policy_defaults_match_the_config_table():
    policy = Policy.from_values({name: key.default for name, key in KEYS.items()})
    assert policy == Policy()
    assert Policy().fail_on == DEFAULT_FAIL_ON
    assert Policy().report == ALL_RULES
    assert Policy(report=("all",)).report == ALL_RULES


@pytest.mark.parametrize("values", [
    {"fail_on": ("unflagged-promotion", "typo")}, {"report": ("nope",)},
    {"promotion_threshold": -0.1}, {"promotion_threshold": 1.01}, {"promotion_threshold": True},
    {"disclosure_scope": "page"}, {"min_severity": "critical"}, {"disclosure_after_counts": "yes"},
])
def test_policy_rejects_bad_values(values):
    with pytest.raises(ConfigError):
        Policy(**values)


def test_policy_accepts_comma_strings_and_orders_rules():
    policy = Policy(fail_on="stale-marker, unflagged-promotion")
    assert policy.fail_on == ("unflagged-promotion", "stale-marker")
    assert Policy(fail_on=()).fail_on == ()
