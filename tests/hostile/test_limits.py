"""Input limits and refusals, on every way in: files, folders, stdin, JSONL lines and URLs.

`max_bytes` and `max_sections` come from the config; a document over a limit, or a
binary file, is a per-document error that never stops a batch (unless --fail-fast)
and makes `audit` exit 2.  Long unpunctuated walls of text are scored in pieces so
they cannot make the scorers slow.
"""
from __future__ import annotations

import io
import json
import os
import time

import pytest
from click.testing import CliRunner

from audit.api import audit_text
from audit.cli import main
from audit.inputs import iter_batch
from audit.pipeline import Loaded, Settings, build_document
from tests.hostile.strategies import check_document, check_report

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
PROSE = "Walking after meals may lower blood sugar in adults with diabetes. "


@pytest.fixture()
def config(tmp_path):
    """A config file with small limits (and nothing from the repository's setup.cfg)."""
    def make(**values) -> str:
        path = tmp_path / "limits.cfg"
        lines = ["[credaudit]"] + [f"{key} = {value}" for key, value in values.items()]
        path.write_text("\n".join(lines) + "\n")
        return str(path)
    return make


def run(*args, stdin: bytes | None = None):
    result = CliRunner().invoke(main, list(args), input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.stderr
    return result


def documents(result) -> list[dict]:
    return json.loads(result.stdout)["documents"]


def headings(count: int, fmt: str) -> str:
    if fmt == "html":
        return "".join(f"<h2>Part {n}</h2><p>{PROSE}</p>" for n in range(count))
    if fmt == "markdown":
        return "".join(f"## Part {n}\n\n{PROSE}\n\n" for n in range(count))
    return "".join(f"Part {n}\n{PROSE}\n\n" for n in range(count))


# -- max_bytes -------------------------------------------------------------------------------------

def test_a_file_over_max_bytes_is_a_per_document_error(tmp_path, config):
    (tmp_path / "big.txt").write_text(PROSE * 100)
    (tmp_path / "small.txt").write_text(PROSE)
    result = run("audit", str(tmp_path), "-f", "json", "--config", config(max_bytes=1000))
    assert result.exit_code == 2
    big, small = documents(result)
    assert big["error"].endswith(f"big.txt: {len(PROSE) * 100} bytes exceeds max_bytes (1000)")
    assert small["error"] is None and small["summary"]["claims"] == 1
    assert "exceeds max_bytes" in result.stderr


def test_stdin_over_max_bytes(config):
    result = run("audit", "-", "-f", "json", "--config", config(max_bytes=1000),
                 stdin=(PROSE * 100).encode())
    assert result.exit_code == 2
    assert documents(result)[0]["error"] == "<stdin>: input exceeds max_bytes (1000)"


def test_stdin_exactly_at_max_bytes_is_fine(config):
    data = (PROSE * 20).encode()[:1000]
    result = run("audit", "-", "-f", "json", "--config", config(max_bytes=len(data)), stdin=data)
    assert result.exit_code == 0


def test_a_jsonl_line_over_max_bytes_is_skipped_and_the_batch_goes_on(tmp_path, config):
    batch = tmp_path / "batch.jsonl"
    huge = json.dumps({"id": "huge", "text": PROSE * 100})
    batch.write_text(json.dumps({"id": "a", "text": PROSE}) + "\n" + huge + "\n"
                     + json.dumps({"id": "b", "text": PROSE}) + "\n")
    result = run("audit", str(batch), "-f", "json", "--config", config(max_bytes=1000))
    assert result.exit_code == 2
    first, second, third = documents(result)
    assert first["id"] == "a" and third["id"] == "b" and third["error"] is None
    assert second["error"] == f"{batch}:2: line exceeds max_bytes (1000)"


def test_jsonl_lines_are_read_with_a_bound():
    """A 5 MB line is never held whole: no read returns more than max_bytes + 2 bytes."""
    class Counting(io.BytesIO):
        largest = 0

        def readline(self, size=-1):
            assert size > 0, "unbounded readline"
            line = super().readline(size)
            Counting.largest = max(Counting.largest, len(line))
            return line

    data = (b'{"text": "' + b"x" * 5_000_000 + b'"}\n'
            + json.dumps({"id": "after", "text": PROSE}).encode() + b"\n")
    items = list(iter_batch(Counting(data), "big.jsonl", 1000))
    assert [getattr(i, "message", None) for i in items][0] == \
        "big.jsonl:1: line exceeds max_bytes (1000)"
    assert isinstance(items[1], Loaded) and items[1].id == "after" and items[1].source == "big.jsonl:2"
    assert Counting.largest <= 1002


def test_a_url_over_max_bytes(web, config):
    result = run("audit", web.url("/endless"), "-f", "json", "--config", config(max_bytes=50_000))
    assert result.exit_code == 2
    assert documents(result)[0]["error"] == \
        f"{web.url('/endless')}: response exceeds max_bytes (50000)"


# -- max_sections ----------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt, name", [("html", "page.html"), ("markdown", "page.md"),
                                       ("text", "page.txt")])
def test_too_many_sections_is_a_per_document_error(tmp_path, config, fmt, name):
    (tmp_path / name).write_text(headings(6, fmt))
    result = run("audit", str(tmp_path / name), "-f", "json", "--config", config(max_sections=3))
    assert result.exit_code == 2
    assert documents(result)[0]["error"].endswith("sections exceed max_sections (3)")
    ok = run("audit", str(tmp_path / name), "-f", "json", "--config", config(max_sections=6))
    assert ok.exit_code == 0, ok.stderr


def test_max_sections_applies_to_stdin_and_jsonl(tmp_path, config):
    cfg = config(max_sections=3)
    result = run("audit", "-", "--input-format", "markdown", "-f", "json", "--config", cfg,
                 stdin=headings(6, "markdown").encode())
    assert result.exit_code == 2 and "max_sections (3)" in documents(result)[0]["error"]
    batch = tmp_path / "b.jsonl"
    batch.write_text(json.dumps({"id": "x", "markdown": headings(6, "markdown")}) + "\n")
    result = run("audit", str(batch), "-f", "json", "--config", cfg)
    assert result.exit_code == 2 and "max_sections (3)" in documents(result)[0]["error"]


def test_max_sections_applies_to_urls(web, config):
    result = run("audit", web.url("/page.html"), "-f", "json", "--config", config(max_sections=0))
    assert result.exit_code == 2 and "max_sections (0)" in documents(result)[0]["error"]


# -- binary input ----------------------------------------------------------------------------------

def test_binary_files_are_refused_without_stopping_the_batch(tmp_path, config):
    (tmp_path / "a.txt").write_text(PROSE)
    (tmp_path / "b.html").write_bytes(PNG)
    (tmp_path / "c.md").write_text(PROSE)
    result = run("audit", str(tmp_path), "-f", "json", "--config", config())
    assert result.exit_code == 2
    a, b, c = documents(result)
    assert a["error"] is None and c["error"] is None
    assert b["error"] == f"{tmp_path / 'b.html'}: binary file, not text (refused)"
    assert result.stderr.strip().endswith("binary file, not text (refused)")


def test_fail_fast_stops_at_the_binary_file(tmp_path, config):
    (tmp_path / "a.txt").write_text(PROSE)
    (tmp_path / "b.txt").write_bytes(PNG)
    (tmp_path / "c.txt").write_text(PROSE)
    out = tmp_path / "out" / "report.json"
    out.parent.mkdir()
    result = run("audit", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), str(tmp_path / "c.txt"),
                 "-f", "json", "-o", str(out), "--fail-fast", "--config", config())
    assert result.exit_code == 2
    assert result.stderr.strip() == \
        f"credaudit: error: {tmp_path / 'b.txt'}: binary file, not text (refused)"
    assert not out.exists() and os.listdir(out.parent) == []  # no partial report


def test_check_exits_2_on_a_binary_file(tmp_path, config):
    (tmp_path / "a.txt").write_text(PROSE)
    (tmp_path / "pic.md").write_bytes(PNG)
    result = run("check", str(tmp_path), "--config", config())
    assert result.exit_code == 2
    assert "binary file, not text (refused)" in result.stderr


@pytest.mark.parametrize("data", [b"\x00" * 10, b"text\x00with NUL", PNG, bytes(range(32)) * 20,
                                  b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n\x00\x00"])
def test_binary_on_stdin(data, config):
    result = run("audit", "-", "-f", "json", "--config", config(), stdin=data)
    assert result.exit_code == 2
    assert documents(result)[0]["error"] == "<stdin>: binary file, not text (refused)"


def test_utf16_with_bom_is_text_not_binary(tmp_path, config):
    (tmp_path / "u.txt").write_bytes("\ufeff".encode("utf-16-le") + PROSE.encode("utf-16-le"))
    result = run("audit", str(tmp_path / "u.txt"), "-f", "json", "--config", config())
    assert result.exit_code == 0
    assert documents(result)[0]["encoding"] == "utf-16"


# -- names and ids that are not valid text ---------------------------------------------------------

def test_a_file_name_that_is_not_utf8_is_shown_escaped(tmp_path, config):
    folder = os.fsencode(tmp_path)
    with open(os.path.join(folder, b"caf\xe9.txt"), "wb") as handle:
        handle.write(PROSE.encode())
    out = tmp_path / "report.json"
    result = run("audit", str(tmp_path), "-f", "json", "-o", str(out), "--config", config())
    assert result.exit_code == 0, result.stderr
    report = json.loads(out.read_bytes().decode("utf-8"))
    assert report["documents"][0]["source"].endswith("caf\\xe9.txt")


def test_a_jsonl_id_with_a_lone_surrogate_is_escaped(tmp_path, config):
    batch = tmp_path / "b.jsonl"
    batch.write_text('{"id": "x\\ud800y", "text": "' + PROSE + '\\udfff"}\n')
    out = tmp_path / "report.json"
    result = run("audit", str(batch), "-f", "json", "-o", str(out), "--config", config())
    assert result.exit_code == 0, result.stderr
    document = json.loads(out.read_bytes().decode("utf-8"))["documents"][0]
    assert document["id"] == "x\\ud800y"


def test_control_characters_in_names_and_ids_never_reach_the_terminal(tmp_path, config):
    (tmp_path / "evil\x1b[2Jname.txt").write_bytes(PNG)  # a refused file: its name is printed
    batch = tmp_path / "b.jsonl"
    batch.write_text(json.dumps({"id": "id\x1b]0;owned\x07", "text": PROSE}) + "\n")
    result = run("audit", str(tmp_path), str(batch), "-f", "text", "--config", config())
    assert result.exit_code == 2
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "evil\\x1b[2Jname.txt" in result.stderr
    as_json = run("audit", str(tmp_path), str(batch), "-f", "json", "--config", config())
    first, second = documents(as_json)
    assert first["source"].endswith("evil\\x1b[2Jname.txt") and second["id"] == "id\\x1b]0;owned\\x07"


def test_c1_controls_are_removed_from_document_text():
    report = audit_text("Vitamin\x9b2J pills \x85cure colds in adults.")
    assert [c["text"] for s in report["sections"] for c in s["claims"]] == \
        ["Vitamin2J pills cure colds in adults."]


# -- long "sentences" ------------------------------------------------------------------------------

def test_a_wall_of_text_is_scored_in_pieces():
    wall = ("buy now cure " * 800).strip()  # 10 KB without a full stop
    item = Loaded(source="wall", id="wall", text=wall, format="text")
    document, claims = build_document(item, Settings())
    check_document(document, claims)
    pieces = [c for section in claims.values() for c in section]
    assert len(pieces) == 11 and all(len(c.text) <= 1000 for c in pieces)
    assert "".join(c.text + " " for c in pieces).strip() == wall  # nothing lost at the cuts


def test_the_claim_cap_is_a_setting():
    wall = "word " * 400
    item = Loaded(source="w", id="w", text=wall, format="text")
    _, claims = build_document(item, Settings(max_claim_chars=300))
    assert max(len(c.text) for c in claims["s1"]) <= 300
    _, claims = build_document(item, Settings(max_claim_chars=10_000))
    assert len(claims["s1"]) == 1


def test_a_wall_without_spaces_is_cut_at_the_cap():
    item = Loaded(source="w", id="w", text="pills,cure,pain," * 312 + "ok", format="text")
    document, claims = build_document(item, Settings())
    check_document(document, claims)
    assert [len(c.text) for c in claims["s1"]] == [1000] * 4 + [994]


def test_ordinary_long_sentences_are_not_cut():
    sentence = ("In a randomized trial of 240 adults aged 50 to 75 years, " * 15).strip() + "."
    assert 800 < len(sentence) <= 1000
    report = audit_text(sentence)
    assert [c["text"] for s in report["sections"] for c in s["claims"]] == [sentence]


@pytest.mark.slow
def test_a_one_megabyte_line_audits_in_bounded_time():
    started = time.monotonic()
    report = audit_text("lorem ipsum dolor sit amet " * 40_000, fmt="text")
    assert time.monotonic() - started < 60
    check_report(report, None)
    assert all(len(c["text"]) <= 1000 for s in report["sections"] for c in s["claims"])
