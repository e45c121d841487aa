"""Baselines: record today's findings, fail only on new ones."""
from __future__ import annotations

import json

import pytest

from audit.baseline import SCHEMA, fingerprint, normalise, parse_baseline
from audit.errors import CredauditError
from tests.gate.helpers import findings

PROMO = """## Meet LunaCalm

LunaCalm Night Gummies are our proprietary blend of magnesium and chamomile. Order today and use code DREAM25 at checkout for 25% off your first bottle.
"""
OTHER_PROMO = """## Keep warm with TrailWarm

TrailWarm thermal leggings keep you cosy on cold morning runs. Shop the winter range now and use code WINTER30 for 30% off your first order.
"""
INTRO = """# Sleeping well

Keeping a regular wake-up time, even at weekends, is one of the most reliable ways to steady your body clock.
"""


@pytest.fixture
def page(workdir):
    path = workdir / "site" / "sleep.md"
    path.parent.mkdir()

    def write(*parts: str) -> str:
        path.write_text("\n".join(parts), encoding="utf-8")
        return "site/sleep.md"
    return write


def test_round_trip(check, page, workdir):
    doc = page(INTRO, PROMO)
    assert check(doc).code == 1
    written = check(doc, "--write-baseline", "baseline.json")
    assert written.code == 0, written
    assert "baseline entries" in written.stderr
    data = json.loads((workdir / "baseline.json").read_text(encoding="utf-8"))
    assert data["schema"] == SCHEMA
    assert [e["rule"] for e in data["entries"]] == ["unflagged-promotion"]
    assert data["entries"][0]["path"] == "site/sleep.md"

    # the recorded finding no longer fails ...
    run = check(doc, "--baseline", "baseline.json", "-f", "json")
    assert run.code == 0, run
    (old,) = findings(run, "unflagged-promotion")
    assert old["baseline"] == "unchanged" and not old["fails"]
    assert run.json()["gate"]["baseline"]["matched"] == 1

    # ... also after edits around it that move every line
    page("<!-- a note for editors -->", "", INTRO, "Another new paragraph about sleep and light in the "
         "morning, written later.", "", "A third paragraph, to push the offer further down the page.",
         "", PROMO.replace("\n\n", "\n\n\n"))
    assert check(doc, "--baseline", "baseline.json").code == 0

    # a new promotional section fails
    page(INTRO, PROMO, OTHER_PROMO)
    run = check(doc, "--baseline", "baseline.json", "-f", "json")
    assert run.code == 1, run
    states = sorted((f["baseline"], f["fails"]) for f in findings(run, "unflagged-promotion"))
    assert states == [("new", True), ("unchanged", False)]


def test_one_entry_never_absorbs_a_second_identical_finding(check, page):
    doc = page(INTRO, PROMO)
    assert check(doc, "--write-baseline", "baseline.json").code == 0
    page(INTRO, PROMO, PROMO)  # the same offer pasted twice
    run = check(doc, "--baseline", "baseline.json", "-f", "json")
    assert run.code == 1, run
    unflagged = findings(run, "unflagged-promotion")
    assert unflagged[0]["fingerprint"] == unflagged[1]["fingerprint"]
    assert [f["baseline"] for f in unflagged] == ["unchanged", "new"]
    # recording both makes the count 2, and both pass
    assert check(doc, "--write-baseline", "baseline2.json").code == 0
    assert check(doc, "--baseline", "baseline2.json").code == 0


def test_changed_claim_is_new(check, page):
    doc = page(INTRO, PROMO)
    check(doc, "--write-baseline", "baseline.json")
    page(INTRO, PROMO.replace("DREAM25", "DREAM40").replace("25% off", "40% off"))
    assert check(doc, "--baseline", "baseline.json").code == 1


def test_stale_entries_are_reported_not_failing(check, page):
    doc = page(INTRO, PROMO)
    check(doc, "--write-baseline", "baseline.json")
    page(INTRO)
    run = check(doc, "--baseline", "baseline.json", "-f", "json")
    assert run.code == 0
    (stale,) = run.json()["gate"]["baseline"]["stale"]
    assert stale["rule"] == "unflagged-promotion" and stale["unmatched"] == 1
    text = check(doc, "--baseline", "baseline.json")
    assert "stale baseline entry: site/sleep.md unflagged-promotion" in text.stdout


def test_baseline_file_is_deterministic_and_sorted(check, workdir):
    assert check("content/undisclosed", "--write-baseline", "one.json").code == 0
    assert check("content/undisclosed", "--write-baseline", "two.json").code == 0
    one = (workdir / "one.json").read_bytes()
    assert one == (workdir / "two.json").read_bytes()
    assert one.endswith(b"\n")
    entries = json.loads(one)["entries"]
    keys = [(e["path"], e["rule"], e["heading"], e["text"], e["fingerprint"]) for e in entries]
    assert keys == sorted(keys)
    assert all(list(e) == sorted(e) for e in entries)
    assert check("content/undisclosed", "--baseline", "one.json").code == 0


def test_bad_baseline_file_is_an_error(check, workdir):
    (workdir / "bad.json").write_text("{not json", encoding="utf-8")
    assert check("content/neutral", "--baseline", "bad.json").code == 2
    (workdir / "other.json").write_text('{"schema": "something/1", "entries": []}', encoding="utf-8")
    assert check("content/neutral", "--baseline", "other.json").code == 2
    assert check("content/neutral", "--baseline", "missing.json").code == 2


def test_document_errors_are_never_baselined(check, workdir):
    (workdir / "content" / "blob.md").write_bytes(b"\x00\x01\x02" * 100)
    assert check("content/blob.md", "--write-baseline", "b.json").code == 2
    assert not (workdir / "b.json").exists()


def test_fingerprint_ignores_case_punctuation_and_spacing():
    a = fingerprint("unflagged-promotion", "a.md", "Our Offer", "Order now -- and SAVE 20%!")
    b = fingerprint("unflagged-promotion", "a.md", "our offer", "order now and save 20")
    assert a == b
    assert a != fingerprint("unflagged-promotion", "b.md", "our offer", "order now and save 20")
    assert a != fingerprint("buried-disclosure", "a.md", "our offer", "order now and save 20")
    assert normalise("  Ça   va,\nbien? ") == "ça va bien"


def test_parse_baseline_validates():
    with pytest.raises(CredauditError):
        parse_baseline({"schema": SCHEMA, "entries": [{"count": 1}]})
    with pytest.raises(CredauditError):
        parse_baseline({"schema": SCHEMA, "entries": [{"fingerprint": "x", "count": 0}]})
    loaded = parse_baseline({"schema": SCHEMA, "entries": [{"fingerprint": "x", "count": 2}]})
    assert loaded.counts["x"] == 2
