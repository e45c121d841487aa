"""Writing reports safely: atomically to a file, or to stdout.

A report file is written to a temporary file in the same folder and renamed
over the target only when rendering finished, so an existing report is never
left half-written and a failed run leaves no partial file behind.
"""
from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from typing import Iterator, TextIO


@contextlib.contextmanager
def open_output(path: str | None) -> Iterator[TextIO]:
    if path is None or path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    folder = os.path.dirname(os.path.abspath(path))
    fd, temp = tempfile.mkstemp(prefix=".credaudit-", suffix=".tmp", dir=folder)
    try:
        os.chmod(temp, _target_mode(path))
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _target_mode(path: str) -> int:
    """Keep an existing report's permissions; new files get the usual 0666 minus umask."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
