"""`audit.fetch`: URL input against a misbehaving server on 127.0.0.1 (see loopback.py)."""
from __future__ import annotations

import json
import time

import pytest

from audit import __version__
from audit.errors import InputError
from audit.fetch import USER_AGENT, check_url, fetch_url
from tests.hostile.loopback import CP1252_PAGE, MARKDOWN, UTF16_TEXT

SMALL = 1_000_000


def refused(web, path: str, *, max_bytes: int = SMALL, timeout: float = 5.0) -> str:
    with pytest.raises(InputError) as caught:
        fetch_url(web.url(path), max_bytes=max_bytes, timeout=timeout, connect_timeout=2.0)
    message = str(caught.value)
    assert message.startswith(web.url(path)) and "\n" not in message
    return message


# -- the ordinary case -------------------------------------------------------------------------

def test_a_page_is_fetched_as_html_with_its_final_url(web):
    loaded = fetch_url(web.url("/page.html"))
    assert loaded.format == "html" and loaded.encoding == "utf-8"
    assert loaded.source == web.url("/page.html") and loaded.id == web.url("/page.html")
    assert "randomized trial of 240 adults" in loaded.text


def test_requests_identify_as_credaudit(web):
    loaded = fetch_url(web.url("/agent"))
    assert USER_AGENT.startswith(f"credaudit/{__version__} (")
    assert f"user agent was {USER_AGENT} today" in loaded.text


@pytest.mark.parametrize("path, fmt", [("/markdown", "markdown"), ("/notes.md", "markdown"),
                                       ("/xhtml", "html"), ("/no-type", "text")])
def test_format_follows_the_content_type(web, path, fmt):
    loaded = fetch_url(web.url(path))
    assert loaded.format == fmt
    assert "teenagers" in loaded.text or "240 adults" in loaded.text


# -- schemes and credentials -------------------------------------------------------------------

@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/x.html", "gopher://127.0.0.1/",
                                 "javascript:alert(1)", "data:text/html,<p>hi</p>", "//127.0.0.1/x"])
def test_only_http_and_https_are_fetched(url):
    with pytest.raises(InputError, match="unsupported URL scheme"):
        fetch_url(url)


@pytest.mark.parametrize("url, message", [
    ("http://user:pw@127.0.0.1/", "credentials"), ("http://user@127.0.0.1/", "credentials"),
    ("http:///nohost", "no host"), ("http://127.0.0.1:99999/", "invalid URL"),
    ("http://127.0.0.1:0/", "invalid port"), ("http://127.0.0.1/a b", "white space"),
])
def test_malformed_or_credentialled_urls_are_refused(url, message):
    with pytest.raises(InputError, match=message):
        check_url(url, url)


def test_non_ascii_paths_are_percent_encoded(web):
    loaded = fetch_url(web.url("/caf\u00e9"))
    assert "240 adults" in loaded.text and web.log[-1][0] == "/caf%C3%A9"


def test_a_url_that_cannot_be_encoded_is_refused(web):
    with pytest.raises(InputError, match="cannot be encoded"):
        fetch_url(web.url("/\udcff"))


# -- redirects -------------------------------------------------------------------------------------

def test_five_redirects_are_followed_and_the_final_url_is_the_source(web):
    loaded = fetch_url(web.url("/hops/5"))
    assert loaded.source == web.url("/page.html") and loaded.id == web.url("/hops/5")
    assert loaded.format == "html"


def test_a_sixth_redirect_is_refused(web):
    assert "too many redirects (more than 5)" in refused(web, "/hops/6")


@pytest.mark.parametrize("path", ["/loop", "/ping"])
def test_redirect_loops_end_with_a_clear_error(web, path):
    before = len(web.log)
    assert "too many redirects" in refused(web, path)
    assert len(web.log) - before == 6  # the first request plus five hops, then we stop


@pytest.mark.parametrize("path, scheme", [("/to-file", "file"), ("/to-ftp", "ftp")])
def test_redirects_to_other_schemes_are_refused(web, path, scheme):
    message = refused(web, path)
    assert f"unsupported URL scheme '{scheme}'" in message and "redirect to" in message


def test_redirect_to_a_url_with_credentials_is_refused(web):
    assert "credentials" in refused(web, "/to-credentials")


def test_redirect_without_location(web):
    assert "without a Location" in refused(web, "/no-location")


# -- time ------------------------------------------------------------------------------------------

def test_a_server_that_never_answers_times_out(web):
    started = time.monotonic()
    assert "timed out after 0.5 s" in refused(web, "/silent", timeout=0.5)
    assert time.monotonic() - started < 3


def test_a_trickling_server_hits_the_total_deadline(web):
    """One byte every 50 ms never trips a per-read timeout; the total deadline still holds."""
    started = time.monotonic()
    assert "timed out" in refused(web, "/trickle", timeout=0.6)
    assert time.monotonic() - started < 3


# -- size ------------------------------------------------------------------------------------------

def test_a_declared_length_above_the_cap_is_refused_before_reading(web):
    assert "Content-Length 10000000000 exceeds max_bytes (1000000)" in refused(web, "/huge-declared")


@pytest.mark.parametrize("path", ["/endless", "/chunked-endless"])
def test_an_endless_body_stops_at_the_cap(web, path):
    started = time.monotonic()
    assert "exceeds max_bytes (200000)" in refused(web, path, max_bytes=200_000)
    assert time.monotonic() - started < 3


def test_a_body_shorter_than_its_length_is_an_error_not_a_partial_page(web):
    assert "fetch failed" in refused(web, "/truncated")


# -- compression -----------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/gzip", "/deflate-zlib", "/deflate-raw"])
def test_compressed_bodies_are_decoded(web, path):
    loaded = fetch_url(web.url(path))
    assert "randomized trial of 240 adults" in loaded.text


def test_a_decompression_bomb_is_capped(web):
    assert "decompressed response exceeds max_bytes (1000000)" in refused(web, "/gzip-bomb")


def test_broken_gzip_and_unknown_codings_are_refused(web):
    assert "fetch failed" in refused(web, "/gzip-garbage")
    assert "unsupported Content-Encoding 'br'" in refused(web, "/brotli")


# -- content type ----------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/png-as-html", "/png-as-html-nocharset"])
def test_binary_bytes_labelled_as_html_are_refused(web, path):
    assert "binary" in refused(web, path)


@pytest.mark.parametrize("path, kind", [("/png", "image/png"), ("/pdf", "application/pdf"),
                                        ("/json", "application/json")])
def test_other_content_types_are_refused(web, path, kind):
    assert f"content type '{kind}'" in refused(web, path)


@pytest.mark.parametrize("path, status", [("/error", "HTTP 500"), ("/nothing-here", "HTTP 404")])
def test_http_errors(web, path, status):
    assert status in refused(web, path)


def test_terminal_escapes_from_the_server_are_escaped(web):
    message = refused(web, "/evil-reason")
    assert "\x1b" not in message and "\x07" not in message
    assert message.endswith("HTTP 403 Forbidden \\x1b]0;owned\\x07\\x1b[2J")
    loaded = fetch_url(web.url("/evil-location"))
    assert loaded.source == web.url("/page.html?\\x1b[31mred")


def test_a_garbage_status_line_is_an_error(web):
    assert "fetch failed" in refused(web, "/garbage-status")


def test_a_closed_port_is_a_clean_error():
    import socket
    with socket.socket() as probe:  # find a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(InputError, match="fetch failed"):
        fetch_url(f"http://127.0.0.1:{port}/", timeout=2)


# -- encodings -------------------------------------------------------------------------------------

def test_cp1252_without_charset_is_detected(web):
    loaded = fetch_url(web.url("/cp1252"))
    assert loaded.encoding == "cp1252"
    assert "clinic\u2019s \u201cdetox\u201d tea costs 12\u20ac" in loaded.text


def test_latin1_label_is_read_as_windows_1252_like_browsers(web):
    loaded = fetch_url(web.url("/latin1-declared"))
    assert loaded.encoding == "cp1252" and "\u201cdetox\u201d" in loaded.text


def test_utf16_with_bom(web):
    loaded = fetch_url(web.url("/utf16-bom"))
    assert loaded.encoding == "utf-16" and loaded.text == UTF16_TEXT


def test_utf16_declared_in_the_header_without_bom(web):
    loaded = fetch_url(web.url("/utf16-declared"))
    assert loaded.text == UTF16_TEXT


def test_invalid_utf8_declared_as_utf8_is_replaced_not_fatal(web):
    loaded = fetch_url(web.url("/bad-utf8"))
    assert loaded.encoding == "utf-8 (invalid bytes replaced)"
    assert "Caf\u00e9 owners" in loaded.text and "\ufffd" in loaded.text


def test_an_unknown_charset_falls_back_to_detection(web):
    loaded = fetch_url(web.url("/unknown-charset"))
    assert loaded.encoding == "utf-8" and "240 adults" in loaded.text


def test_meta_charset_is_used_when_the_header_has_none(web):
    loaded = fetch_url(web.url("/meta-charset"))
    assert loaded.encoding == "windows-1251"
    assert "\u0412\u0438\u0442\u0430\u043c\u0438\u043d D helps bones" in loaded.text


def test_cp1252_page_constant_is_really_cp1252():
    assert CP1252_PAGE.encode("cp1252").decode("cp1252") == CP1252_PAGE and MARKDOWN


# -- through the command line ----------------------------------------------------------------------

@pytest.fixture()
def plain_config(tmp_path):
    path = tmp_path / "plain.cfg"
    path.write_text("[credaudit]\n")
    return str(path)


def cli(*args):
    from click.testing import CliRunner

    from audit.cli import main
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.stderr
    return result


def test_audit_a_url_end_to_end(web, plain_config):
    result = cli("audit", web.url("/hops/2"), "-f", "json", "--config", plain_config)
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)["documents"][0]
    assert document["source"] == web.url("/page.html") and document["id"] == web.url("/hops/2")
    assert document["format"] == "html" and document["summary"]["claims"] >= 1


def test_a_failing_url_does_not_stop_the_batch(web, plain_config, tmp_path):
    (tmp_path / "local.txt").write_text("A cohort of 500 adults linked walking with better sleep.")
    result = cli("audit", web.url("/png-as-html"), str(tmp_path / "local.txt"), web.url("/loop"),
                 "-f", "json", "--config", plain_config)
    assert result.exit_code == 2
    png, local, loop = json.loads(result.stdout)["documents"]
    assert png["error"] == f"{web.url('/png-as-html')}: binary content, not text (refused)"
    assert local["error"] is None
    assert loop["error"] == f"{web.url('/loop')}: too many redirects (more than 5)"
    assert result.stderr.count("credaudit: error: ") == 2


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/x"])
def test_other_schemes_on_the_command_line(url, plain_config):
    result = cli("audit", url, "-f", "json", "--config", plain_config)
    assert result.exit_code == 2
    assert json.loads(result.stdout)["documents"][0]["error"].startswith(f"{url}: unsupported URL scheme")


def test_check_fails_closed_on_an_unreachable_url(web, plain_config):
    result = cli("check", web.url("/error"), "--config", plain_config)
    assert result.exit_code == 2 and "HTTP 500" in result.stderr
