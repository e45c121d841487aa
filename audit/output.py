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


def refuse_overwriting_inputs(output: str | None, paths: list[str]) -> None:
    """Refuse `-o FILE` when FILE is one of the documents being audited.

    The report would replace the input once rendering finished ("inputs are
    never modified").  FILE counts as an input when it is a path given on the
    command line, or an existing file a folder walk would read (an input
    extension and no hidden folder on the way).
    """
    if output is None or output == "-" or not os.path.exists(output):
        return
    from audit.errors import InputError
    from audit.inputs import EXTENSIONS
    target = os.path.realpath(output)
    for path in paths:
        if path == "-" or "://" in path or not os.path.exists(path):
            continue
        root = os.path.realpath(path)
        if os.path.isdir(root):
            relative = os.path.relpath(target, root)
            walked = not relative.startswith("..") and not any(
                part.startswith(".") for part in relative.split(os.sep))
            extension = os.path.splitext(target)[1].lower()
            if walked and extension in EXTENSIONS and extension != ".jsonl":
                raise InputError(f"{output}: the report file is one of the inputs (under {path})")
        elif os.path.samefile(root, target):
            raise InputError(f"{output}: the report file is one of the inputs")
