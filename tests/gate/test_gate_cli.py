"""`credaudit check` end to end: exact exit codes on small content-repo documents."""
from __future__ import annotations

import json
import os

import pytest

from tests.gate.helpers import findings
from tests.scorer_faults import crash_scorer

UNDISCLOSED = ["clinic_cta.html", "product_discount.md", "affiliate_roundup.md",
               "testimonial_sell.txt", "buried_disclosure.md", "buried_at_end.md",
               "sponsored_section_undisclosed.html", "scope_series.md"]
DISCLOSED = {  # file -> the kinds of disclosure that may cover its promotional sections
    "label_top.md": {"label"}, "label_section.md": {"label"}, "hashtag_ad.txt": {"label"},
    "commission_notice.md": {"label", "rel"}, "container.html": {"container"},
    "rel_sponsored.html": {"rel"}, "front_matter.md": {"meta"}, "meta_sponsored.html": {"meta"},
    "schema_advertiser.html": {"schema"}, "marker.md": {"marker"}, "marker.html": {"marker"},
    "marker.txt": {"marker"},
}
NEUTRAL = ["guideline_brands.md", "news_funder.html", "price_info.txt", "forum.txt"]


@pytest.mark.parametrize("name", UNDISCLOSED)
def test_undisclosed_promotion_fails(check, name):
    path = f"content/undisclosed/{name}"
    run = check(path, "-f", "json")
    assert run.code == 1, run
    unflagged = findings(run, "unflagged-promotion")
    assert unflagged and all(f["fails"] and f["source"] == path for f in unflagged)
    assert run.json()["gate"]["passed"] is False
    summary = run.json()["documents"][0]["summary"]
    assert summary["unflagged_promotional_sections"] == len(unflagged)


@pytest.mark.parametrize("name", sorted(DISCLOSED))
def test_disclosed_promotion_passes(check, name):
    run = check(f"content/disclosed/{name}", "-f", "json")
    assert run.code == 0, run
    document = run.json()["documents"][0]
    promotional = [s for s in document["sections"] if s["promotional"]]
    assert promotional, "the fixture must contain promotion for the test to mean anything"
    for section in promotional:
        assert section["disclosed"] is True
        assert section["disclosure"]["kind"] in DISCLOSED[name], section["disclosure"]
        assert section["disclosure"]["placement"] == "before"
    assert document["summary"]["unflagged_promotional_sections"] == 0
    assert not findings(run, "unflagged-promotion")


@pytest.mark.parametrize("name", NEUTRAL)
def test_neutral_content_passes_without_findings(check, name):
    run = check(f"content/neutral/{name}", "-f", "json")
    assert run.code == 0, run
    assert findings(run) == []
    assert not any(s["promotional"] for s in run.json()["documents"][0]["sections"])


def test_folders(check):
    assert check("content/neutral", "content/disclosed").code == 0
    assert check("content").code == 1


def test_affiliate_links_without_rel_are_reported_not_failing(check):
    run = check("content/undisclosed/affiliate_roundup.md", "-f", "json", "--fail-on", "stale-marker")
    assert run.code == 0, run
    links = findings(run, "affiliate-without-rel")
    assert {f["message"].split('"')[1] for f in links} == {
        "https://www.amazon.com/dp/B0FOAMROLL?tag=fitreviews-20",
        "https://gripflex.example/pro?ref=fitreviews"}
    assert not any(f["fails"] for f in links)
    failing = check("content/undisclosed/affiliate_roundup.md", "--fail-on", "affiliate-without-rel")
    assert failing.code == 1
    # rel="sponsored" on the link satisfies the rule
    assert not findings(check("content/disclosed/rel_sponsored.html", "-f", "json"),
                        "affiliate-without-rel")


# --- buried disclosures and scope ----------------------------------------------------------

def test_buried_disclosure_fails_unless_after_counts(check):
    path = "content/undisclosed/buried_disclosure.md"
    run = check(path, "-f", "json")
    assert run.code == 1, run
    assert [f["fails"] for f in findings(run, "buried-disclosure")] == [False]
    assert "comes after the promotion" in findings(run, "unflagged-promotion")[0]["message"]
    allowed = check(path, "-f", "json", "--disclosure-after-counts")
    assert allowed.code == 0, allowed
    assert len(findings(allowed, "buried-disclosure")) == 1  # still reported
    assert not findings(allowed, "unflagged-promotion")
    section = allowed.json()["documents"][0]["sections"][0]
    assert section["disclosed"] is True and section["disclosure"]["placement"] == "after"


def test_disclosure_at_the_end_of_the_document(check):
    path = "content/undisclosed/buried_at_end.md"
    assert check(path, "--disclosure-after-counts").code == 1  # another section: scope matters
    assert check(path, "--disclosure-scope", "document").code == 1  # and it is after
    assert check(path, "--disclosure-scope", "document", "--disclosure-after-counts").code == 0


def test_disclosure_scope_document(check):
    path = "content/undisclosed/scope_series.md"
    run = check(path, "-f", "json")
    assert run.code == 1
    assert "disclosure_scope = document" in findings(run, "unflagged-promotion")[0]["message"]
    assert check(path, "--disclosure-scope", "document").code == 0


# --- inline markers ---------------------------------------------------------------------------

def test_marker_without_reason_fails(check):
    run = check("content/markers/without_reason.md", "-f", "json")
    assert run.code == 1
    (bad,) = findings(run, "marker-without-reason")
    assert bad["fails"] and bad["line"] == 5
    assert findings(run, "unflagged-promotion")  # a marker without a reason discloses nothing


def test_unknown_marker_fails(check):
    run = check("content/markers/unknown_kind.md", "-f", "json")
    assert run.code == 1
    assert "sponsered" in findings(run, "unknown-marker")[0]["message"]


def test_stale_marker_is_reported(check):
    run = check("content/markers/stale.md", "-f", "json")
    assert run.code == 0
    (stale,) = findings(run)
    assert stale["rule"] == "stale-marker" and stale["line"] == 3 and not stale["fails"]
    assert check("content/markers/stale.md", "--fail-on", "stale-marker").code == 1


def test_ignore_marker_silences_a_misjudged_section(check):
    run = check("content/markers/ignore.md", "-f", "json")
    assert run.code == 0, run
    section = run.json()["documents"][0]["sections"][-1]
    assert section["promotional"] is True and section["disclosed"] is False
    assert section["markers"][0]["kind"] == "ignore"
    assert findings(run) == []


# --- errors: exit 2, never 0 ------------------------------------------------------------------

def test_binary_file_is_an_error(check, workdir):
    (workdir / "content" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    run = check("content/photo.png", "-f", "json")
    assert run.code == 2
    assert "binary" in run.stderr
    (error,) = findings(run, "document-error")
    assert error["source"] == "content/photo.png"
    assert check("content/photo.png", "--exit-zero").code == 2
    # one bad file spoils a batch that would otherwise pass
    assert check("content/neutral", "content/photo.png").code == 2


def test_missing_path_is_an_error(check):
    run = check("content/nope.md")
    assert run.code == 2
    assert "no such file" in run.stderr


def test_no_paths_is_an_error(check):
    assert check().code == 2


@pytest.mark.parametrize("body, words", [
    ("[credaudit]\nfail_onn = unflagged-promotion\n", "fail_onn"),
    ("[credaudit]\nfail_on = unflagged-promotion, not-a-rule\n", "not-a-rule"),
    ("[credaudit]\npromotion_threshold = 1.5\n", "promotion_threshold"),
    ("[credaudit]\npromotion_threshold = high\n", "promotion_threshold"),
    ("[credaudit]\ndisclosure_scope = page\n", "disclosure_scope"),
    ("[credaudit]\ndisclosure_after_counts = maybe\n", "disclosure_after_counts"),
    ("[credaudit]\nmin_severity = critical\n", "min_severity"),
])
def test_bad_config_is_an_error(check, workdir, body, words):
    (workdir / "gate.cfg").write_text(body, encoding="utf-8")
    run = check("content/neutral", "--config", "gate.cfg")
    assert run.code == 2, run
    assert words in run.stderr
    assert check("--show-config", "--config", "gate.cfg").code == 2


def test_crashing_scorer_is_an_error_naming_document_and_scorer(check, monkeypatch):
    crash_scorer(monkeypatch, "commercial", error=RuntimeError("lexicon failed to load"))
    run = check("content/neutral/forum.txt", "-f", "json")
    assert run.code == 2, run
    assert "content/neutral/forum.txt" in run.stderr and "commercial" in run.stderr
    document = run.json()["documents"][0]
    assert document["error"] and document.get("error_scorer") == "commercial"
    (error,) = findings(run, "document-error")
    assert "commercial" in error["message"]
    assert run.json()["gate"]["passed"] is False
    assert check("content/neutral/forum.txt", "--exit-zero").code == 2
    assert check("content/neutral/forum.txt", "--write-baseline", "b.json").code == 2


def test_exit_zero_turns_failure_into_success(check):
    run = check("content/undisclosed/clinic_cta.html", "--exit-zero", "-f", "json")
    assert run.code == 0
    assert run.json()["gate"]["passed"] is False  # the verdict itself is unchanged


# --- configuration ----------------------------------------------------------------------------

def test_config_file_and_flags(check, workdir):
    (workdir / "gate.cfg").write_text("[credaudit]\ndisclosure_after_counts = true\n", encoding="utf-8")
    path = "content/undisclosed/buried_disclosure.md"
    assert check(path, "--config", "gate.cfg").code == 0
    assert check(path, "--config", "gate.cfg", "--no-disclosure-after-counts").code == 1
    (workdir / "setup.cfg").write_text("[credaudit]\nfail_on =\n", encoding="utf-8")
    assert check(path).code == 0  # setup.cfg in the working folder is read; nothing fails


def test_threshold_and_min_severity(check):
    path = "content/undisclosed/clinic_cta.html"
    assert check(path, "--promotion-threshold", "1").code == 1  # a section scores 1.0
    run = check(path, "--promotion-threshold", "1", "-f", "json")
    assert all(f["line"] for f in findings(run))
    # threshold 0: every section counts as promotional
    assert check("content/disclosed/front_matter.md", "--promotion-threshold", "0").code == 0
    assert check("content/disclosed/label_section.md", "--promotion-threshold", "0").code == 1
    stale = "content/markers/stale.md"
    assert findings(check(stale, "-f", "json", "--min-severity", "medium")) == []
    assert findings(check(stale, "-f", "json", "--report", "unflagged-promotion")) == []


def test_show_config_merges_defaults_file_and_flags(check, workdir):
    (workdir / "gate.cfg").write_text(
        "[credaudit]\npromotion_threshold = 0.7\nfail_on = unflagged-promotion, buried-disclosure\n",
        encoding="utf-8")
    run = check("--show-config", "--config", "gate.cfg", "--min-severity", "medium")
    assert run.code == 0, run
    lines = run.stdout.splitlines()
    assert "promotion_threshold = 0.7" in lines  # from the file
    assert "min_severity = medium" in lines  # from a flag
    assert "disclosure_scope = section" in lines  # a default
    assert "fail_on = unflagged-promotion, buried-disclosure" in lines
    flagged = check("--show-config", "--config", "gate.cfg", "--promotion-threshold", "0.6")
    assert "promotion_threshold = 0.6" in flagged.stdout.splitlines()


# --- output -----------------------------------------------------------------------------------

def test_text_output_ends_with_the_verdict(check):
    run = check("content/undisclosed/clinic_cta.html")
    assert run.code == 1
    assert "FAIL content/undisclosed/clinic_cta.html:" in run.stdout
    assert run.stdout.rstrip().splitlines()[-1].startswith("gate FAILED: 2 failing")
    passed = check("content/neutral/forum.txt")
    assert passed.stdout.rstrip().splitlines()[-1].startswith("gate passed: 0 failing")


def test_json_output_carries_the_gate(check):
    run = check("content/undisclosed/product_discount.md", "content/disclosed", "-f", "json")
    report = run.json()
    assert report["schema"] == "credaudit/1"
    gate = report["gate"]
    assert set(gate) >= {"passed", "findings", "policy", "counts", "rules"}
    assert gate["policy"]["fail_on"] == ["unflagged-promotion", "marker-without-reason",
                                         "unknown-marker"]
    assert gate["counts"]["failing"] == sum(f["fails"] for f in gate["findings"])
    for finding in gate["findings"]:
        assert set(finding) >= {"source", "rule", "message", "severity", "confidence", "section",
                                "claim", "line", "fingerprint", "fails", "baseline"}


def test_output_file_is_written_atomically(check, workdir):
    run = check("content/undisclosed/clinic_cta.html", "-f", "sarif", "-o", "out.sarif")
    assert run.code == 1 and run.stdout == ""
    data = json.loads((workdir / "out.sarif").read_text(encoding="utf-8"))
    assert data["version"] == "2.1.0"
    assert not [n for n in os.listdir(workdir) if n.startswith(".credaudit-")]


def test_output_is_deterministic_and_identical_with_workers(check):
    first = check("content", "-f", "json").stdout
    assert check("content", "-f", "json").stdout == first
    assert check("content", "-f", "json", "-j", "2").stdout == first
