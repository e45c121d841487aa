"""`compile_cached`: re.compile for very large generated patterns, with the compiled program on disk.

Python compiles a regular expression in pure Python (parse, then code
generation), which costs about 2 ms per thousand pattern characters.  The
lexicon tries (`audit.lexicon`) are 10-25 thousand characters each, so
compiling them was about 80 ms of every `credaudit` start, longer than
auditing a typical document.  The compiled program (a list of integers for
the `_sre` engine) is a pure function of the pattern, the flags and the
Python build, so it can be kept like `__pycache__` keeps bytecode.

`compile_cached(pattern, flags)` returns a pattern equal (`==`, which
compares the program) to `re.compile(pattern, flags)`:

- the first time, it compiles the pattern through the same steps as
  `re._compiler.compile`, checks the result equals `re.compile`'s, and stores
  the program in ``$CREDAUDIT_REGEX_CACHE`` (default
  ``$XDG_CACHE_HOME/credaudit/regex`` or ``~/.cache/credaudit/regex``), one
  small file per pattern, written atomically;
- later, it loads the program and hands it to `_sre.compile`, which
  validates it.  The file name hashes the pattern, the flags, the Python
  version and the `_sre` engine version; the file repeats the full key, so
  a stale, foreign or damaged file is never used.

Anything unexpected (no writable cache, an unknown Python internals layout,
a damaged file) falls back to plain `re.compile`.  ``CREDAUDIT_REGEX_CACHE=0``
turns the cache off.
"""
from __future__ import annotations

import hashlib
import os
import re
import sys
from functools import cache
from typing import Callable

_FORMAT = "credaudit-regex/2"


@cache
def _folder() -> str | None:
    configured = os.environ.get("CREDAUDIT_REGEX_CACHE")
    if configured is not None:
        return None if configured.strip().lower() in ("", "0", "off", "no", "false") else configured
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(base):
        return None
    return os.path.join(base, "credaudit", "regex")


@cache
def _engine_tag() -> str:
    import _sre
    return f"{_FORMAT}|{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}|{_sre.CODESIZE}"


def compile_cached(pattern: str | Callable[[], str], flags: int = 0, *,
                   key: str | None = None) -> re.Pattern:
    """`re.compile(pattern, flags)`, reusing a compiled program stored by an earlier run.

    `pattern` may be a function building the pattern text; it is then called
    only on a cache miss, and `key` (required) must identify its result (for
    example the sorted phrases of a lexicon plus the builder's version).
    """
    folder = _folder()
    if key is None:
        if callable(pattern):
            raise TypeError("compile_cached: a pattern builder needs a key")
        key = pattern
    if folder is None or not isinstance(key, str):
        return re.compile(pattern() if callable(pattern) else pattern, flags)
    flags = int(flags)
    digest = hashlib.sha256(f"{_engine_tag()}\0{flags}\0{key}".encode("utf-8", "surrogatepass")
                            ).hexdigest()
    path = os.path.join(folder, digest[:40] + ".bin")
    loaded = _load(path, digest, flags)
    if loaded is not None:
        return loaded
    text = pattern() if callable(pattern) else pattern
    compiled, parts = _compile_with_program(text, flags)
    if parts is not None:
        _store(path, (_FORMAT, digest, flags, text, parts))
    return compiled


def _load(path: str, digest: str, flags: int) -> re.Pattern | None:
    import marshal

    import _sre
    try:
        with open(path, "rb") as handle:
            data = handle.read()
        fmt, stored_digest, stored_flags, text, parts = marshal.loads(data)
        if fmt != _FORMAT or stored_digest != digest or stored_flags != flags \
                or not isinstance(text, str):
            return None
        final_flags, code, groups, groupindex, indexgroup = parts
        return _sre.compile(text, final_flags, code, groups, groupindex, indexgroup)
    except Exception:  # noqa: BLE001 - missing, damaged or foreign: compile afresh
        return None


def _compile_with_program(pattern: str, flags: int):
    """Compile as re._compiler.compile does, keeping the program; (pattern, parts or None)."""
    reference = re.compile(pattern, flags)
    try:
        import _sre
        from re import _compiler, _parser
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        parts = (flags | parsed.state.flags, [int(c) for c in code], parsed.state.groups - 1, groupindex,
                 tuple(indexgroup))
        rebuilt = _sre.compile(pattern, *parts)
    except Exception:  # noqa: BLE001 - another Python's internals: no cache, same result
        return reference, None
    if rebuilt != reference or rebuilt.groupindex != reference.groupindex:
        return reference, None
    return reference, parts


def _store(path: str, entry) -> None:
    import marshal
    import tempfile
    try:
        folder = os.path.dirname(path)
        os.makedirs(folder, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=".tmp-", dir=folder)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(marshal.dumps(entry))
            os.replace(temp, path)
        except BaseException:
            try:
                os.unlink(temp)
            except OSError:
                pass
            raise
    except (OSError, ValueError):
        return
