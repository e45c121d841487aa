"""Fetching one URL safely, with the standard library only (`http.client`).

`fetch_url(url, max_bytes=...)` returns an `audit.pipeline.Loaded` whose
`source` is the final URL (after redirects) and whose `id` is the URL as
given.  Every problem is an `InputError` with a one-line message, which the
batch turns into a per-document error.

The rules (also in docs/hostile-input.md):

- Schemes: `http` and `https` only, for the first URL and for every redirect
  hop; a URL carrying credentials (`user:pass@host`) is refused.
- Redirects: 301, 302, 303, 307 and 308 are followed, at most
  `MAX_REDIRECTS` (5) hops; each hop is validated again.
- Time: `CONNECT_TIMEOUT` for each connection and one `TOTAL_TIMEOUT` deadline
  for the whole fetch (all hops, headers and body).  A watchdog shuts the
  socket down at the deadline, so a server that trickles one byte at a time
  cannot keep us waiting.
- Size: a `Content-Length` above `max_bytes` is refused before reading; the
  body is streamed and reading stops at `max_bytes + 1` bytes.  A gzip or
  deflate body is decompressed incrementally and capped at `max_bytes` too,
  so a decompression bomb costs at most `max_bytes` of memory.
- Content type: text/html, application/xhtml+xml, text/markdown (also
  text/x-markdown) and text/plain are read; any other declared type is
  refused.  A response without a Content-Type is sniffed.  Whatever the
  header says, bytes that look binary (NUL bytes, control characters) are
  refused, so a PNG served as text/html never reaches the extractors.
- Encoding: a byte-order mark wins, then the header's `charset`, then (for
  HTML) a `<meta charset>` in the first 2 KB, then detection as for files
  (`audit.decode`).  Labels that browsers treat as windows-1252 (latin-1,
  ascii) are decoded as cp1252.  An unknown charset label falls back to
  detection; bytes that are invalid in the declared charset are replaced
  with U+FFFD, as a browser would, and the encoding is reported as e.g.
  ``utf-8 (invalid bytes replaced)``.
- Identity: requests carry ``User-Agent: credaudit/<version> (health-content credibility auditor)``.
- Names: non-ASCII paths are sent %-escaped (UTF-8) and host names in IDNA form;
  control characters in URLs and reason phrases are shown escaped, never raw.

No proxy settings are read and nothing is cached or written to disk.
"""
from __future__ import annotations

import codecs
import http.client
import re
import socket
import ssl
import threading
import time
import zlib
from urllib.parse import quote, urljoin, urlsplit

from audit import __version__
from audit.decode import cp1252_text, decode_bytes, looks_binary, normalise_text
from audit.errors import InputError, escape_controls
from audit.pipeline import Loaded

USER_AGENT = f"credaudit/{__version__} (health-content credibility auditor)"
DEFAULT_MAX_BYTES = 20_000_000
CONNECT_TIMEOUT = 10.0  # seconds, per connection
TOTAL_TIMEOUT = 30.0  # seconds, the whole fetch including redirects
MAX_REDIRECTS = 5
CHUNK = 64 * 1024

SCHEMES = ("http", "https")
REDIRECTS = frozenset({301, 302, 303, 307, 308})
FORMAT_OF_TYPE = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
    "text/plain": "text",
}
_URL_SAFE = "/?&=%:@!$'()*+,;~-._"  # kept as they are when a path is %-escaped
_MARKDOWN_PATH = re.compile(r"\.(?:md|markdown|mdown|mkd)$", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""",
                           re.I)
_WINDOWS_1252 = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii",
                           "ascii", "iso_8859-1", "cp819", "ibm819", "windows-1252", "cp1252",
                           "x-cp1252"})
_WIDE = frozenset({"utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be"})
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_MARKUP = re.compile(r"\A\s*(?:<!doctype html|<html|<head|<body|<div|<p[\s>]|<article|<!--)", re.I)


def fetch_url(url: str, *, max_bytes: int = DEFAULT_MAX_BYTES, timeout: float | None = None,
              connect_timeout: float | None = None, max_redirects: int | None = None) -> Loaded:
    """Fetch `url` and return it decoded; raise InputError for anything we refuse."""
    total = TOTAL_TIMEOUT if timeout is None else timeout
    connect = CONNECT_TIMEOUT if connect_timeout is None else connect_timeout
    hops_allowed = MAX_REDIRECTS if max_redirects is None else max_redirects
    deadline = time.monotonic() + total
    current = url
    check_url(current, url)
    for _ in range(hops_allowed + 1):
        response = _Exchange(current, deadline, connect, total, original=url)
        try:
            status, headers, location = response.start()
            if status in REDIRECTS:
                if not location:
                    raise InputError(f"{url}: HTTP {status} redirect without a Location header")
                target = urljoin(current, location.strip())
                check_url(target, url, redirect=True)
                current = target
                continue
            if status != 200:
                raise InputError(f"{url}: HTTP {status} {response.reason}".rstrip())
            media_type, charset = _content_type(headers, url)
            body = response.body(max_bytes, headers)
        finally:
            response.close()
        return _loaded(url, current, body, media_type, charset)
    raise InputError(f"{url}: too many redirects (more than {hops_allowed})")


def check_url(target: str, original: str, *, redirect: bool = False) -> None:
    """Refuse URLs we will not fetch: other schemes, credentials, no host."""
    where = f"{original}: redirect to {target!r}" if redirect else f"{original}:"
    try:
        parts = urlsplit(target)
        port = parts.port
    except ValueError as error:
        raise InputError(f"{where} invalid URL ({error})") from None
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES:
        shown = scheme or "none"
        raise InputError(f"{where} unsupported URL scheme {shown!r} "
                         f"(only http and https are fetched)")
    if parts.username is not None or parts.password is not None:
        raise InputError(f"{where} URLs with credentials are refused")
    if not parts.hostname:
        raise InputError(f"{where} URL has no host")
    if port == 0:
        raise InputError(f"{where} invalid port 0")
    if any(ch in target for ch in "\r\n\x00 \t"):
        raise InputError(f"{where} URL contains white space or control characters")


class _Exchange:
    """One request/response on its own connection, under the shared deadline."""

    def __init__(self, url: str, deadline: float, connect: float, total: float, *, original: str):
        self.url = url
        self.original = original
        self.deadline = deadline
        self.connect_timeout = connect
        self.total = total
        self.connection: http.client.HTTPConnection | None = None
        self.response: http.client.HTTPResponse | None = None
        self.sock: socket.socket | None = None
        self.reason = ""
        self._watchdog: threading.Timer | None = None
        self._expired = False

    def start(self) -> tuple[int, http.client.HTTPMessage, str | None]:
        parts = urlsplit(self.url)
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        try:
            path = quote(path, safe=_URL_SAFE)  # non-ASCII as UTF-8 %-escapes, as browsers do
            host = parts.hostname.encode("idna").decode("ascii")
        except UnicodeError:
            raise InputError(f"{self.original}: URL cannot be encoded (invalid host or "
                             f"characters)") from None
        remaining = self._remaining()
        timeout = min(self.connect_timeout, remaining)
        if parts.scheme.lower() == "https":
            self.connection = http.client.HTTPSConnection(
                host, parts.port, timeout=timeout, context=ssl.create_default_context())
        else:
            self.connection = http.client.HTTPConnection(host, parts.port, timeout=timeout)
        try:
            self.connection.connect()
            self.sock = self.connection.sock  # http.client drops its reference on Connection: close
            self._arm()
            self.sock.settimeout(self._remaining())
            self.connection.putrequest("GET", path, skip_accept_encoding=True)
            for name, value in (("User-Agent", USER_AGENT),
                                ("Accept", "text/html, application/xhtml+xml, text/markdown, "
                                           "text/plain;q=0.9"),
                                ("Accept-Encoding", "gzip, deflate"),
                                ("Connection", "close")):
                self.connection.putheader(name, value)
            self.connection.endheaders()
            self.response = self.connection.getresponse()
        except BaseException as error:
            self._fail(error)
        self.reason = self.response.reason or ""
        return self.response.status, self.response.msg, self.response.getheader("Location")

    def body(self, max_bytes: int, headers: http.client.HTTPMessage) -> bytes:
        declared = headers.get("Content-Length")
        if declared and declared.strip().isdigit() and int(declared) > max_bytes:
            raise InputError(f"{self.original}: Content-Length {int(declared)} exceeds "
                             f"max_bytes ({max_bytes})")
        coding = (headers.get("Content-Encoding") or "identity").strip().lower()
        if coding in ("gzip", "x-gzip"):
            inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif coding == "deflate":
            inflater = _Deflate()
        elif coding in ("identity", ""):
            inflater = None
        else:
            raise InputError(f"{self.original}: unsupported Content-Encoding {coding!r}")
        raw = bytearray()
        out = bytearray()
        try:
            while not self.response.isclosed():  # it closes itself once the body is complete
                self.sock.settimeout(max(0.01, self._remaining()))
                chunk = self.response.read(CHUNK)
                if not chunk:
                    break
                raw += chunk
                if len(raw) > max_bytes:
                    raise InputError(f"{self.original}: response exceeds max_bytes ({max_bytes})")
                if inflater is not None:
                    out += inflater.decompress(chunk, max_bytes + 1 - len(out))
                    if len(out) > max_bytes or inflater.unconsumed_tail:
                        raise InputError(f"{self.original}: decompressed response exceeds "
                                         f"max_bytes ({max_bytes})")
            if inflater is not None:
                out += inflater.flush()
                if len(out) > max_bytes:
                    raise InputError(f"{self.original}: decompressed response exceeds "
                                     f"max_bytes ({max_bytes})")
        except InputError:
            raise
        except BaseException as error:
            self._fail(error)
        if self._expired:  # the watchdog cut the body short: never return a truncated page
            raise InputError(f"{self.original}: timed out after {self.total:g} s")
        if self.response.length:  # http.client returns short reads silently
            raise InputError(f"{self.original}: fetch failed: connection closed "
                             f"{self.response.length} bytes before the end of the body")
        return bytes(out) if inflater is not None else bytes(raw)

    def close(self) -> None:
        if self._watchdog is not None:
            self._watchdog.cancel()
        for part in (self.response, self.connection):  # the response holds the socket's file
            if part is not None:
                try:
                    part.close()
                except OSError:
                    pass

    def _remaining(self) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise InputError(f"{self.original}: timed out after {self.total:g} s")
        return left

    def _arm(self) -> None:
        """Shut the socket down at the deadline, whatever it is blocked on."""
        sock = self.sock

        def expire() -> None:
            self._expired = True
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

        self._watchdog = threading.Timer(max(0.0, self.deadline - time.monotonic()), expire)
        self._watchdog.daemon = True
        self._watchdog.start()

    def _fail(self, error: BaseException):
        if isinstance(error, InputError):
            raise error
        if isinstance(error, KeyboardInterrupt):
            raise error
        if self._expired or isinstance(error, (TimeoutError, socket.timeout)) \
                or time.monotonic() >= self.deadline:
            raise InputError(f"{self.original}: timed out after {self.total:g} s") from None
        if isinstance(error, ssl.SSLError):
            raise InputError(f"{self.original}: TLS error: {error.reason or error}") from None
        if isinstance(error, socket.gaierror):
            raise InputError(f"{self.original}: cannot resolve host "
                             f"{urlsplit(self.url).hostname!r}") from None
        if isinstance(error, (OSError, http.client.HTTPException, zlib.error, EOFError,
                              ValueError)):
            detail = str(error) or type(error).__name__
            if isinstance(error, OSError) and error.strerror:
                detail = error.strerror
            raise InputError(f"{self.original}: fetch failed: {detail}") from None
        raise error


class _Deflate:
    """`Content-Encoding: deflate` is zlib-wrapped by the standard, raw by some servers."""

    def __init__(self) -> None:
        self._inner = None
        self._pending = b""

    @property
    def unconsumed_tail(self) -> bytes:
        return self._inner.unconsumed_tail if self._inner is not None else b""

    def decompress(self, data: bytes, limit: int) -> bytes:
        if self._inner is None:
            self._pending += data
            if len(self._pending) < 2:
                return b""
            data, self._pending = self._pending, b""
            wrapped = (data[0] & 0x0F) == 8 and (data[0] << 8 | data[1]) % 31 == 0
            self._inner = zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)
        return self._inner.decompress(data, max(1, limit))

    def flush(self) -> bytes:
        if self._inner is None:
            return zlib.decompress(self._pending) if self._pending else b""
        return self._inner.flush()


def _content_type(headers: http.client.HTTPMessage, url: str) -> tuple[str | None, str | None]:
    if headers.get("Content-Type") is None:
        return None, None
    media_type = headers.get_content_type().lower()
    if media_type not in FORMAT_OF_TYPE:
        raise InputError(f"{url}: content type {media_type!r} is not text, HTML or Markdown "
                         f"(refused)")
    charset = headers.get_content_charset()
    return media_type, charset.strip().lower() if charset else None


def _loaded(url: str, final: str, body: bytes, media_type: str | None,
            charset: str | None) -> Loaded:
    text, encoding = decode_body(body, charset, html=media_type in (None, "text/html",
                                                                    "application/xhtml+xml"),
                                 source=url)
    if media_type is None:
        fmt = "html" if _MARKUP.match(text[:2000]) else \
            ("markdown" if _MARKDOWN_PATH.search(urlsplit(final).path) else "text")
    elif media_type == "text/plain" and _MARKDOWN_PATH.search(urlsplit(final).path):
        fmt = "markdown"
    else:
        fmt = FORMAT_OF_TYPE[media_type]
    return Loaded(source=escape_controls(final), id=escape_controls(url), text=text, format=fmt,
                  encoding=escape_controls(encoding))


def decode_body(body: bytes, charset: str | None, *, html: bool, source: str) -> tuple[str, str]:
    """Decode a response body: BOM, then the declared charset, then <meta>, then detection."""
    if body.startswith(_BOMS) or body.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return decode_bytes(body, source)
    label = charset
    if label is None and html:
        found = _META_CHARSET.search(body[:2048])
        label = found.group(1).decode("ascii").lower() if found else None
    codec = _codec(label)
    if codec is None:
        return decode_bytes(body, source)
    if codec not in _WIDE and looks_binary(body):
        raise InputError(f"{source}: binary content, not text (refused)")
    try:
        text = cp1252_text(body) if codec == "cp1252" else body.decode(codec)
        encoding = "cp1252" if codec == "cp1252" else label
    except UnicodeDecodeError:
        text = body.decode(codec, "replace")
        encoding = f"{label} (invalid bytes replaced)"
    text = normalise_text(text)
    if codec in _WIDE and _looks_binary_text(text):
        raise InputError(f"{source}: binary content, not text (refused)")
    return text, encoding


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    if label in _WINDOWS_1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name.replace("-", "_")
    except LookupError:
        return None


def _looks_binary_text(text: str) -> bool:
    head = text[:8192]
    if not head:
        return False
    controls = sum(1 for ch in head if ord(ch) < 32 and ch not in "\n\t\r\f\v")
    return controls / len(head) > 0.1
