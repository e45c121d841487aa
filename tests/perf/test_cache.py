"""`--cache DIR`: unchanged documents are read back, anything that could change a report misses."""
from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

import audit
from audit import cache as cache_module
from audit import engine
from audit.api import audit_paths
from audit.cache import Cache
from audit.cli import main
from audit.engine import EngineOptions, audit_stream
from audit.pipeline import Loaded, Settings
from tests.scorer_faults import crash_scorer


class Counter:
    """Wraps engine.audit_batch to count the documents that were really audited."""

    def __init__(self, monkeypatch):
        self.audited: list[str] = []
        original = engine.audit_batch

        def counting(items, settings):
            self.audited.extend(item.source for item in items)
            return original(items, settings)

        monkeypatch.setattr(engine, "audit_batch", counting)


def cached(paths, cache_dir, settings=None, **options):
    return list(audit_stream([str(p) for p in paths], settings,
                             options=EngineOptions(cache_dir=str(cache_dir), **options)))


def entries(cache_dir) -> list[str]:
    return sorted(str(p) for p in cache_dir.rglob("*.json"))


def test_second_run_reads_everything_from_the_cache(folder, tmp_path, monkeypatch):
    store = tmp_path / "cache"
    first = cached([folder], store)
    assert first == list(audit_paths([str(folder)]))
    assert len(entries(store)) == 18
    counter = Counter(monkeypatch)
    second = cached([folder], store)
    assert counter.audited == []  # every document was a hit
    assert second == first


def test_cli_output_is_byte_identical_from_the_cache_in_every_format(folder, tmp_path):
    store = tmp_path / ".credaudit-cache"
    runner = CliRunner()
    for fmt in ("json", "jsonl", "text", "markdown", "csv", "html"):
        plain = runner.invoke(main, ["audit", str(folder), "-f", fmt])
        cold = runner.invoke(main, ["audit", str(folder), "-f", fmt, "--cache", str(store)])
        warm = runner.invoke(main, ["audit", str(folder), "-f", fmt, "--cache", str(store)])
        assert plain.exit_code == cold.exit_code == warm.exit_code == 0, (fmt, warm.output)
        assert cold.stdout_bytes == plain.stdout_bytes, fmt
        assert warm.stdout_bytes == plain.stdout_bytes, fmt


def test_cache_with_jobs_gives_the_same_bytes(folder, tmp_path):
    store = tmp_path / "cache"
    runner = CliRunner()
    plain = runner.invoke(main, ["audit", str(folder), "-f", "jsonl"])
    cold = runner.invoke(main, ["audit", str(folder), "-f", "jsonl", "-j", "2", "--cache", str(store)])
    warm = runner.invoke(main, ["audit", str(folder), "-f", "jsonl", "-j", "2", "--cache", str(store)])
    assert plain.stdout_bytes == cold.stdout_bytes == warm.stdout_bytes


def test_a_changed_document_is_the_only_miss(folder, tmp_path, monkeypatch):
    store = tmp_path / "cache"
    cached([folder], store)
    changed = sorted(folder.rglob("*.md"))[1]
    changed.write_text(changed.read_text() + "\nWalking may ease knee pain in older adults.\n")
    counter = Counter(monkeypatch)
    result = cached([folder], store)
    assert counter.audited == [str(changed)]
    assert result == list(audit_paths([str(folder)]))


def test_a_new_tool_version_invalidates(folder, tmp_path, monkeypatch):
    store = tmp_path / "cache"
    cached([folder], store)
    monkeypatch.setattr(audit, "__version__", "999.0")
    counter = Counter(monkeypatch)
    cached([folder], store)
    assert len(counter.audited) == 18


def test_changed_pipeline_code_invalidates(folder, tmp_path, monkeypatch):
    store = tmp_path / "cache"
    cached([folder], store)
    monkeypatch.setattr(cache_module, "code_digest", lambda: "edited")
    counter = Counter(monkeypatch)
    cached([folder], store)
    assert len(counter.audited) == 18


@pytest.mark.parametrize("settings", [Settings(max_sections=4000),
                                      "scorer_option"], ids=["limits", "scorer-options"])
def test_changed_settings_invalidate(folder, tmp_path, monkeypatch, settings):
    if settings == "scorer_option":
        from scorers import load
        options = load("readability").Options(min_words=5)
        settings = Settings(scorer_options={"readability": options})
    store = tmp_path / "cache"
    cached([folder], store)
    counter = Counter(monkeypatch)
    cached([folder], store, settings)
    assert len(counter.audited) == 18
    counter.audited.clear()
    cached([folder], store, settings)  # and the new settings are cached in their turn
    assert counter.audited == []


def test_a_caller_salt_invalidates(folder, tmp_path, monkeypatch):
    store = tmp_path / "cache"
    cached([folder], store)
    counter = Counter(monkeypatch)
    cached([folder], store, cache_salt="policy-b")
    assert len(counter.audited) == 18


def test_corrupt_entries_are_ignored_and_rewritten(folder, tmp_path, monkeypatch):
    store = tmp_path / "cache"
    expected = cached([folder], store)
    files = entries(store)
    with open(files[0], "wb") as handle:
        handle.write(b'{"key": "trunc')
    with open(files[1], "w", encoding="utf-8") as handle:
        json.dump({"key": "someone-else", "document": {}}, handle)
    with open(files[2], "wb") as handle:
        handle.write(b"\xff\xfe not json at all")
    counter = Counter(monkeypatch)
    assert cached([folder], store) == expected
    assert len(counter.audited) == 3
    for path in files[:3]:  # rewritten with a valid entry
        entry = json.loads(open(path, encoding="utf-8").read())
        assert entry["key"] == os.path.basename(path)[:-5] and entry["document"]["error"] is None
    counter.audited.clear()
    assert cached([folder], store) == expected and counter.audited == []


def test_cache_folder_is_marked_and_writes_are_atomic(folder, tmp_path):
    store = tmp_path / "cache"
    cached([folder], store)
    assert (store / ".gitignore").read_text().strip().endswith("*")
    assert (store / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172789f06886806bc55")
    leftovers = [p for p in store.rglob("*") if p.name.startswith(".tmp-")]
    assert leftovers == []


def test_an_unwritable_cache_costs_speed_not_results(folder, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    assert cached([folder], blocker) == list(audit_paths([str(folder)]))


def test_input_failures_and_scorer_crashes_are_not_cached(batch, tmp_path, monkeypatch):
    crash_scorer(monkeypatch, "sample_size", when="412")
    store = tmp_path / "cache"
    first = cached([batch], store)
    crashed = [d for d in first if d.get("error_scorer")]
    assert crashed and any("invalid JSON" in (d["error"] or "") for d in first)
    assert len(entries(store)) == 29 - len(crashed)  # 30 lines, one not JSON
    monkeypatch.undo()  # the scorer works again
    assert cached([batch], store) == list(audit_paths([str(batch)]))


def test_keys_cover_source_format_and_text():
    store = Cache("unused", Settings())
    base = Loaded(source="a.txt", id="a.txt", text="Some text here.", format="text")
    variants = [Loaded(source="b.txt", id="a.txt", text=base.text, format="text"),
                Loaded(source="a.txt", id="b", text=base.text, format="text"),
                Loaded(source="a.txt", id="a.txt", text=base.text, format="markdown"),
                Loaded(source="a.txt", id="a.txt", text=base.text, format="text", encoding="cp1252"),
                Loaded(source="a.txt", id="a.txt", text=base.text + " ", format="text")]
    keys = {store.key(base)} | {store.key(v) for v in variants}
    assert len(keys) == 6
    assert store.key(base) == Cache("elsewhere", Settings()).key(base)
