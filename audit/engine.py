"""Execution engines: audit a stream of inputs serially, in local worker processes, or on Dask.

One entry point serves `credaudit audit` and `credaudit check`:

    from audit.engine import EngineOptions, audit_stream
    for document in audit_stream(paths, settings, options=EngineOptions(jobs=2)):
        ...

`audit_stream` yields one report dict per input, in input order, exactly as
`audit.api.audit_paths` does; every engine gives the same dicts (and so the
same report bytes).  Only the place where the pipeline runs changes:

- `serial`: in this process (no start-up cost; the default for `--jobs 1`).
- `processes`: a `multiprocessing` pool of `jobs` workers.  This process lists
  the inputs (workers read and decode files themselves; batch files, stdin
  and URLs are read here), groups them into batches (up to 16 documents or
  60,000 characters of text: small enough that the last batches even out
  between workers, large enough that sending them costs little) and keeps
  at most a small window of batches in flight, collecting results in
  submission order.  The window bounds memory however many documents a
  batch file holds, and a slow document stalls only the window, never the
  order.  With `encode_jsonl` (`-f jsonl`, no cache), workers (local or
  Dask) also encode each report as its JSONL line, so this process copies
  lines rather than rebuilding and re-encoding reports.  Workers import the
  pipeline once (pool initializer) and ignore Ctrl-C, which the parent
  handles.
- `dask`: the same batches submitted to a `dask.distributed` cluster
  (`--scheduler tcp://host:8786`, or a throwaway local cluster without it).
  This process still reads the inputs and ships their *text*, so only the
  client needs to see the files; workers need credaudit (same version)
  installed.

With `cache_dir`, documents whose content, settings and tool code are
unchanged are read from the cache (`audit.cache`) instead of being audited;
only misses reach the workers.

Failure semantics match `audit_paths`: an unreadable input or a crashing
scorer becomes that document's `error`, or, with `fail_fast`, a
`CredauditError` raised at that document's position in the output.
"""
from __future__ import annotations

import os
import sys
from collections import deque
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

ENGINES = ("auto", "serial", "processes", "dask")

# Outcomes travel between workers and this process as plain tuples:
#   ("doc", report_dict)
#   ("line", {source, id, error}, jsonl_line)    with encode_jsonl: the worker wrote the line
#   ("failure", source, id, message)              an input that could not be read
#   ("crash", source, id, format, message, scorer) a scorer raised
Outcome = tuple


@dataclass(frozen=True, kw_only=True)
class EngineOptions:
    """How to run the pipeline over a batch of inputs."""

    engine: str = "auto"  # auto | serial | processes | dask
    jobs: int = 1  # worker processes (0: one per CPU); for dask without scheduler, local workers
    scheduler: str | None = None  # dask scheduler address; implies engine "dask" under "auto"
    cache_dir: str | None = None  # content-hash cache folder (None: no cache)
    cache_salt: str = ""  # extra text folded into cache keys (e.g. a caller's own settings)
    batch_docs: int = 16  # most documents per batch sent to a worker
    batch_chars: int = 60_000  # most characters of text per batch (small batches even out the tail)
    window: int = 0  # batches in flight (0: three per worker)
    encode_jsonl: bool = False  # workers also write each document's JSONL line (-f jsonl)


def resolve_jobs(jobs: int | None) -> int:
    """`jobs` as a worker count: 0 (or None) means one per available CPU."""
    if jobs is None or jobs == 0:
        try:
            return max(1, len(os.sched_getaffinity(0)))
        except AttributeError:  # not Linux
            return max(1, os.cpu_count() or 1)
    if jobs < 0:
        from audit.errors import ConfigError
        raise ConfigError(f"jobs must be 0 (one per CPU) or a positive number, not {jobs}")
    return jobs


def choose_engine(options: EngineOptions) -> str:
    if options.engine not in ENGINES:
        from audit.errors import ConfigError
        raise ConfigError(f"unknown engine {options.engine!r}; choose from {', '.join(ENGINES)}")
    if options.engine != "auto":
        return options.engine
    if options.scheduler:
        return "dask"
    return "processes" if resolve_jobs(options.jobs) > 1 else "serial"


def audit_stream(paths: list[str], settings=None, *, input_format: str = "auto",
                 max_bytes: int | None = None, fail_fast: bool = False,
                 options: EngineOptions | None = None) -> Iterator[dict]:
    """Audit every input under `paths`, in order, on the engine `options` selects."""
    from audit.pipeline import Settings
    settings = settings or Settings()
    options = options or EngineOptions()
    engine = choose_engine(options)
    if engine == "serial" and not options.cache_dir:
        from audit.api import audit_paths  # the reference implementation, used as is
        yield from audit_paths(paths, settings, input_format=input_format, max_bytes=max_bytes,
                               fail_fast=fail_fast)
        return
    from audit.inputs import DEFAULT_MAX_BYTES, iter_inputs
    # Local workers read and decode files themselves (in parallel); a cache needs
    # the text up front for its key, and Dask workers may not see the files.
    defer = engine == "processes" and not options.cache_dir
    items = iter_inputs(paths, input_format=input_format, max_bytes=max_bytes or DEFAULT_MAX_BYTES,
                        defer_files=defer)
    yield from audit_items(items, settings, fail_fast=fail_fast, options=options, engine=engine)


def audit_items(items: Iterable, settings, *, fail_fast: bool = False,
                options: EngineOptions | None = None, engine: str | None = None) -> Iterator[dict]:
    """Like `audit_stream`, over already loaded items (`Loaded` or `InputFailure`)."""
    options = options or EngineOptions()
    engine = engine or choose_engine(options)
    cache = None
    if options.cache_dir:
        from audit.cache import Cache
        cache = Cache(options.cache_dir, settings, salt=options.cache_salt)
    batches = _batches(iter(items), cache, options)
    if engine == "serial":
        runner = _run_serial(batches, settings)
    elif engine == "processes":
        runner = _run_processes(batches, settings, options)
    elif engine == "dask":
        runner = _run_dask(batches, settings, options)
    else:  # choose_engine already refused anything else
        raise AssertionError(engine)
    try:
        for outcome, key in runner:
            if cache is not None and key is not None and outcome[0] == "doc":
                cache.put(key, outcome[1])
            yield resolve(outcome, fail_fast)
    finally:
        runner.close()  # stops workers now, not when the generator is garbage-collected


# --- the work itself (runs in workers) ---------------------------------------------------------

def audit_one(item, settings) -> Outcome:
    """Audit one `Loaded` item (or pass an `InputFailure` through) as an outcome tuple."""
    from audit.api import audit_loaded
    from audit.inputs import InputFailure, PendingFile
    from audit.pipeline import ScorerCrash
    if isinstance(item, PendingFile):
        item = item.read()
    if isinstance(item, InputFailure):
        return ("failure", item.source, item.id, item.message)
    try:
        return ("doc", audit_loaded(item, settings))
    except ScorerCrash as crash:
        return ("crash", item.source, item.id, item.format, f"{item.source}: {crash}", crash.scorer)


def audit_batch(items: list, settings, lines: bool = False) -> list[Outcome]:
    """Outcomes of a batch; with `lines`, reports come as JSONL lines (see `_as_lines`)."""
    outcomes = [audit_one(item, settings) for item in items]
    return _as_lines(outcomes) if lines else outcomes


def resolve(outcome: Outcome, fail_fast: bool) -> dict:
    """Turn an outcome into the document dict `audit_paths` would yield (or raise)."""
    kind = outcome[0]
    if kind == "doc":
        return outcome[1]
    if kind == "line":  # ("line", fields read while streaming, the document's JSONL line)
        from reports.jsonl import EncodedDocument
        document = EncodedDocument(outcome[1])
        document.line = outcome[2]
        return document
    from audit.api import error_document
    from audit.errors import CredauditError
    if kind == "failure":
        _, source, doc_id, message = outcome
        if fail_fast:
            raise CredauditError(message)
        return error_document(source, doc_id, message, "")
    _, source, doc_id, fmt, message, scorer = outcome
    if fail_fast:
        raise CredauditError(message)
    return error_document(source, doc_id, message, fmt, scorer=scorer)


# --- batching ----------------------------------------------------------------------------------

class _Batch:
    """Consecutive inputs: outcomes known up front (failures, cache hits) and work to send."""

    __slots__ = ("slots", "keys", "todo", "handle")

    def __init__(self) -> None:
        self.slots: list[Outcome | None] = []  # None: filled from the worker's results, in order
        self.keys: list[str | None] = []  # cache key per slot (None: do not store)
        self.todo: list = []  # Loaded items to audit
        self.handle = None  # the engine's pending result for `todo`

    def merge(self, results: list[Outcome]) -> Iterator[tuple[Outcome, str | None]]:
        computed = iter(results)
        for slot, key in zip(self.slots, self.keys):
            yield (next(computed), key) if slot is None else (slot, None)


def _batches(items: Iterator, cache, options: EngineOptions) -> Iterator[_Batch]:
    from audit.inputs import InputFailure, PendingFile
    batch, chars = _Batch(), 0
    for item in items:
        key = None
        if isinstance(item, InputFailure):
            batch.slots.append(audit_one(item, None))
        else:
            hit = None
            if cache is not None:
                key = cache.key(item)
                hit = cache.get(key)
            if hit is not None:
                batch.slots.append(("doc", hit))
                key = None  # already stored
            else:
                batch.slots.append(None)
                batch.todo.append(item)
                chars += item.size if isinstance(item, PendingFile) else len(item.text)
        batch.keys.append(key)
        if len(batch.slots) >= options.batch_docs or chars >= options.batch_chars:
            yield batch
            batch, chars = _Batch(), 0
    if batch.slots:
        yield batch


def _windowed(batches: Iterator[_Batch], submit: Callable, collect: Callable,
              window: int) -> Iterator[tuple[Outcome, str | None]]:
    """Submit batches ahead (at most `window` pending) and yield their outcomes in order."""
    pending: deque[_Batch] = deque()
    for batch in batches:
        if batch.todo:
            batch.handle = submit(batch.todo)
        pending.append(batch)
        while len(pending) > window:
            head = pending.popleft()
            yield from head.merge(collect(head.handle) if head.todo else [])
    while pending:
        head = pending.popleft()
        yield from head.merge(collect(head.handle) if head.todo else [])


def _run_serial(batches: Iterator[_Batch], settings) -> Iterator[tuple[Outcome, str | None]]:
    for batch in batches:
        yield from batch.merge(audit_batch(batch.todo, settings))


def _peek_single(batches: Iterator[_Batch]) -> tuple[list[_Batch], bool]:
    """Read ahead until there are two documents to audit; tell whether there were fewer."""
    taken, work = [], 0
    for batch in batches:
        taken.append(batch)
        work += len(batch.todo)
        if work >= 2:
            return taken, False
    return taken, True


# --- local processes ---------------------------------------------------------------------------

_worker_settings = None


def _worker_init(settings) -> None:
    """Pool initializer: import and warm the pipeline once per worker; leave Ctrl-C to the parent."""
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    global _worker_settings
    _worker_settings = settings
    warm_up()


def warm_up() -> None:
    """Import the pipeline, the scorers and the genre model (what every document needs)."""
    import audit.api  # noqa: F401
    import audit.scoring  # noqa: F401
    from scorers import load_claim_scorers
    load_claim_scorers()
    from audit.api import _default_model
    _default_model()


def _worker_batch(items: list, lines: bool = False) -> list[Outcome]:
    return audit_batch(items, _worker_settings, lines)


def _as_lines(outcomes: list[Outcome]) -> list[Outcome]:
    """Replace each ("doc", report) outcome by ("line", streamed fields, its JSONL line)."""
    from audit.api import report_stamp
    from reports.jsonl import document_line
    stamp = report_stamp()
    for index, outcome in enumerate(outcomes):
        if outcome[0] == "doc":
            doc = outcome[1]
            fields = {"source": doc["source"], "id": doc["id"], "error": doc["error"]}
            outcomes[index] = ("line", fields, document_line(stamp, doc))
    return outcomes


def _encodes_lines(options: EngineOptions) -> bool:
    """Workers write JSONL lines for `-f jsonl`, unless the cache needs whole reports."""
    return options.encode_jsonl and not options.cache_dir


def _run_processes(batches: Iterator[_Batch], settings,
                   options: EngineOptions) -> Iterator[tuple[Outcome, str | None]]:
    jobs = resolve_jobs(options.jobs)
    first, single = _peek_single(batches)
    if single:  # one document (or none): a pool would only add its start-up time
        yield from _run_serial(iter(first), settings)
        return
    import itertools
    import multiprocessing
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else None)
    pool = context.Pool(jobs, initializer=_worker_init, initargs=(settings,))
    try:
        window = options.window or 3 * jobs
        lines = _encodes_lines(options)
        yield from _windowed(itertools.chain(first, batches),
                             lambda todo: pool.apply_async(_worker_batch, (todo, lines)),
                             lambda handle: handle.get(), window)
        pool.close()
    finally:
        pool.terminate()
        pool.join()


# --- Dask --------------------------------------------------------------------------------------

def code_fingerprint() -> tuple[str, str]:
    """(version, digest of the pipeline's files) of the credaudit running here."""
    from audit import __version__
    from audit.cache import code_digest
    return __version__, code_digest()


def _check_workers(client) -> None:
    """Refuse workers whose credaudit differs from ours: their reports would differ silently."""
    from audit.errors import CredauditError
    mine = code_fingerprint()
    try:
        theirs = client.run(code_fingerprint)
    except Exception as error:  # noqa: BLE001 - e.g. credaudit not installed on the workers
        raise CredauditError(f"dask workers cannot run credaudit ({type(error).__name__}: "
                             f"{error}); install the same credaudit on every worker") from None
    if not theirs:
        raise CredauditError("the dask cluster has no workers")
    different = sorted(worker for worker, found in theirs.items() if tuple(found) != mine)
    if different:
        raise CredauditError(f"{len(different)} of {len(theirs)} dask workers run another "
                             f"credaudit build than this one ({mine[0]}), e.g. {different[0]}; "
                             "install the same version (and model) on every worker")


def _run_dask(batches: Iterator[_Batch], settings,
              options: EngineOptions) -> Iterator[tuple[Outcome, str | None]]:
    from audit.errors import CredauditError
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise CredauditError("the dask engine needs dask.distributed: "
                             "pip install 'credaudit[dask]'") from None
    cluster = None
    try:
        if options.scheduler:
            client = Client(options.scheduler, set_as_default=False)
        else:
            cluster = LocalCluster(n_workers=resolve_jobs(options.jobs), threads_per_worker=1,
                                   processes=True, host="127.0.0.1", dashboard_address=":0")
            client = Client(cluster, set_as_default=False)
    except OSError as error:
        if cluster is not None:
            cluster.close()
        raise CredauditError(f"cannot reach the dask scheduler {options.scheduler!r}: {error}") from None
    try:
        _check_workers(client)
        workers = max(1, sum(client.nthreads().values()))
        window = options.window or 3 * workers
        remote_settings = client.scatter(settings, broadcast=True, hash=False)
        lines = _encodes_lines(options)
        yield from _windowed(batches,
                             lambda todo: client.submit(audit_batch, todo, remote_settings,
                                                        lines, pure=False),
                             lambda future: future.result(), window)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# --- progress ----------------------------------------------------------------------------------

def with_progress(documents: Iterable[dict], *, show: bool, label: str = "auditing") -> Iterator[dict]:
    """Pass `documents` through, drawing a progress bar on stderr when `show` and stderr is a TTY."""
    stream = sys.stderr
    if not show or stream is None or not stream.isatty():
        yield from documents
        return
    import click
    with click.progressbar(documents, label=label, file=stream, show_pos=True,
                           show_eta=False, width=24) as bar:
        yield from bar
