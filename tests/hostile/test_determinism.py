"""Determinism: the same inputs give the same report bytes, whatever the hash seed, the
number of workers, or the order in which the files were created on disk."""
from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

from audit.cli import main

SAMPLES = os.path.join(os.path.dirname(__file__), "..", "..", "samples", "documents")
RUN_CLI = [sys.executable, "-c", "from audit.cli import main; main()"]
HOSTILE = {
    "soup.html": "<div><p>Buy now!<p>A trial of 90 adults found less pain.<table><td>cell &#xD800;"
                 "<!-- credaudit: sponsored reason=\"clinic ad\" --><script>x</script>",
    "fences.md": "---\ntitle: t\n---\n# Heading\n\n```\nunclosed\n\nText after a fence here.",
    "mixed.txt": "\u202eRTL\u200b and emoji \U0001f44d in a study of 1,200 people.\n\n"
                 "Posted by sam:\nIt cured my back pain!\n",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("determinism") / "corpus"
    shutil.copytree(SAMPLES, folder)
    for name, text in HOSTILE.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "batch.jsonl").write_text(
        "\n".join(json.dumps({"id": f"d{n}", "text": f"Document {n} says vitamins may help."})
                  for n in range(5)) + "\n")
    config = folder.parent / "plain.cfg"
    config.write_text("[credaudit]\n")
    return folder


def cli(corpus, *extra, seed: str = "0") -> bytes:
    environment = {**os.environ, "PYTHONHASHSEED": seed}
    result = subprocess.run(RUN_CLI + ["audit", str(corpus), str(corpus / "batch.jsonl"), "-f", "json",
                                       "--config", str(corpus.parent / "plain.cfg"), *extra],
                            capture_output=True, env=environment, timeout=600, cwd=corpus.parent)
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout


@pytest.mark.slow
def test_byte_identical_across_hash_seeds_and_engines(corpus):
    reference = cli(corpus, seed="0")
    readable = [n for n in os.listdir(corpus) if n.endswith((".html", ".md", ".txt"))]
    assert len(json.loads(reference)["documents"]) == len(readable) + 5
    for seed in ("1", "4242", "random"):
        assert cli(corpus, seed=seed) == reference, f"PYTHONHASHSEED={seed} changed the report"
    assert cli(corpus, "--jobs", "2", seed="7") == reference, "two workers changed the report"


def test_byte_identical_on_a_second_run_in_process(corpus):
    args = ["audit", str(corpus), "-f", "json", "--config", str(corpus.parent / "plain.cfg")]
    first = CliRunner().invoke(main, args)
    second = CliRunner().invoke(main, args)
    assert first.exit_code == 0 and first.stdout_bytes == second.stdout_bytes


NAMES = ["b.md", "A.txt", "a.txt", "10.txt", "9.txt", "z/inner.md", "z/deeper/x.html", "y.htm",
         "caf\u00e9.md", "cafe\u0301.txt", "\u00e9t\u00e9.txt", "_under.md", "-dash.txt", "Z.md",
         ".hidden.md", ".git/ignored.md", "notes.jsonl", "image.png", "x.MD", "space name.txt"]


def make_tree(root, order: list[str]) -> None:
    for name in order:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Document {name} reports that walking may ease back pain.\n")


def sources(root) -> list[str]:
    result = CliRunner().invoke(main, ["audit", str(root), "-f", "jsonl",
                                       "--config", str(root.parent / "plain.cfg")])
    assert result.exit_code == 0, result.output
    return [os.path.relpath(json.loads(line)["source"], root) for line in result.stdout.splitlines()]


def test_folder_order_does_not_depend_on_creation_order(tmp_path):
    seen = []
    for attempt in range(4):
        order = NAMES[:]
        random.Random(attempt).shuffle(order)
        root = tmp_path / f"tree{attempt}" / "docs"
        root.mkdir(parents=True)
        (root.parent / "plain.cfg").write_text("[credaudit]\n")
        make_tree(root, order)
        seen.append(sources(root))
    assert all(listing == seen[0] for listing in seen)
    expected = sorted(n for n in NAMES if not n.startswith(".") and not n.endswith((".png", ".jsonl"))
                      and "/" not in n)
    top = [s for s in seen[0] if os.sep not in s]
    assert top == expected  # code-point order
    # then the subfolders, each folder's own files before its subfolders'
    assert seen[0][len(top):] == [os.path.join("z", "inner.md"), os.path.join("z", "deeper", "x.html")]
