"""`--engine dask`: a LocalCluster (loopback only) gives the serial bytes, in order."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from audit.api import audit_paths
from audit.cli import main
from audit.engine import EngineOptions, audit_stream
from audit.errors import CredauditError

import distributed  # noqa: E402  (test extra: dask[distributed])


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  protocol="tcp", host="127.0.0.1", dashboard_address=":0") as local:
        yield local


def test_dask_folder_and_batch_match_serial_bytes(cluster, folder, batch):
    runner = CliRunner()
    for path in (folder, batch):
        serial = runner.invoke(main, ["audit", str(path), "-f", "jsonl"])
        remote = runner.invoke(main, ["audit", str(path), "-f", "jsonl", "--engine", "dask",
                                      "--scheduler", cluster.scheduler_address])
        assert remote.exit_code == serial.exit_code, remote.output
        assert remote.stdout_bytes == serial.stdout_bytes
        assert remote.stderr == serial.stderr


def test_scheduler_alone_selects_dask_and_small_batches_keep_order(cluster, batch):
    options = EngineOptions(scheduler=cluster.scheduler_address, batch_docs=2, window=2)
    assert list(audit_stream([str(batch)], options=options)) == list(audit_paths([str(batch)]))


def test_dask_fail_fast_raises_at_the_same_position(cluster, batch):
    options = EngineOptions(scheduler=cluster.scheduler_address, batch_docs=3)
    seen = []
    with pytest.raises(CredauditError, match="invalid JSON"):
        for document in audit_stream([str(batch)], fail_fast=True, options=options):
            seen.append(document)
    assert len(seen) == 6


def test_unreachable_scheduler_is_a_one_line_error(folder):
    import dask
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        result = CliRunner().invoke(main, ["audit", str(folder), "--engine", "dask",
                                           "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 2
    assert result.stderr.startswith("credaudit: error: ") and len(result.stderr.splitlines()) == 1


@pytest.mark.slow
def test_dask_with_worker_processes_matches_serial(folder):
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address=":0") as local:
        options = EngineOptions(scheduler=local.scheduler_address, batch_docs=4)
        remote = list(audit_stream([str(folder)], options=options))
    here = list(audit_paths([str(folder)]))
    for got, expected in zip(remote, here):
        assert json.dumps(got, indent=1) == json.dumps(expected, indent=1)
    assert len(remote) == len(here) == 18


def test_workers_with_another_credaudit_build_are_refused(cluster, folder, monkeypatch):
    from audit import engine
    monkeypatch.setattr(engine, "code_fingerprint", lambda: ("9.9.9", "here"))
    monkeypatch.setattr(distributed.Client, "run",  # what workers with an older install answer
                        lambda self, fn, **kw: {w: ("0.0.0", "elsewhere")
                                                for w in self.scheduler_info()["workers"]})
    with pytest.raises(CredauditError, match="another credaudit build"):
        list(audit_stream([str(folder)], options=EngineOptions(scheduler=cluster.scheduler_address)))
