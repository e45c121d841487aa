"""Property-based fuzzing of the whole pipeline (slow: about 16,000 examples under the default profile).

Whatever the input — any string, any bytes, HTML soup, broken Markdown, text full of
control and bidi characters — an audit either succeeds with a report whose offsets are
exact, or fails with a one-line per-document error.  Never an exception, never a
report that cannot be written as UTF-8, never two different bytes for the same input.

Run a quick version while editing:  CREDAUDIT_FUZZ=quick python -m pytest tests/hostile -m slow
"""
from __future__ import annotations

import io
import json
import os

import pytest
from hypothesis import event, example, given
from hypothesis import strategies as st

from click.testing import CliRunner

from audit.api import audit_loaded, build_report
from audit.cli import main
from audit.decode import decode_bytes, normalise_text
from audit.errors import InputError
from audit.genre_model import shipped_model
from audit.inputs import iter_batch, sniff
from audit.pipeline import Loaded, Settings, build_document
from audit.scoring import score_document
from reports import formatter
from tests.hostile.strategies import (HOSTILE_CHARS, any_text, check_document, check_report,
                                      front_matter_doc, fuzz, html_soup, markdown_doc, text_doc)

pytestmark = pytest.mark.slow

MODEL = shipped_model()
SETTINGS = Settings()


def audit_and_check(text: str, fmt: str) -> dict:
    """Build, check offsets, score, check the report; render JSON twice and compare bytes."""
    item = Loaded(source="fuzz", id="fuzz", text=normalise_text(text), format=fmt)
    try:
        document, claims = build_document(item, SETTINGS)
    except InputError as error:  # e.g. more sections than max_sections: a clean refusal
        assert "\n" not in str(error)
        event("refused")
        return {}
    check_document(document, claims)
    count = sum(len(c) for c in claims.values())
    event(f"{fmt}: {'no claims' if not count else '1-9 claims' if count < 10 else '10+ claims'}")
    report = score_document(document, claims, SETTINGS, MODEL)
    check_report(report, document.text)
    assert audit_loaded(item, SETTINGS, genre_model=MODEL) == report  # the API agrees
    first, second = render("json", report), render("json", report)
    assert first == second
    assert json.loads(first)["documents"][0] == report
    return report


def render(fmt: str, document: dict) -> bytes:
    out = io.StringIO()
    formatter(fmt).render(build_report(iter([document])), out)
    return out.getvalue().encode("utf-8")  # fails on lone surrogates: they must never get here


@fuzz(4000)
@given(html_soup)
@example("<div>" * 3000 + "<p>A trial of 90 adults found a benefit.</p>")
@example("<p>a</p><!-- credaudit: sponsored --><!-- <!-- -->&#xD800;&#0;<![CDATA[ x")
@example("<a " * 300)
def test_html_soup(markup):
    audit_and_check(markup, "html")


@fuzz(3000)
@given(st.one_of(markdown_doc, front_matter_doc))
@example("---\ntitle: never closed\n" + "key: value\n" * 50)
@example("```\nunclosed fence\n# not a heading")
@example("[a](" * 200 + "*b _c " * 200)
def test_markdown(markdown):
    audit_and_check(markdown, "markdown")


@fuzz(2000)
@given(text_doc)
def test_plain_text(text):
    audit_and_check(text, "text")


@fuzz(2000)
@given(any_text, st.sampled_from(["html", "markdown", "text"]))
@example("\ud800 lone surrogate \udfff in text.", "text")
@example("\u202eevil\u202c \u200b\u200d\ufeff", "html")
def test_any_string_in_any_format(text, fmt):
    audit_and_check(text, fmt)


@fuzz(1500)
@given(st.one_of(st.binary(max_size=3000),
                 st.tuples(st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00",
                                            b"", b"\x89PNG\r\n\x1a\n", b"%PDF-1.4\n"]),
                           st.binary(max_size=2000)).map(b"".join),
                 html_soup.map(lambda s: s.encode("utf-8", "surrogatepass"))))
def test_any_bytes_are_decoded_or_refused(data):
    """The path every file and stdin takes: decode (or refuse as binary), sniff, audit."""
    try:
        text, encoding = decode_bytes(data, "fuzz.bin")
    except InputError as error:
        message = str(error)
        assert message.startswith("fuzz.bin: ") and "\n" not in message
        return
    assert encoding in {"utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252"}
    assert "\x00" not in text and not any("\ud800" <= ch <= "\udfff" for ch in text)
    audit_and_check(text, sniff(text))


@fuzz(1000)
@given(st.lists(st.one_of(
    st.builds(lambda key, value: json.dumps({"id": "d", key: value}),
              st.sampled_from(["text", "html", "markdown", "other"]), any_text),
    st.builds(lambda value: json.dumps({"id": value, "text": "A claim about sleep here."}),
              st.one_of(st.integers(), st.none(), st.lists(st.integers(), max_size=2), any_text)),
    st.text(max_size=80),  # broken JSON lines
    st.just('"just a string"'), st.just("[1, 2]"), st.just("{}"), st.just("\\ud800"),
), max_size=6))
def test_jsonl_batches(lines):
    """Every line yields one document or one per-document error, in order; ids stay strings."""
    raw = "\n".join(lines).encode("utf-8", "surrogatepass")
    items = list(iter_batch(io.BytesIO(raw), "batch.jsonl", 1_000_000))
    assert len(items) <= len(raw.split(b"\n"))
    for item in items:
        if isinstance(item, Loaded):
            assert isinstance(item.id, str)
            audit_and_check(item.text, item.format)
            # the id becomes part of the JSON report: it must be writable as UTF-8
            json.dumps({"id": item.id}, ensure_ascii=False).encode("utf-8")
        else:
            assert "\n" not in item.message and item.message.startswith(item.source)


@fuzz(500)
@given(st.one_of(html_soup, markdown_doc, text_doc), st.sampled_from(["html", "markdown", "text"]))
def test_every_output_format_renders(text, fmt):
    report = audit_and_check(text, fmt)
    if not report:
        return
    for name in ("text", "jsonl", "markdown", "csv", "html"):
        assert render(name, report) == render(name, report)


@pytest.fixture(scope="module")
def plain_config(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("config") / "plain.cfg"
    path.write_text("[credaudit]\n")
    return str(path)


SAMPLES = sorted(
    os.path.join(folder, name)
    for folder in (os.path.join(os.path.dirname(__file__), "..", "..", "samples", "documents"),)
    for name in os.listdir(folder) if name.rsplit(".", 1)[-1] in ("html", "md", "txt"))


@st.composite
def mutated_sample(draw) -> tuple[bytes, str]:
    """A real sample document, cut, spliced and sprinkled with hostile bytes."""
    path = draw(st.sampled_from(SAMPLES))
    with open(path, "rb") as handle:
        data = bytearray(handle.read())
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["truncate", "insert", "delete", "duplicate", "flip"]))
        if action == "truncate":
            del data[at:]
        elif action == "insert":
            data[at:at] = draw(st.one_of(
                st.binary(max_size=16),
                st.sampled_from(HOSTILE_CHARS).map(lambda c: c.encode("utf-8", "surrogatepass")),
                st.sampled_from(["<!--", "<script>", "```", "---\n", "<a ", "&#", "\r", "\ufeff",
                                 "<h2>", "# ", "\n\n"]).map(str.encode)))
        elif action == "delete":
            del data[at:at + draw(st.integers(1, 200))]
        elif action == "duplicate":
            data[at:at] = data[at:at + draw(st.integers(1, 400))]
        elif data:
            data[at % len(data)] ^= draw(st.integers(1, 255))
    extension = path.rsplit(".", 1)[-1]
    return bytes(data), {"html": "html", "md": "markdown", "txt": "text"}[extension]


@fuzz(1500)
@given(mutated_sample())
def test_mutated_sample_documents(sample):
    data, fmt = sample
    try:
        text, _ = decode_bytes(data, "sample")
    except InputError:
        event("refused as binary")
        return
    audit_and_check(text, fmt)


@fuzz(500)
@given(st.one_of(st.binary(max_size=2000), html_soup.map(lambda s: s.encode("utf-8", "surrogatepass")),
                 markdown_doc.map(lambda s: s.encode("utf-8", "surrogatepass"))),
       st.sampled_from(["auto", "html", "markdown", "text"]), st.sampled_from(["json", "jsonl", "text"]))
def test_the_command_line_on_stdin(plain_config, data, input_format, fmt):
    """Through the real CLI: exit 0 with a parseable report, or exit 2 with one error line."""
    result = CliRunner().invoke(main, ["audit", "-", "--input-format", input_format, "-f", fmt,
                                       "--config", plain_config], input=data)
    assert result.exit_code in (0, 2), (result.exit_code, result.output, result.exception)
    assert "Traceback" not in result.stderr
    if result.exit_code == 2:
        lines = result.stderr.strip().splitlines()
        assert lines and all(line.startswith("credaudit: error: ") for line in lines)
        assert "internal error" not in result.stderr
    if fmt == "json":
        report = json.loads(result.stdout)
        check_report(report["documents"][0], None)
    elif fmt == "jsonl":
        check_report(json.loads(result.stdout), None)
