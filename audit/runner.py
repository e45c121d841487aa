"""Glue between the CLI and the library for `credaudit audit`."""
from __future__ import annotations

from audit.errors import EXIT_ERROR, EXIT_OK


def run_audit(paths: list[str], *, fmt: str | None, output: str | None, input_format: str,
              config_path: str | None, fail_fast: bool, jobs: int | None = None,
              engine: str = "auto", scheduler: str | None = None, cache_dir: str | None = None,
              quiet: bool = False) -> int:
    from audit.api import build_report
    from audit.config import load_config
    from audit.engine import EngineOptions, audit_stream, with_progress
    from audit.output import open_output
    from audit.pipeline import Settings
    from reports import formatter

    _check_paths(paths)
    from audit.output import refuse_overwriting_inputs
    refuse_overwriting_inputs(output, paths)
    config = load_config(config_path)
    fmt = fmt or config["format"]
    from audit.policy import Policy
    settings = Settings(scorer_options=config.scorer_options, max_sections=config["max_sections"],
                        disclosure=Policy.from_config(config).disclosure_options())
    failures = []
    options = EngineOptions(engine=engine, scheduler=scheduler, cache_dir=cache_dir,
                            jobs=config["jobs"] if jobs is None else jobs,
                            encode_jsonl=fmt == "jsonl")
    stream = audit_stream(paths, settings, input_format=input_format,
                          max_bytes=config["max_bytes"], fail_fast=fail_fast, options=options)
    stream = with_progress(stream, show=not quiet and _shows_progress(paths, input_format, fmt,
                                                                      output))

    def documents():
        for document in stream:
            if document["error"]:
                failures.append(document["error"])
            yield document

    renderer = formatter(fmt)
    with open_output(output) as out:
        renderer.render(build_report(documents()), out)
    if failures:
        import click
        for message in failures[:20]:
            click.echo(f"credaudit: error: {message}", err=True)
        return EXIT_ERROR
    return EXIT_OK


def _check_paths(paths: list[str]) -> None:
    import os

    from audit.errors import InputError
    from audit.inputs import is_url
    for path in paths:
        if path != "-" and not is_url(path) and not os.path.exists(path):
            raise InputError(f"{path}: no such file or directory")


def _shows_progress(paths: list[str], input_format: str, fmt: str, output: str | None) -> bool:
    """A progress bar is for batches, and never interleaves with a report streamed to a terminal."""
    import os
    import sys

    from reports import STREAMING
    batch = len(paths) > 1 or input_format == "jsonl" or any(
        p.lower().endswith(".jsonl") or os.path.isdir(p) for p in paths)
    to_terminal = output in (None, "-") and fmt in STREAMING and sys.stdout.isatty()
    return batch and not to_terminal
