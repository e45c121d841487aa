"""Glue between the CLI and the library for `credaudit audit`."""
from __future__ import annotations

from audit.errors import EXIT_ERROR, EXIT_OK


def run_audit(paths: list[str], *, fmt: str | None, output: str | None, input_format: str,
              config_path: str | None, fail_fast: bool) -> int:
    from audit.api import audit_paths, build_report
    from audit.config import load_config
    from audit.output import open_output
    from audit.pipeline import Settings
    from reports import formatter

    _check_paths(paths)
    config = load_config(config_path)
    fmt = fmt or config["format"]
    settings = Settings(scorer_options=config.scorer_options, max_sections=config["max_sections"])
    failures = []

    def documents():
        for document in audit_paths(paths, settings, input_format=input_format,
                                    max_bytes=config["max_bytes"], fail_fast=fail_fast):
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
    import re

    from audit.errors import InputError
    for path in paths:
        if path != "-" and not re.match(r"^[a-z][a-z0-9+.-]*://", path, re.I) \
                and not os.path.exists(path):
            raise InputError(f"{path}: no such file or directory")
