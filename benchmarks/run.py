"""credaudit benchmarks: start-up, throughput, parallel batches and memory, with peers.

    python benchmarks/run.py                 # everything (several minutes on 2 cores)
    python benchmarks/run.py --quick         # smaller corpora, fewer repeats
    python benchmarks/run.py --only startup,text

Corpora are generated deterministically from the templates in
`benchmarks/corpus.py` into a work folder (default: a `credaudit-bench`
folder in the system temp dir; reused when already there).  Every figure is
the median of several runs; ratios compare figures taken in the same run.
Peers are optional: proselint (`pip install proselint`) for start-up and
prose throughput, lxml for information next to bs4's html.parser, and
dask.distributed for the cluster engine.  Output is a Markdown report on
stdout (date, machine, one table per group) that goes into
docs/performance.md.

Only the standard library and the project are needed.
"""
from __future__ import annotations

import argparse
import datetime
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))

import corpus  # noqa: E402  (benchmarks/corpus.py)

HEAVY = ("sklearn", "textstat", "bs4", "lxml", "numpy", "scipy", "pkg_resources", "dask")


# --- helpers -----------------------------------------------------------------------------------

class Timing:
    """Median wall-clock and CPU seconds of several runs (CPU: this process, or its children)."""

    def __init__(self, walls: list[float], cpus: list[float]):
        self.wall = statistics.median(walls)
        self.cpu = statistics.median(cpus)
        self.runs = len(walls)

    def __str__(self) -> str:
        return f"{self.wall:.3f} s ({self.cpu:.3f} s CPU)"


def _cpu(children: bool) -> float:
    if children:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime
    return time.process_time()


def median_time(action, repeats: int, children: bool = False) -> Timing:
    walls, cpus = [], []
    for _ in range(repeats):
        cpu = _cpu(children)
        start = time.perf_counter()
        action()
        walls.append(time.perf_counter() - start)
        cpus.append(_cpu(children) - cpu)
    return Timing(walls, cpus)


def run_quiet(cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kwargs)


def command_time(cmd: list[str], repeats: int, ok=(0,)) -> Timing:
    def action():
        result = run_quiet(cmd)
        if result.returncode not in ok:
            raise SystemExit(f"benchmark command failed ({result.returncode}): {' '.join(cmd)}\n"
                             f"{result.stderr.decode(errors='replace')[-2000:]}")
    action()  # warm the OS file cache, __pycache__ and the compiled-regex cache
    return median_time(action, repeats, children=True)


def credaudit_command() -> list[str]:
    """The installed console script next to this interpreter, else the same entry point via -c."""
    script = os.path.join(os.path.dirname(sys.executable), "credaudit")
    if os.path.isfile(script) and open(script, "rb").read(2) == b"#!" and \
            b"audit.cli" in open(script, "rb").read(2000):
        return [script]
    return [sys.executable, "-c", "import sys; from audit.cli import main; sys.exit(main())"]


def peer_command(name: str) -> list[str] | None:
    script = os.path.join(os.path.dirname(sys.executable), name)
    if os.path.isfile(script):
        return [script]
    found = shutil.which(name)
    return [found] if found else None


def version_of(module: str) -> str:
    try:
        from importlib.metadata import version
        return version(module)
    except Exception:  # noqa: BLE001 - not installed
        return "-"


def peak_rss_mb(cmd: list[str]) -> tuple[float, float]:
    """(peak RSS in MB of the largest process in `cmd`'s tree, seconds), via a fresh parent."""
    probe = ("import resource, subprocess, sys, time\n"
             "t = time.perf_counter()\n"
             "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
             "t = time.perf_counter() - t\n"
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, t, r.returncode)\n")
    out = subprocess.run([sys.executable, "-c", probe, *cmd], capture_output=True, text=True,
                         check=True).stdout.split()
    if out[2] != "0":
        raise SystemExit(f"benchmark command failed ({out[2]}): {' '.join(cmd)}")
    return int(out[0]) / 1024, float(out[1])


def machine() -> dict:
    model = "unknown"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        model = platform.processor() or "unknown"
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count()
    return {"date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "nproc": cores, "cpu": model, "python": platform.python_version(),
            "system": f"{platform.system()} {platform.release()}",
            "versions": {name: version_of(name) for name in
                         ("credaudit", "beautifulsoup4", "lxml", "textstat", "click", "proselint",
                          "distributed")}}


def table(headers: list[str], rows: list[list]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def write_once(path: str, build) -> str:
    """Write `build()` (text or an iterable of chunks) to `path` unless it is already there."""
    if not os.path.exists(path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        temp = path + ".part"
        with open(temp, "w", encoding="utf-8") as handle:
            content = build()
            if isinstance(content, str):
                handle.write(content)
            else:
                for chunk in content:
                    handle.write(chunk)
        os.replace(temp, path)
    return path


def folder_once(path: str, count: int, build, ext: str) -> str:
    marker = os.path.join(path, ".complete")
    if not os.path.exists(marker):
        shutil.rmtree(path, ignore_errors=True)
        os.makedirs(path)
        for index in range(count):
            with open(os.path.join(path, f"page-{index:05d}{ext}"), "w", encoding="utf-8") as handle:
                handle.write(build(index))
        open(marker, "w").close()
    return path


def folder_bytes(path: str) -> int:
    return sum(os.path.getsize(os.path.join(path, n)) for n in os.listdir(path) if not n.startswith("."))


def fmt_s(seconds: float) -> str:
    return f"{seconds:.3f} s"


def load_average() -> str:
    try:
        return " / ".join(f"{v:.1f}" for v in os.getloadavg())
    except OSError:
        return "unknown"


# --- figures -----------------------------------------------------------------------------------

def startup(work: str, repeats: int, notes: list[str]) -> str:
    credaudit = credaudit_command()
    doc_txt = write_once(os.path.join(work, "doc-3k.txt"), lambda: corpus.text_document(3, 3000))
    doc_html = write_once(os.path.join(work, "doc-3k.html"), lambda: corpus.html_page(3, 3000))
    size = os.path.getsize(doc_txt)
    floor = command_time([sys.executable, "-c", "pass"], repeats)
    rows = [["python -c pass (interpreter floor)", fmt_s(floor.wall), fmt_s(floor.cpu), ""]]
    help_time = command_time(credaudit + ["--help"], repeats)
    rows.append(["credaudit --help", fmt_s(help_time.wall), fmt_s(help_time.cpu), "target <= 0.15 s"])
    audit_txt = command_time(credaudit + ["audit", doc_txt, "-f", "json"], repeats)
    rows.append([f"credaudit audit 3 KB .txt ({size} B), -f json", fmt_s(audit_txt.wall),
                 fmt_s(audit_txt.cpu), "target <= 0.3 s"])
    audit_html = command_time(credaudit + ["audit", doc_html, "-f", "json"], repeats)
    rows.append(["credaudit audit 3 KB .html, -f json", fmt_s(audit_html.wall),
                 fmt_s(audit_html.cpu), "loads bs4"])
    proselint = peer_command("proselint")
    if proselint:
        peer = command_time(proselint + ["check", doc_txt], repeats, ok=(0, 1))
        rows.append(["proselint check, same 3 KB .txt", fmt_s(peer.wall), fmt_s(peer.cpu),
                     f"credaudit / proselint: {audit_txt.wall / peer.wall:.2f} wall, "
                     f"{audit_txt.cpu / peer.cpu:.2f} CPU"])
    else:
        notes.append("proselint not installed: start-up peer skipped (`pip install proselint`).")
    out = table(["command (process start to exit)", f"wall, median of {repeats}", "CPU (user+sys)",
                 "note"], rows)

    marker = "\\nHEAVY "
    report = f"sys.stderr.write({marker!r} + ','.join(m for m in {HEAVY!r} if m in sys.modules))\n"
    probe = ("import sys\nfrom audit.cli import main\nsys.argv = ['credaudit'] + sys.argv[1:]\n"
             "try:\n    main()\nexcept SystemExit:\n    pass\n" + report)
    heavy_rows = []
    for label, argv in (("import audit.cli", None), ("credaudit --help", ["--help"]),
                        ("credaudit audit 3 KB .txt", ["audit", doc_txt, "-f", "json"]),
                        ("credaudit audit 3 KB .html", ["audit", doc_html, "-f", "json"])):
        code = "import sys, audit.cli\n" + report if argv is None else probe
        result = subprocess.run([sys.executable, "-c", code, *(argv or [])], capture_output=True,
                                text=True)
        found = result.stderr.rsplit("HEAVY ", 1)[-1].strip() or "none"
        heavy_rows.append([label, found])
    out += "\n\nHeavy modules loaded (of " + ", ".join(HEAVY) + "):\n\n"
    out += table(["run", "heavy modules in sys.modules at exit"], heavy_rows)

    result = subprocess.run([sys.executable, "-X", "importtime", "-c", probe, "audit", doc_txt,
                             "-f", "json"], capture_output=True, text=True)
    tops = []
    for line in result.stderr.splitlines():
        parts = line.split("|")
        if line.startswith("import time:") and len(parts) == 3 and parts[1].strip().isdigit():
            name = parts[2].rstrip()
            depth = (len(name) - len(name.lstrip())) // 2
            if depth <= 1:
                tops.append((int(parts[1]), name.strip()))
    tops.sort(reverse=True)
    out += "\n\nLargest imports of one `audit` run on the 3 KB .txt (`python -X importtime`, " \
           "cumulative microseconds, one run):\n\n"
    out += table(["module", "ms"], [[name, f"{us / 1000:.1f}"] for us, name in tops[:8]])
    return out


def text_throughput(work: str, repeats: int, quick: bool, notes: list[str]) -> str:
    from audit.api import audit_text
    count = 200 if quick else 1000
    docs = [corpus.text_document(10_000 + i, 3000 + (i % 5) * 1000) for i in range(count)]
    total = sum(len(d.encode()) for d in docs)
    folder = folder_once(os.path.join(work, f"text-{count}"), count, lambda i: docs[i], ".txt")
    for doc in docs[:3]:  # warm: imports, regex compilation, the genre model
        audit_text(doc)

    def in_process():
        for doc in docs:
            audit_text(doc)

    mb = total / 1e6
    lib = median_time(in_process, repeats)
    cli = command_time(credaudit_command() + ["audit", folder, "-f", "jsonl", "-o", os.devnull,
                                              "--quiet"], repeats)
    rows = [[f"credaudit library (`audit_text`), {count} docs", f"{mb:.2f} MB", str(lib),
             f"{mb / lib.wall:.2f}", f"{mb / lib.cpu:.2f}"],
            ["credaudit audit FOLDER -f jsonl (CLI, with start-up)", f"{mb:.2f} MB", str(cli),
             f"{mb / cli.wall:.2f}", f"{mb / cli.cpu:.2f}"]]
    proselint = peer_command("proselint")
    if proselint:
        peer_docs = docs[:max(40, count // 5)]
        big = write_once(os.path.join(work, f"prose-{len(peer_docs)}.txt"),
                         lambda: "\n".join(peer_docs))
        peer_mb = os.path.getsize(big) / 1e6
        peer = command_time(proselint + ["check", big], max(1, repeats - 2), ok=(0, 1))
        rows.append([f"proselint check (CLI, one file of {len(peer_docs)} docs)", f"{peer_mb:.2f} MB",
                     str(peer), f"{peer_mb / peer.wall:.2f}", f"{peer_mb / peer.cpu:.2f}"])
        notes.append(f"Plain text: credaudit's library runs at {(mb / lib.cpu) / (peer_mb / peer.cpu):.1f}x "
                     "proselint's rate per CPU second.")
    else:
        notes.append("proselint not installed: prose throughput peer skipped.")
    return table(["plain text, full pipeline", "input", f"median of {repeats}", "MB/s (wall)",
                  "MB/s per CPU second"], rows) + \
        "\n\nTarget: >= 5 MB/s per core for the full pipeline (proselint: 0.55 MB/s)."


def html_batch(work: str, repeats: int, quick: bool, notes: list[str]) -> str:
    from bs4 import BeautifulSoup

    from audit.api import audit_loaded
    from audit.pipeline import Loaded, Settings
    count = 200 if quick else 1000
    pages = [corpus.html_page(20_000 + i, 20_000) for i in range(count)]
    folder = folder_once(os.path.join(work, f"html-{count}"), count, lambda i: pages[i], ".html")
    mb = folder_bytes(folder) / 1e6

    def parse_with(parser):
        def action():
            for page in pages:
                BeautifulSoup(page, parser)
        return action

    settings = Settings()
    items = [Loaded(source=f"p{i}.html", id=f"p{i}", text=p, format="html")
             for i, p in enumerate(pages)]
    audit_loaded(items[0], settings)

    def pipeline():
        for item in items:
            audit_loaded(item, settings)

    def row(label, timing, base):
        return [label, str(timing), f"{count / timing.wall:.0f}", f"{count / timing.cpu:.0f}",
                f"{base.cpu / timing.cpu:.2f}" if base else "1.00"]

    bs4_time = median_time(parse_with("html.parser"), repeats)
    rows = [row("bs4 alone, html.parser (in process)", bs4_time, None)]
    try:
        import lxml  # noqa: F401
        rows.append(row("bs4 alone, lxml (information only)", median_time(parse_with("lxml"), repeats),
                        bs4_time))
    except ImportError:
        notes.append("lxml not installed: the lxml row is skipped.")
    rows.append(row("credaudit pipeline, library (in process)", median_time(pipeline, repeats),
                    bs4_time))
    base = credaudit_command() + ["audit", folder, "-f", "jsonl", "-o", os.devnull, "--quiet"]
    serial = command_time(base, repeats)
    rows.append(row("credaudit audit FOLDER (CLI, serial)", serial, bs4_time))
    jobs2 = command_time(base + ["--jobs", "2"], repeats)
    rows.append(row("credaudit audit FOLDER --jobs 2", jobs2, bs4_time)[:4] + ["(wall: "
                f"{bs4_time.wall / jobs2.wall:.2f})"])
    halves = two_halves(base, folder, repeats)
    out = table([f"{count} HTML pages of ~20 KB ({mb:.1f} MB)", f"median of {repeats}",
                 "pages/s (wall)", "pages per CPU second", "rate / bs4 html.parser rate (CPU)"], rows)
    out += (f"\n\nSerial pipeline (CLI) at {bs4_time.cpu / serial.cpu:.0%} of bs4's html.parser "
            f"rate per CPU second (target >= 40%); `--jobs 2` is {serial.wall / jobs2.wall:.2f}x "
            "the serial wall-clock rate (target >= 1.8x; only meaningful on an otherwise idle "
            f"machine).  CPU spent by `--jobs 2` (parent and workers) is "
            f"{jobs2.cpu / serial.cpu:.2f}x the serial CPU.  The machine's own ceiling: two "
            "independent serial runs, one per half of the pages, started together, finish in "
            f"{fmt_s(halves.wall)} ({serial.wall / halves.wall:.2f}x the serial rate) and spend "
            f"{halves.cpu / serial.cpu:.2f}x the serial CPU, with no coordination at all: "
            "two busy processes slow each other down on this machine.")

    cache_dir = tempfile.mkdtemp(prefix="credaudit-bench-cache-")
    try:
        cold = median_time(lambda: run_quiet(base + ["--cache", cache_dir]), 1, children=True)
        warm = command_time(base + ["--cache", cache_dir], repeats)
        out += (f"\n\nWith `--cache DIR`: an unchanged re-run takes {fmt_s(warm.wall)} "
                f"({serial.wall / warm.wall:.0f}x faster than auditing; first run "
                f"{fmt_s(cold.wall)}).")
    finally:
        shutil.rmtree(cache_dir, ignore_errors=True)
    return out


def two_halves(base: list[str], folder: str, repeats: int) -> Timing:
    """Two independent serial CLI runs at once, one per half of `folder` (symlinked)."""
    names = sorted(n for n in os.listdir(folder) if not n.startswith("."))
    parts = []
    for index, chunk in enumerate((names[:len(names) // 2], names[len(names) // 2:])):
        part = os.path.join(os.path.dirname(folder), f"{os.path.basename(folder)}-half{index}")
        shutil.rmtree(part, ignore_errors=True)
        os.makedirs(part)
        for name in chunk:
            os.symlink(os.path.join(folder, name), os.path.join(part, name))
        parts.append(part)
    where = base.index(folder)
    commands = [base[:where] + [part] + base[where + 1:] for part in parts]

    def both():
        running = [subprocess.Popen(c, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                   for c in commands]
        if any([p.wait() != 0 for p in running]):
            raise SystemExit("benchmark command failed: " + " ".join(commands[0]))
    both()
    try:
        return median_time(both, repeats, children=True)
    finally:
        for part in parts:
            shutil.rmtree(part, ignore_errors=True)


def dask_batch(work: str, repeats: int, quick: bool, notes: list[str]) -> str:
    try:
        from distributed import LocalCluster
    except ImportError:
        notes.append("dask.distributed not installed: the Dask figure is skipped "
                     "(`pip install 'credaudit[dask]'`).")
        return ""
    count = 200 if quick else 1000
    folder = folder_once(os.path.join(work, f"html-{count}"), count,
                         lambda i: corpus.html_page(20_000 + i, 20_000), ".html")
    base = credaudit_command() + ["audit", folder, "-f", "jsonl", "-o", os.devnull, "--quiet"]
    runs = max(1, repeats - 2)
    serial = command_time(base, runs)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=":0") as cluster:
        dask = command_time(base + ["--engine", "dask", "--scheduler", cluster.scheduler_address],
                            runs)
    return table([f"{count} HTML pages", f"wall, median of {runs}", "pages/s", "vs serial"],
                 [["serial", fmt_s(serial.wall), f"{count / serial.wall:.0f}", "1.00x"],
                  ["--engine dask, LocalCluster 2 workers x 1 thread (loopback)", fmt_s(dask.wall),
                   f"{count / dask.wall:.0f}", f"{serial.wall / dask.wall:.2f}x"]])


def memory(work: str, quick: bool, notes: list[str]) -> str:
    sizes = (1_000, 5_000, 20_000) if quick else (1_000, 10_000, 100_000)
    credaudit = credaudit_command()
    rows = []
    for count in sizes:
        path = write_once(os.path.join(work, f"batch-{count}.jsonl"),
                          lambda: corpus.jsonl_lines(count, 700))
        mb = os.path.getsize(path) / 1e6
        base = credaudit + ["audit", path, "-f", "jsonl", "-o", os.devnull, "--quiet"]
        peak, seconds = peak_rss_mb(base)
        peak2, seconds2 = peak_rss_mb(base + ["--jobs", "2"])
        rows.append([f"{count:,}", f"{mb:.0f} MB", f"{peak:.0f} MB", fmt_s(seconds),
                     f"{peak2:.0f} MB", fmt_s(seconds2)])
    return table(["documents (JSONL in, JSONL out)", "input", "peak RSS, serial", "wall, serial",
                  "peak RSS of largest process, --jobs 2", "wall, --jobs 2"], rows) + \
        "\n\nTarget: flat in the number of documents, <= 250 MB at 100k documents (one run each)."


def stages(work: str, quick: bool, notes: list[str]) -> str:
    """CPU time per pipeline stage (in process), to show where the time goes."""
    import collections
    import json as json_module

    import audit.disclosure
    import audit.pipeline as pipeline_module
    import audit.scoring as scoring_module
    from audit import judge
    from audit.api import audit_loaded
    from audit.pipeline import Loaded, Settings
    from scorers import load, load_claim_scorers
    count = 60 if quick else 200
    corpora = {
        "text": [Loaded(source=f"d{i}.txt", id=f"d{i}", format="text",
                        text=corpus.text_document(10_000 + i, 3000 + (i % 5) * 1000)) for i in range(count)],
        "html": [Loaded(source=f"p{i}.html", id=f"p{i}", format="html",
                        text=corpus.html_page(20_000 + i, 20_000)) for i in range(count // 5)]}
    settings = Settings()
    spent: collections.Counter = collections.Counter()
    patched = []

    def wrap(owner, name, label):
        original = getattr(owner, name)

        def timed(*args, **kwargs):
            start = time.process_time()
            try:
                return original(*args, **kwargs)
            finally:
                spent[label] += time.process_time() - start
        patched.append((owner, name, original))
        setattr(owner, name, timed)

    for kind, items in corpora.items():
        for item in items[:2]:
            audit_loaded(item, settings)
    for module in load_claim_scorers():
        wrap(module, "score", f"scorer `{module.NAME}`")
    wrap(load("readability"), "score_section", "readability")
    wrap(pipeline_module, "extract", "extraction (bs4 for HTML)")
    wrap(pipeline_module, "draft_sections", "sections")
    wrap(pipeline_module, "_claims", "sentence split and claim filter")
    wrap(scoring_module, "section_cues", "section cues (genre rules)")
    wrap(audit.disclosure, "apply_disclosures", "disclosures")
    wrap(judge, "credibility", "credibility (judge)")
    try:
        from audit.genre_model import GenreModel
        wrap(GenreModel, "predict", "genre model (features and scores)")
    except ImportError:
        pass
    rows = []
    try:
        for kind, items in corpora.items():
            spent.clear()
            start = time.process_time()
            reports = [audit_loaded(item, settings) for item in items]
            total = time.process_time() - start
            start = time.process_time()
            for report in reports:
                json_module.dumps(report, ensure_ascii=False, separators=(",", ":"))
            encode = time.process_time() - start
            claims = sum(r["summary"]["claims"] for r in reports) or 1
            mb = sum(len(item.text.encode()) for item in items) / 1e6
            rows.append([f"**{kind}: {len(items)} docs, {mb:.2f} MB, {claims} claims**",
                         f"**{total:.2f} s**", "**100%**", f"**{total / claims * 1e6:.0f}**"])
            other = total - sum(spent.values())
            for label, seconds in spent.most_common() + [("everything else", other),
                                                          ("(JSON encoding, -f jsonl)", encode)]:
                rows.append([label, f"{seconds:.3f} s", f"{seconds / total:.0%}",
                             f"{seconds / claims * 1e6:.0f}"])
    finally:
        for owner, name, original in reversed(patched):
            setattr(owner, name, original)
    return table(["stage (CPU, in process)", "CPU", "share", "µs per claim"], rows) + \
        "\n\nTimers wrap each stage, so the shares include a little timing overhead."


def floors(work: str, quick: bool, notes: list[str]) -> str:
    """Irreducible costs per character, against the 200 ns that 5 MB/s per core leaves."""
    import json as json_module

    from audit.api import audit_text
    from audit.lexicon import lower_keep_offsets
    from scorers import _commercial_cues, _evidence_cues, _hedging_text
    count = 60 if quick else 200
    docs = [corpus.text_document(10_000 + i, 3000 + (i % 5) * 1000) for i in range(count)]
    chars = sum(len(d) for d in docs)
    reports = [audit_text(d) for d in docs]

    def per_char(action) -> float:
        timing = median_time(action, 5)
        return timing.cpu / chars * 1e9

    lowered = [lower_keep_offsets(d) for d in docs]

    def encode():
        for report in reports:
            json_module.dumps(report, ensure_ascii=False, separators=(",", ":"))

    rows = [["budget at 5 MB/s per core (the target), for everything", "200"],
            ["lower-casing the text once", f"{per_char(lambda: list(map(str.lower, docs))):.1f}"]]
    for name, module in (("commercial", _commercial_cues), ("evidence", _evidence_cues),
                         ("hedging", _hedging_text)):
        regex = module.lexicon()._regex
        cost = per_char(lambda: [regex.findall(t) for t in lowered])
        rows.append([f"one scan of the {name} phrase lexicon (trie regex, whole text)",
                     f"{cost:.1f}"])
    rows.append(["JSON-encoding the finished reports (C encoder, `-f jsonl`)",
                 f"{per_char(encode):.1f}"])
    total = per_char(lambda: [audit_text(d) for d in docs])
    rows.append(["**the whole pipeline today**", f"**{total:.0f}**"])
    claims = sum(r["summary"]["claims"] for r in reports)
    notes.append(f"Floors: {chars / max(1, claims):.0f} characters per claim on the text corpus, so "
                 f"5 MB/s leaves {200 * chars / max(1, claims) / 1000:.0f} µs per claim for "
                 "splitting, four scorers, genre features, the report dict and its JSON.")
    return table(["cost (CPU, in process, text corpus)", "ns per character"], rows)


FIGURES = ("startup", "stages", "floors", "text", "html", "dask", "memory")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller corpora and fewer repeats")
    parser.add_argument("--only", default=",".join(FIGURES),
                        help=f"comma-separated figures: {', '.join(FIGURES)}")
    parser.add_argument("--repeats", type=int, default=None, help="runs per figure (median)")
    parser.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "credaudit-bench"),
                        help="folder for the generated corpora (reused)")
    args = parser.parse_args(argv)
    wanted = [f.strip() for f in args.only.split(",") if f.strip()]
    unknown = set(wanted) - set(FIGURES)
    if unknown:
        parser.error(f"unknown figure(s): {', '.join(sorted(unknown))}")
    repeats = args.repeats or (3 if args.quick else 5)
    os.makedirs(args.work, exist_ok=True)
    info = machine()
    notes: list[str] = []
    print(f"## Benchmark results ({info['date']})\n")
    print(f"Machine: {info['nproc']} CPUs ({info['cpu']}), {info['system']}, Python {info['python']}; "
          f"load average at start {load_average()}.  ")
    print("Versions: " + ", ".join(f"{k} {v}" for k, v in info["versions"].items()) + ".  ")
    print(f"Command: `python benchmarks/run.py{' --quick' if args.quick else ''}"
          f"{' --only ' + args.only if args.only != ','.join(FIGURES) else ''}`.\n")
    sys.stdout.flush()
    sections = {"startup": ("Start-up", lambda: startup(args.work, max(repeats, 7), notes)),
                "stages": ("Where the time goes", lambda: stages(args.work, args.quick, notes)),
                "floors": ("What the text target leaves per character",
                           lambda: floors(args.work, args.quick, notes)),
                "text": ("Plain-text throughput", lambda: text_throughput(args.work, repeats,
                                                                          args.quick, notes)),
                "html": ("HTML batch: pipeline vs bs4, serial vs --jobs 2",
                         lambda: html_batch(args.work, max(1, repeats - 2), args.quick, notes)),
                "dask": ("Dask engine (information)", lambda: dask_batch(args.work, repeats,
                                                                         args.quick, notes)),
                "memory": ("Peak memory, JSONL batch", lambda: memory(args.work, args.quick, notes))}
    for name in FIGURES:
        if name in wanted:
            title, build = sections[name]
            try:
                body = build()
            except SystemExit as failure:  # one figure failing does not lose the others
                body = f"Not measured: {str(failure).strip().splitlines()[0]}"
            if body:
                print(f"### {title}\n\n{body}\n\n(load average after: {load_average()})\n")
                sys.stdout.flush()
    for note in notes:
        print(f"- {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
