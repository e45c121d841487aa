"""`--jobs N` and the process engine: the same bytes as a serial run, in input order."""
from __future__ import annotations

import io
import json

import pytest
from click.testing import CliRunner

from audit import engine
from audit.api import audit_paths
from audit.cli import main
from audit.engine import EngineOptions, audit_stream
from audit.errors import CredauditError
from tests.scorer_faults import crash_scorer

from .perf_helpers import jsonl_ids, sources, write_batch


def run(args, **kwargs):
    result = CliRunner().invoke(main, args, **kwargs)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result


@pytest.mark.parametrize("fmt", ["jsonl", "json", "text"])
def test_jobs_2_on_a_folder_gives_the_serial_bytes(folder, fmt):
    serial = run(["audit", str(folder), "-f", fmt])
    parallel = run(["audit", str(folder), "-f", fmt, "--jobs", "2"])
    assert serial.exit_code == parallel.exit_code == 0
    assert parallel.stdout_bytes == serial.stdout_bytes
    if fmt == "jsonl":
        assert sources(serial.stdout) == sorted(sources(serial.stdout))
        assert len(serial.stdout.splitlines()) == 18


def test_jobs_2_on_a_jsonl_batch_keeps_order_and_per_line_errors(batch):
    serial = run(["audit", str(batch), "-f", "jsonl"])
    parallel = run(["audit", str(batch), "-f", "jsonl", "-j", "2"])
    assert serial.exit_code == parallel.exit_code == 2  # line 7 is not JSON
    assert parallel.stdout_bytes == serial.stdout_bytes
    assert parallel.stderr == serial.stderr
    ids = jsonl_ids(parallel.stdout)
    assert ids[:6] == [f"doc-{i:06d}" for i in range(6)]
    assert ids[6].endswith("batch.jsonl:7")
    assert ids[7:] == [f"doc-{i:06d}" for i in range(7, 30)]


def test_small_batches_and_a_narrow_window_still_preserve_order(tmp_path):
    path = write_batch(tmp_path / "many.jsonl", count=41, size=600, bad_lines=(3, 20, 41))
    expected = list(audit_paths([str(path)]))
    options = EngineOptions(engine="processes", jobs=2, batch_docs=2, window=1)
    assert list(audit_stream([str(path)], options=options)) == expected
    options = EngineOptions(engine="processes", jobs=3, batch_docs=5, batch_chars=1000, window=4)
    assert list(audit_stream([str(path)], options=options)) == expected


def test_several_paths_mixing_files_folders_and_batches(folder, batch):
    paths = [str(batch), str(folder), str(sorted(folder.rglob("*.md"))[0])]
    expected = list(audit_paths(paths))
    got = list(audit_stream(paths, options=EngineOptions(jobs=2, batch_docs=4)))
    assert got == expected
    assert [d["source"] for d in got] == [d["source"] for d in expected]


def test_files_that_fail_to_load_in_a_worker_are_reported_at_their_place(folder, tmp_path):
    """Workers read files themselves: an oversized or vanished file is still that file's error."""
    docs = sorted(folder.rglob("*.txt"))
    docs[1].write_text("A cohort study of 812 adults. " * 200)  # over the limit below
    config = tmp_path / "setup.cfg"
    config.write_text("[credaudit]\nmax_bytes = 3000\n")
    args = ["audit", str(folder), "-f", "jsonl", "--config", str(config)]
    serial = run(args)
    parallel = run(args + ["-j", "2"])
    assert serial.exit_code == parallel.exit_code == 2
    assert parallel.stdout_bytes == serial.stdout_bytes
    assert parallel.stderr == serial.stderr and "exceeds max_bytes" in serial.stderr
    from audit.inputs import PendingFile
    gone = PendingFile(path=str(folder / "gone.txt"), format="text", max_bytes=100, size=0)
    outcome = engine.audit_one(gone, None)
    assert outcome[0] == "failure" and outcome[1].endswith("gone.txt")
    assert "No such file" in outcome[3]


def test_workers_encoding_jsonl_lines_give_the_serial_lines(batch, folder):
    """With encode_jsonl the main process gets finished lines; they are the serial bytes."""
    from reports import jsonl

    paths = [str(batch), str(folder)]
    expected = list(audit_paths(paths))
    options = EngineOptions(engine="processes", jobs=2, batch_docs=3, encode_jsonl=True)
    got = list(audit_stream(paths, options=options))
    assert [d["source"] for d in got] == [d["source"] for d in expected]
    assert [d["error"] for d in got] == [d["error"] for d in expected]
    encoded = [d for d in got if isinstance(d, jsonl.EncodedDocument)]
    assert len(encoded) == sum(1 for d in expected if not d["error"]) > 20
    from audit.api import build_report
    report, serial = io.StringIO(), io.StringIO()
    jsonl.render(build_report(got), report)
    jsonl.render(build_report(expected), serial)
    assert report.getvalue() == serial.getvalue()


def test_fail_fast_stops_at_the_same_document_as_serial(batch):
    serial = run(["audit", str(batch), "-f", "jsonl", "--fail-fast"])
    parallel = run(["audit", str(batch), "-f", "jsonl", "--fail-fast", "-j", "2"])
    assert serial.exit_code == parallel.exit_code == 2
    assert parallel.stdout_bytes == serial.stdout_bytes
    assert len(serial.stdout.splitlines()) == 6
    assert parallel.stderr == serial.stderr and "invalid JSON" in serial.stderr


def test_fail_fast_raises_through_the_library(batch):
    stream = audit_stream([str(batch)], fail_fast=True,
                          options=EngineOptions(engine="processes", jobs=2, batch_docs=3))
    documents = []
    with pytest.raises(CredauditError, match="invalid JSON"):
        for document in stream:
            documents.append(document)
    assert len(documents) == 6


def test_a_scorer_crash_in_a_worker_is_reported_like_serial(batch, monkeypatch):
    crash_scorer(monkeypatch, "sample_size", when="412")  # inherited by forked workers
    expected = list(audit_paths([str(batch)]))
    assert any(d.get("error_scorer") == "sample_size" for d in expected)
    got = list(audit_stream([str(batch)], options=EngineOptions(engine="processes", jobs=2,
                                                                batch_docs=4)))
    assert got == expected


def test_one_document_with_jobs_does_not_start_a_pool(tmp_path, monkeypatch):
    doc = tmp_path / "one.txt"
    doc.write_text("A randomised trial of 240 adults found that walking lowered pain scores.")

    def no_pool(*args, **kwargs):
        raise AssertionError("a pool was started for a single document")

    monkeypatch.setattr("multiprocessing.context.BaseContext.Pool", no_pool)
    got = list(audit_stream([str(doc)], options=EngineOptions(jobs=2)))
    assert got == list(audit_paths([str(doc)]))


def test_jobs_from_config_and_zero_means_one_per_cpu(tmp_path, folder):
    config = tmp_path / "setup.cfg"
    config.write_text("[credaudit]\njobs = 2\n")
    serial = run(["audit", str(folder), "-f", "jsonl", "--jobs", "1"])
    from_config = run(["audit", str(folder), "-f", "jsonl", "--config", str(config)])
    all_cpus = run(["audit", str(folder), "-f", "jsonl", "--jobs", "0"])
    assert serial.stdout_bytes == from_config.stdout_bytes == all_cpus.stdout_bytes
    assert engine.resolve_jobs(0) >= 1
    assert engine.choose_engine(EngineOptions(jobs=1)) == "serial"
    assert engine.choose_engine(EngineOptions(jobs=2)) == "processes"
    assert engine.choose_engine(EngineOptions(scheduler="tcp://127.0.0.1:1")) == "dask"


def test_negative_jobs_is_a_usage_error(folder):
    result = run(["audit", str(folder), "--jobs", "-1"])
    assert result.exit_code == 2


def test_unknown_engine_is_refused(folder):
    result = run(["audit", str(folder), "--engine", "threads"])
    assert result.exit_code == 2
    with pytest.raises(CredauditError):
        list(audit_stream([str(folder)], options=EngineOptions(engine="threads")))


# --- progress bar ------------------------------------------------------------------------------

class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_is_absent_when_stderr_is_not_a_terminal(folder):
    result = run(["audit", str(folder), "-f", "jsonl", "-j", "2"])
    assert result.exit_code == 0 and result.stderr == ""


def test_progress_bar_draws_on_a_terminal_and_quiet_silences_it(monkeypatch):
    fake = FakeTTY()
    monkeypatch.setattr("sys.stderr", fake)
    documents = [{"n": i} for i in range(5)]
    assert list(engine.with_progress(iter(documents), show=True)) == documents
    assert "auditing" in fake.getvalue()
    quiet = FakeTTY()
    monkeypatch.setattr("sys.stderr", quiet)
    assert list(engine.with_progress(iter(documents), show=False)) == documents
    assert quiet.getvalue() == ""


def test_cli_shows_progress_only_for_batches_and_not_over_a_streamed_terminal(monkeypatch, folder,
                                                                                tmp_path):
    from audit import runner
    doc = next(folder.rglob("*.txt"))
    monkeypatch.setattr("sys.stdout", io.StringIO())  # not a terminal
    assert runner._shows_progress([str(folder)], "auto", "jsonl", None)
    assert runner._shows_progress(["a.jsonl"], "auto", "text", None)
    assert not runner._shows_progress([str(doc)], "auto", "json", None)
    monkeypatch.setattr("sys.stdout", FakeTTY())
    assert not runner._shows_progress([str(folder)], "auto", "jsonl", None)
    assert runner._shows_progress([str(folder)], "auto", "jsonl", str(tmp_path / "out.jsonl"))
    assert runner._shows_progress([str(folder)], "auto", "text", None)


def test_quiet_flag_is_accepted(folder):
    result = run(["audit", str(folder), "-f", "jsonl", "--quiet", "-j", "2"])
    assert result.exit_code == 0 and result.stderr == ""
    assert len(result.stdout.splitlines()) == 18


def test_output_file_is_identical_with_jobs(folder, tmp_path):
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    assert run(["audit", str(folder), "-f", "json", "-o", str(one)]).exit_code == 0
    assert run(["audit", str(folder), "-f", "json", "-o", str(two), "-j", "2"]).exit_code == 0
    assert one.read_bytes() == two.read_bytes()
    assert len(json.loads(one.read_text())["documents"]) == 18
