"""The library API: audit text, files or batches and get report dicts back.

    from audit.api import audit_text, audit_paths, build_report
    doc = audit_text("A trial of 120 adults found ...", fmt="text")
    report = build_report(audit_paths(["samples/"]))

Every function returns plain dicts following schema `credaudit/1` (see the
README); nothing here prints or exits.
"""
from __future__ import annotations

from typing import Iterable, Iterator

from audit import __version__
from audit.errors import CredauditError
from audit.pipeline import Loaded, ScorerCrash, Settings

SCHEMA = "credaudit/1"


def audit_text(text: str, fmt: str = "text", source: str = "<string>", doc_id: str | None = None,
               settings: Settings | None = None) -> dict:
    from audit.decode import normalise_text
    item = Loaded(source=source, id=doc_id or source, text=normalise_text(text), format=fmt)
    return audit_loaded(item, settings or Settings())


def audit_loaded(item: Loaded, settings: Settings, *, genre_model=None) -> dict:
    """Audit one loaded document.  Input errors become the document's `error`;
    a scorer crash is raised (callers decide whether it is fatal)."""
    from audit.pipeline import build_document
    from audit.scoring import score_document
    try:
        document, claims = build_document(item, settings)
    except CredauditError as error:
        return error_document(item.source, item.id, str(error), item.format)
    model = genre_model if genre_model is not None else _default_model()
    return score_document(document, claims, settings, model)


def _default_model():
    from audit.genre_model import shipped_model
    return shipped_model()


def audit_paths(paths: list[str], settings: Settings | None = None, *, input_format: str = "auto",
                max_bytes: int | None = None, fail_fast: bool = False) -> Iterator[dict]:
    """Audit every input under `paths`, in order, yielding one document report each."""
    from audit.inputs import DEFAULT_MAX_BYTES, InputFailure, iter_inputs
    settings = settings or Settings()
    for item in iter_inputs(paths, input_format=input_format,
                            max_bytes=max_bytes or DEFAULT_MAX_BYTES):
        if isinstance(item, InputFailure):
            if fail_fast:
                raise CredauditError(item.message)
            yield error_document(item.source, item.id, item.message, "")
            continue
        try:
            yield audit_loaded(item, settings)
        except ScorerCrash as crash:
            if fail_fast:
                raise CredauditError(f"{item.source}: {crash}") from crash
            yield error_document(item.source, item.id, f"{item.source}: {crash}", item.format,
                                 scorer=crash.scorer)


def error_document(source: str, doc_id: str, message: str, fmt: str, scorer: str | None = None) -> dict:
    from audit.errors import printable
    from audit.scoring import summarise
    doc = {"source": source, "id": doc_id, "title": "", "format": fmt, "encoding": None,
           "error": printable(message), "summary": summarise([]), "sections": []}
    if scorer:
        doc["error_scorer"] = scorer
    return doc


def report_stamp() -> dict:
    """The top-level fields every report (and every JSONL line) carries."""
    return {"schema": SCHEMA, "tool": {"name": "credaudit", "version": __version__}}


def build_report(documents: Iterable[dict]) -> dict:
    """Wrap document reports into the top-level report (documents may be a lazy iterator)."""
    return {**report_stamp(), "documents": documents}
