"""A deliberately badly behaved web server on 127.0.0.1 for the URL-fetching tests.

Every route shows one thing the real web does to a crawler: pages that never
answer, answer one byte at a time, never end, redirect forever or to file://,
lie about their content type, or use an encoding other than the one they
declare.  The server binds port 0 on loopback only and runs in daemon threads;
`stop()` releases any handler that is still sleeping.
"""
from __future__ import annotations

import codecs
import gzip
import threading
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PAGE = ("<!doctype html><html><head><title>Magnesium and cramps</title></head><body>"
        "<h1>Magnesium and night cramps</h1>"
        "<p>A randomized trial of 240 adults found that magnesium did not reduce night cramps.</p>"
        "<p>Our clinic sells a premium magnesium blend; order today and save 20%.</p>"
        "</body></html>")
# The smallest valid PNG header plus an IHDR chunk: NUL bytes and control characters.
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
       b"\x1f\x15\xc4\x89\x00\x00\x00\nIDATx\x9cc\x00\x01\x00\x00\x05\x00\x01\r\n-\xb4")
CP1252_PAGE = ("<html><body><p>The clinic\u2019s \u201cdetox\u201d tea costs 12\u20ac and "
               "claims to cure fatigue \u2013 caf\u00e9 owners love it.</p></body></html>")
UTF16_TEXT = "Walking after meals lowers blood sugar in adults with type 2 diabetes, a cohort study of 1,200 people found."
MARKDOWN = "# Sleep and screens\n\nA cohort of 3,000 teenagers linked late screen use with shorter sleep.\n"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "LoopbackTest/1.0"

    def log_message(self, *args) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        server: _Server = self.server  # type: ignore[assignment]
        server.log.append((self.path, dict(self.headers.items())))
        route = ROUTES.get(self.path.split("?", 1)[0])
        if route is None:
            self._send(404, b"not found", "text/plain")
            return
        try:
            route(self)
        except (BrokenPipeError, ConnectionResetError, OSError):
            pass  # the client gave up on us, as it should

    # -- helpers -------------------------------------------------------------
    def _send(self, status: int, body: bytes, content_type: str | None, **headers) -> None:
        self.send_response(status)
        if content_type is not None:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str, status: int = 302) -> None:
        self.send_response(status)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.send_header("Connection", "close")
        self.end_headers()

    def _wait(self, seconds: float) -> bool:
        """Sleep unless the server is stopping; True when the full time passed."""
        return not self.server.stopping.wait(seconds)  # type: ignore[attr-defined]


def _page(h: _Handler) -> None:
    h._send(200, PAGE.encode("utf-8"), "text/html; charset=utf-8")


def _echo_agent(h: _Handler) -> None:
    agent = h.headers.get("User-Agent", "")
    h._send(200, f"The request said its user agent was {agent} today.".encode(), "text/plain")


def _silent(h: _Handler) -> None:
    h._wait(30)  # never answers


def _trickle(h: _Handler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/plain")
    h.send_header("Content-Length", "100000")
    h.end_headers()
    for _ in range(100000):
        h.wfile.write(b"a")
        h.wfile.flush()
        if not h._wait(0.05):
            return


def _huge_declared(h: _Handler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", str(10 ** 10))
    h.end_headers()
    h.wfile.write(b"<p>" + b"x" * 1000)


def _endless(h: _Handler) -> None:
    """No Content-Length, no end: only the client's size cap stops this."""
    h.send_response(200)
    h.send_header("Content-Type", "text/plain")
    h.send_header("Connection", "close")
    h.end_headers()
    line = b"Vitamin pills cure everything according to this page. " * 100 + b"\n"
    for _ in range(100_000):
        h.wfile.write(line)
        if h.server.stopping.is_set():  # type: ignore[attr-defined]
            return


def _chunked_endless(h: _Handler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Transfer-Encoding", "chunked")
    h.end_headers()
    chunk = b"<p>" + b"Buy our supplement now. " * 200 + b"</p>"
    for _ in range(100_000):
        h.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
        if h.server.stopping.is_set():  # type: ignore[attr-defined]
            return


def _truncated(h: _Handler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/plain")
    h.send_header("Content-Length", "5000")
    h.send_header("Connection", "close")
    h.end_headers()
    h.wfile.write(b"Only the first few bytes arrive.")
    h.wfile.flush()
    h.close_connection = True


def _loop(h: _Handler) -> None:
    h._redirect("/loop")


def _ping(h: _Handler) -> None:
    h._redirect("/pong", 301)


def _pong(h: _Handler) -> None:
    h._redirect("/ping", 307)


def _hops(count: int):
    def route(h: _Handler) -> None:
        h._redirect(f"/hops/{count - 1}" if count > 1 else "/page.html", 303 if count % 2 else 308)
    return route


def _to_file(h: _Handler) -> None:
    h._redirect("file:///etc/passwd")


def _to_ftp(h: _Handler) -> None:
    h._redirect("ftp://127.0.0.1/pub/page.html", 301)


def _to_credentials(h: _Handler) -> None:
    host, port = h.server.server_address[:2]
    h._redirect(f"http://user:secret@{host}:{port}/page.html")


def _no_location(h: _Handler) -> None:
    h.send_response(302)
    h.send_header("Content-Length", "0")
    h.send_header("Connection", "close")
    h.end_headers()


def _png_as_html(h: _Handler) -> None:
    h._send(200, PNG, "text/html; charset=utf-8")


def _png_as_html_nocharset(h: _Handler) -> None:
    h._send(200, PNG, "text/html")


def _png(h: _Handler) -> None:
    h._send(200, PNG, "image/png")


def _pdf(h: _Handler) -> None:
    h._send(200, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "application/pdf")


def _cp1252(h: _Handler) -> None:
    h._send(200, CP1252_PAGE.encode("cp1252"), "text/html")


def _latin1_declared(h: _Handler) -> None:
    h._send(200, CP1252_PAGE.encode("cp1252"), "text/html; charset=ISO-8859-1")


def _utf16_bom(h: _Handler) -> None:
    h._send(200, codecs.BOM_UTF16_LE + UTF16_TEXT.encode("utf-16-le"), "text/plain")


def _utf16_declared(h: _Handler) -> None:
    h._send(200, UTF16_TEXT.encode("utf-16-be"), "text/plain; charset=utf-16be")


def _bad_utf8(h: _Handler) -> None:
    body = "<p>Caf\u00e9 owners say the tea works.</p>".encode() + b"<p>Broken \xff\xfe bytes \xc3( here.</p>"
    h._send(200, body, "text/html; charset=utf-8")


def _unknown_charset(h: _Handler) -> None:
    h._send(200, PAGE.encode("utf-8"), "text/html; charset=x-no-such-charset")


def _meta_charset(h: _Handler) -> None:
    body = ('<html><head><meta charset="windows-1251"></head><body><p>'
            '\u0412\u0438\u0442\u0430\u043c\u0438\u043d D helps bones, the leaflet says.</p></body></html>')
    h._send(200, body.encode("cp1251"), "text/html")


def _gzip(h: _Handler) -> None:
    h._send(200, gzip.compress(PAGE.encode()), "text/html; charset=utf-8", Content_Encoding="gzip")


def _deflate_zlib(h: _Handler) -> None:
    h._send(200, zlib.compress(PAGE.encode()), "text/html; charset=utf-8", Content_Encoding="deflate")


def _deflate_raw(h: _Handler) -> None:
    packer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    body = packer.compress(PAGE.encode()) + packer.flush()
    h._send(200, body, "text/html; charset=utf-8", Content_Encoding="deflate")


def _gzip_bomb(h: _Handler) -> None:
    h._send(200, BOMB, "text/plain", Content_Encoding="gzip")


def _gzip_garbage(h: _Handler) -> None:
    h._send(200, b"\x1f\x8b\x08\x00this is not really gzip at all", "text/plain",
            Content_Encoding="gzip")


def _brotli(h: _Handler) -> None:
    h._send(200, b"\x0b\x02\x80hello\x03", "text/plain", Content_Encoding="br")


def _no_type(h: _Handler) -> None:
    h._send(200, MARKDOWN.encode(), None)


def _markdown_type(h: _Handler) -> None:
    h._send(200, MARKDOWN.encode(), "text/markdown; charset=utf-8")


def _plain_markdown(h: _Handler) -> None:
    h._send(200, MARKDOWN.encode(), "text/plain; charset=utf-8")


def _xhtml(h: _Handler) -> None:
    h._send(200, PAGE.encode(), "application/xhtml+xml")


def _json(h: _Handler) -> None:
    h._send(200, b'{"claim": "vitamins cure colds"}', "application/json")


def _server_error(h: _Handler) -> None:
    h._send(500, b"oops", "text/plain")


def _evil_reason(h: _Handler) -> None:
    h.send_response(403, "Forbidden \x1b]0;owned\x07\x1b[2J")
    h.send_header("Content-Length", "0")
    h.send_header("Connection", "close")
    h.end_headers()


def _evil_location(h: _Handler) -> None:
    h._redirect("/page.html?\x1b[31mred")


def _garbage_status(h: _Handler) -> None:
    h.wfile.write(b"SPDY/9 banana\r\n\r\n")
    h.close_connection = True


BOMB = gzip.compress(b" " * (8 * 1024 * 1024), compresslevel=9)  # ~8 KB on the wire, 8 MB inflated

ROUTES = {
    "/page.html": _page, "/agent": _echo_agent, "/silent": _silent, "/trickle": _trickle,
    "/huge-declared": _huge_declared, "/endless": _endless, "/chunked-endless": _chunked_endless,
    "/truncated": _truncated, "/loop": _loop, "/ping": _ping, "/pong": _pong,
    "/to-file": _to_file, "/to-ftp": _to_ftp, "/to-credentials": _to_credentials,
    "/no-location": _no_location, "/png-as-html": _png_as_html,
    "/png-as-html-nocharset": _png_as_html_nocharset, "/png": _png, "/pdf": _pdf,
    "/cp1252": _cp1252, "/latin1-declared": _latin1_declared, "/utf16-bom": _utf16_bom,
    "/utf16-declared": _utf16_declared, "/bad-utf8": _bad_utf8,
    "/unknown-charset": _unknown_charset, "/meta-charset": _meta_charset, "/gzip": _gzip,
    "/deflate-zlib": _deflate_zlib, "/deflate-raw": _deflate_raw, "/gzip-bomb": _gzip_bomb,
    "/gzip-garbage": _gzip_garbage, "/brotli": _brotli, "/no-type": _no_type,
    "/notes.md": _plain_markdown, "/markdown": _markdown_type, "/xhtml": _xhtml, "/json": _json,
    "/error": _server_error, "/garbage-status": _garbage_status,
    "/caf%C3%A9": _page,  # what "/café" must be sent as
    "/evil-reason": _evil_reason, "/evil-location": _evil_location,
}
ROUTES.update({f"/hops/{n}": _hops(n) for n in range(1, 10)})


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.stopping = threading.Event()
        self.log: list[tuple[str, dict]] = []


class LoopbackServer:
    def __init__(self) -> None:
        self._server = _Server()
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def log(self) -> list[tuple[str, dict]]:
        return self._server.log

    def url(self, path: str) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}{path}"

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
