"""An optional on-disk cache of document reports, keyed on everything that decides them.

`credaudit audit --cache .credaudit-cache docs/` re-audits only what changed:
each document's report dict is stored under a SHA-256 key of

- the document: its source name, id, format, encoding and decoded text;
- the tool: credaudit's version and a digest of the pipeline's own files
  (every ``.py`` and data file of the `audit` and `scorers` packages, which
  includes the shipped genre model), so an upgrade or a local edit
  invalidates everything;
- the settings: scorer options and limits (`audit.pipeline.Settings`), plus
  any extra text a caller folds in (`salt`).

Entries are JSON files under ``DIR/v1/<2 hex>/<key>.json``, written to a
temporary file and renamed into place, so a reader never sees half an
entry and concurrent runs may share a folder.  An entry that cannot be read,
is not valid JSON or names another key is ignored (and overwritten by the
fresh result).  The folder gets a ``.gitignore`` (``*``) and a
``CACHEDIR.TAG`` so that version control and backup tools skip it.  Nothing
is ever deleted: remove the folder to reclaim space.
"""
from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import tempfile
from functools import cache

LAYOUT = "v1"
_TAG = ("Signature: 8a477f597d28d172789f06886806bc55\n"
        "# This folder is a cache written by credaudit; it can be deleted at any time.\n")


@cache
def code_digest() -> str:
    """SHA-256 over the pipeline's source and data files (names and contents)."""
    import audit
    import scorers
    digest = hashlib.sha256()
    for package in (audit, scorers):
        root = os.path.dirname(os.path.abspath(package.__file__))
        for folder, dirs, files in os.walk(root):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__" and not d.startswith("."))
            for name in sorted(files):
                if name.endswith((".pyc", ".pyo")) or name.startswith("."):
                    continue
                path = os.path.join(folder, name)
                digest.update(os.path.relpath(path, root).encode() + b"\0")
                with open(path, "rb") as handle:
                    digest.update(hashlib.sha256(handle.read()).digest())
    return digest.hexdigest()


def settings_text(settings) -> str:
    """A stable text form of the pipeline settings: every attribute, nested options by repr."""
    if dataclasses.is_dataclass(settings) and not hasattr(settings, "__dict__"):
        value = {f.name: getattr(settings, f.name) for f in dataclasses.fields(settings)}
    else:
        value = vars(settings) if hasattr(settings, "__dict__") else settings
    return json.dumps(value, sort_keys=True, default=repr, ensure_ascii=True)


class Cache:
    """Report dicts by content key, in a folder."""

    def __init__(self, directory: str, settings, *, salt: str = ""):
        from audit import __version__
        self.directory = directory
        self.root = os.path.join(directory, LAYOUT)
        prefix = hashlib.sha256()
        for part in ("credaudit", __version__, code_digest(), settings_text(settings), salt):
            prefix.update(part.encode("utf-8") + b"\0")
        self._prefix = prefix
        self._ready = False
        self.hits = 0
        self.misses = 0

    def key(self, item) -> str:
        """The key of a `Loaded` item under this cache's tool and settings."""
        digest = self._prefix.copy()
        for part in (item.source, item.id, item.format, item.encoding):
            digest.update(str(part).encode("utf-8", "surrogatepass") + b"\0")
        digest.update(item.text.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def _path(self, key: str) -> str:
        return os.path.join(self.root, key[:2], key + ".json")

    def get(self, key: str) -> dict | None:
        try:
            with open(self._path(key), "rb") as handle:
                entry = json.loads(handle.read())
        except (OSError, ValueError):  # missing, unreadable, truncated or not JSON
            self.misses += 1
            return None
        if not isinstance(entry, dict) or entry.get("key") != key \
                or not isinstance(entry.get("document"), dict):
            self.misses += 1
            return None
        self.hits += 1
        return entry["document"]

    def put(self, key: str, document: dict) -> None:
        """Store `document` under `key` atomically; a cache that cannot be written is skipped."""
        path = self._path(key)
        try:
            self._prepare()
            os.makedirs(os.path.dirname(path), exist_ok=True)
            data = json.dumps({"key": key, "document": document}, ensure_ascii=False,
                              separators=(",", ":")).encode("utf-8", "surrogatepass")
            fd, temp = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=os.path.dirname(path))
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(data)
                os.replace(temp, path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temp)
                raise
        except OSError:
            return  # a read-only or full disk costs speed, never a result

    def _prepare(self) -> None:
        if self._ready:
            return
        os.makedirs(self.root, exist_ok=True)
        for name, text in ((".gitignore", "# written by credaudit\n*\n"), ("CACHEDIR.TAG", _TAG)):
            path = os.path.join(self.directory, name)
            if not os.path.exists(path):
                with contextlib.suppress(OSError), open(path, "w", encoding="utf-8") as handle:
                    handle.write(text)
        self._ready = True
