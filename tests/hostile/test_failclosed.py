"""Failing closed: crashes are reported, never hidden; reports are all or nothing; inputs untouched.

- A scorer that raises becomes the document's `error` (with `error_scorer`) in `audit`, which
  goes on with the batch and exits 2; `check` exits 2 naming the document and the scorer.
- A report file is replaced atomically: when rendering fails or is interrupted half-way, the
  previous report is left exactly as it was and no temporary file remains.
- Ctrl-C (SIGINT) ends a run with exit 2 and one line on stderr, no traceback, no report.
- Inputs are only ever read: contents, modes and modification times are unchanged.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from audit.cli import main
from tests.scorer_faults import crash_scorer

SAMPLES = os.path.join(os.path.dirname(__file__), "..", "..", "samples", "documents")
GOOD = "A randomized trial of 240 adults found that walking lowered blood pressure."
BAD = "This sentence makes the scorer EXPLODE on purpose, as a test."
RUN_CLI = [sys.executable, "-c", "from audit.cli import main; main()"]


@pytest.fixture()
def config(tmp_path):
    path = tmp_path / "plain.cfg"
    path.write_text("[credaudit]\njobs = 1\n")
    return str(path)


@pytest.fixture()
def exploding(monkeypatch):
    """Make the hedging scorer raise on any claim containing EXPLODE."""
    crash_scorer(monkeypatch, "hedging", when="EXPLODE", error=ValueError("boom on purpose"))


@pytest.fixture()
def batch(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD)
    (folder / "b.txt").write_text(f"{GOOD} {BAD}")
    (folder / "c.md").write_text(f"# Walking\n\n{GOOD}\n")
    return folder


def run(*args, stdin=None):
    result = CliRunner().invoke(main, [str(a) for a in args], input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.stderr
    return result


def leftovers(folder) -> list[str]:
    return sorted(name for name in os.listdir(folder) if name.startswith(".credaudit-"))


# -- scorer crashes --------------------------------------------------------------------------------

def test_audit_records_a_scorer_crash_and_goes_on(exploding, batch, config):
    result = run("audit", batch, "-f", "json", "--config", config)
    assert result.exit_code == 2
    a, b, c = json.loads(result.stdout)["documents"]
    assert a["error"] is None and c["error"] is None and c["summary"]["claims"] == 1
    assert b["error"] == f"{batch / 'b.txt'}: scorer 'hedging' crashed: ValueError: boom on purpose"
    assert b["error_scorer"] == "hedging" and b["sections"] == []
    assert result.stderr.strip() == f"credaudit: error: {b['error']}"


@pytest.mark.parametrize("fmt", ["jsonl", "text", "markdown", "csv", "html"])
def test_every_format_shows_the_crash(exploding, batch, config, fmt):
    result = run("audit", batch, "-f", fmt, "--config", config)
    assert result.exit_code == 2
    assert "boom on purpose" in result.stdout or "hedging" in result.stdout


def test_fail_fast_stops_at_the_crash_and_writes_no_report(exploding, batch, config, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    result = run("audit", batch, "-f", "json", "-o", out / "report.json", "--fail-fast",
                 "--config", config)
    assert result.exit_code == 2
    assert result.stderr.strip() == (f"credaudit: error: {batch / 'b.txt'}: scorer 'hedging' "
                                     f"crashed: ValueError: boom on purpose")
    assert os.listdir(out) == []


def test_check_fails_closed_on_a_scorer_crash(exploding, batch, config):
    result = run("check", batch, "--config", config)
    assert result.exit_code == 2
    assert str(batch / "b.txt") in result.stderr and "'hedging'" in result.stderr
    as_json = run("check", batch, "-f", "json", "--config", config)
    assert as_json.exit_code == 2
    assert "boom on purpose" in as_json.stdout


def test_check_exit_zero_does_not_hide_a_crash(exploding, batch, config):
    assert run("check", batch, "--exit-zero", "--config", config).exit_code == 2


def test_a_crash_outside_the_scorers_is_a_one_line_internal_error(monkeypatch, batch, config, tmp_path):
    import audit.extract_text

    def broken(text):
        raise RuntimeError("extractor bug")

    monkeypatch.setattr(audit.extract_text, "extract_text", broken)
    report = tmp_path / "report.json"
    report.write_text("previous report\n")
    result = run("audit", batch, "-f", "json", "-o", report, "--config", config)
    assert result.exit_code == 2
    assert result.stderr == "credaudit: error: internal error: RuntimeError: extractor bug\n"
    assert report.read_text() == "previous report\n" and leftovers(tmp_path) == []


# -- atomic reports --------------------------------------------------------------------------------

@pytest.mark.parametrize("failure, message", [(RuntimeError("renderer bug"),
                                               "internal error: RuntimeError: renderer bug"),
                                              (KeyboardInterrupt(), "interrupted")])
def test_a_report_is_never_left_half_written(monkeypatch, batch, config, tmp_path, failure, message):
    import reports.json as renderer
    real = renderer.render

    def half(report, out):
        out.write('{\n  "schema": "credaudit/1",\n  "documents": [')  # part of a report ...
        out.flush()
        raise failure  # ... then the failure

    report = tmp_path / "report.json"
    report.write_text("previous report\n")
    os.chmod(report, 0o640)
    before = os.stat(report)
    monkeypatch.setattr(renderer, "render", half)
    result = run("audit", batch, "-f", "json", "-o", report, "--config", config)
    assert result.exit_code == 2
    assert result.stderr == f"credaudit: error: {message}\n"
    assert report.read_text() == "previous report\n"
    assert os.stat(report).st_mtime_ns == before.st_mtime_ns
    assert leftovers(tmp_path) == []

    monkeypatch.setattr(renderer, "render", real)  # and a good run replaces it whole
    result = run("audit", batch / "a.txt", "-f", "json", "-o", report, "--config", config)
    assert result.exit_code == 0
    assert json.loads(report.read_text())["documents"][0]["error"] is None
    assert os.stat(report).st_mode & 0o777 == 0o640 and leftovers(tmp_path) == []


def test_a_failed_batch_still_writes_its_report_whole(exploding, batch, config, tmp_path):
    """Per-document errors are results, not failures: the report is complete and readable."""
    report = tmp_path / "report.json"
    result = run("audit", batch, "-f", "json", "-o", report, "--config", config)
    assert result.exit_code == 2
    assert len(json.loads(report.read_text())["documents"]) == 3 and leftovers(tmp_path) == []


def test_the_report_cannot_overwrite_an_input(batch, config):
    before = (batch / "a.txt").read_bytes()
    result = run("audit", batch / "a.txt", "-f", "json", "-o", batch / "a.txt", "--config", config)
    assert result.exit_code == 2 and "is one of the inputs" in result.stderr
    inside = run("audit", batch, "-f", "markdown", "-o", batch / "c.md", "--config", config)
    assert inside.exit_code == 2 and "is one of the inputs" in inside.stderr
    gate = run("check", batch, "-o", batch / "a.txt", "--config", config)
    assert gate.exit_code == 2 and "is one of the inputs" in gate.stderr
    assert (batch / "a.txt").read_bytes() == before and leftovers(batch) == []
    elsewhere = run("audit", batch, "-f", "json", "-o", batch / "report.json", "--config", config)
    assert elsewhere.exit_code == 0  # .json is not an input extension inside a folder


# -- inputs are only read --------------------------------------------------------------------------

def fingerprint(folder) -> dict:
    found = {}
    for root, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            status = os.stat(path)
            with open(path, "rb") as handle:
                digest = hashlib.sha256(handle.read()).hexdigest()
            found[os.path.relpath(path, folder)] = (digest, status.st_mode, status.st_mtime_ns,
                                                    status.st_size)
    return found


def test_inputs_are_never_modified(tmp_path, config):
    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLES, corpus)
    (corpus / "batch.jsonl").write_text(json.dumps({"id": "x", "text": GOOD}) + "\n")
    (corpus / "readonly.md").write_text(f"# Read only\n\n{GOOD}\n")
    os.chmod(corpus / "readonly.md", 0o444)
    before = fingerprint(corpus)
    out = tmp_path / "out"
    out.mkdir()
    for fmt in ("json", "html", "csv"):
        assert run("audit", corpus, corpus / "batch.jsonl", "-f", fmt, "-o", out / f"r.{fmt}",
                   "--config", config).exit_code == 0
    assert run("check", corpus, "-o", out / "gate.txt", "--config", config).exit_code in (0, 1)
    assert fingerprint(corpus) == before  # same files, bytes, modes and times; nothing added


# -- Ctrl-C ----------------------------------------------------------------------------------------

def interrupt(process: subprocess.Popen) -> tuple[int, str]:
    process.send_signal(signal.SIGINT)
    try:
        _, stderr = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        raise
    return process.returncode, stderr.decode("utf-8", "replace")


def wait_for(condition, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the child never got there"
        time.sleep(0.05)


def test_sigint_while_fetching_leaves_no_partial_report(web, tmp_path, config):
    """The first document is already streamed into the temporary report when Ctrl-C comes."""
    (tmp_path / "first.txt").write_text(GOOD)
    report = tmp_path / "report.json"
    report.write_text("previous report\n")
    before = len(web.log)
    process = subprocess.Popen(
        RUN_CLI + ["audit", str(tmp_path / "first.txt"), web.url("/silent"), "-f", "json",
                   "-o", str(report), "--config", config],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wait_for(lambda: any(path == "/silent" for path, _ in web.log[before:]))
    code, stderr = interrupt(process)
    assert code == 2
    assert stderr == "credaudit: error: interrupted\n"
    assert report.read_text() == "previous report\n" and leftovers(tmp_path) == []


def test_sigint_while_reading_stdin(tmp_path, config):
    report = tmp_path / "report.json"
    process = subprocess.Popen(RUN_CLI + ["audit", "-", "-f", "json", "-o", str(report),
                                          "--config", config],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdin.write(GOOD.encode())
    process.stdin.flush()  # stdin stays open: the child blocks reading it
    wait_until_reading_stdin(process.pid)
    code, stderr = interrupt(process)
    assert code == 2 and stderr == "credaudit: error: interrupted\n"
    assert not report.exists() and leftovers(tmp_path) == []


def wait_until_reading_stdin(pid: int) -> None:
    """Wait until the child sits in read(0, ...), as /proc/PID/syscall shows on Linux.

    Where that file cannot be read, wait a few seconds instead (start-up and imports).
    """
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with open(f"/proc/{pid}/syscall") as handle:
                fields = handle.read().split()
        except OSError:
            time.sleep(3)
            return
        if len(fields) > 1 and fields[0] == "0" and fields[1] == "0x0":
            return
        time.sleep(0.05)
    raise AssertionError("the child never started reading stdin")


@pytest.mark.slow
def test_sigint_with_worker_processes(tmp_path, config):
    """Ctrl-C while two workers are busy: exit 2, one line, no report, no temporary file."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for number in range(80):
        (docs / f"d{number:03}.txt").write_text(f"{GOOD} Buy now and save 20%! " * 150)
    out = tmp_path / "out"
    out.mkdir()
    process = subprocess.Popen(RUN_CLI + ["audit", str(docs), "-j", "2", "-q", "-f", "json",
                                          "-o", str(out / "report.json"), "--config", config],
                               stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wait_for(lambda: any(_size(out / name) > 0 for name in leftovers(out)))
    code, stderr = interrupt(process)
    assert code == 2 and stderr == "credaudit: error: interrupted\n"
    assert os.listdir(out) == []


def _size(path) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0
