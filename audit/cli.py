"""The `credaudit` command: a thin click layer over `audit.api`.

Exit codes (also in the README): 0 success / gate passed; 1 gate failed (for
`check`); 2 usage, input or configuration error, a document that could not be
audited, or any crash.  Errors are one line on stderr, never a traceback.
"""
from __future__ import annotations

import functools
import sys

import click

from audit import __version__
from audit.engine import ENGINES
from audit.errors import EXIT_ERROR, EXIT_OK, CredauditError

OUTPUT_FORMATS = ("text", "json", "jsonl", "markdown", "csv", "html")
INPUT_FORMATS = ("auto", "html", "markdown", "text", "jsonl")


def fail(message: str, code: int = EXIT_ERROR) -> None:
    click.echo(f"credaudit: error: {' '.join(str(message).split())}", err=True)
    sys.exit(code)


def guarded(command):
    """Turn every failure into a one-line message and exit code 2."""
    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except CredauditError as error:
            fail(str(error))
        except BrokenPipeError:
            sys.stderr.close()
            sys.exit(EXIT_ERROR)
        except KeyboardInterrupt:
            fail("interrupted")
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except Exception as error:  # noqa: BLE001 - the last line of defence
            fail(f"internal error: {type(error).__name__}: {error}")
    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="credaudit")
def main() -> None:
    """Audit health content for source credibility and bias.

    Splits each document into sections and claims, scores every claim on
    commercial conflicts, evidence type, sample size and hedging, and reports
    a credibility grade per claim.
    """


@main.command("audit")
@click.argument("paths", nargs=-1, required=True)
@click.option("-f", "--format", "fmt", type=click.Choice(OUTPUT_FORMATS), default=None,
              help="Report format (default: text, or `format` in the config).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write the report to FILE (atomically) instead of stdout.")
@click.option("--input-format", type=click.Choice(INPUT_FORMATS), default="auto",
              help="How to read inputs (default: by extension; stdin is sniffed).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="Config file with a [credaudit] section (default: ./setup.cfg).")
@click.option("--fail-fast", is_flag=True, help="Stop at the first document that cannot be audited.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=None,
              help="Worker processes (0: one per CPU; default 1, or `jobs` in the config). "
                   "Output is identical to a serial run.")
@click.option("--engine", type=click.Choice(ENGINES), default="auto",
              help="Where documents are audited (default: serial for one job, else processes; "
                   "dask when --scheduler is given).")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Dask scheduler address (tcp://host:8786) for --engine dask; needs "
                   "credaudit[dask].")
@click.option("--cache", "cache_dir", metavar="DIR", type=click.Path(file_okay=False), default=None,
              help="Reuse reports of unchanged documents from DIR (e.g. .credaudit-cache).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar on stderr.")
@guarded
def audit_command(paths, fmt, output, input_format, config_path, fail_fast, jobs, engine,
                  scheduler, cache_dir, quiet) -> None:
    """Audit PATHS (files, folders, '-' for stdin, .jsonl batches, URLs)."""
    from audit.runner import run_audit
    code = run_audit(list(paths), fmt=fmt, output=output, input_format=input_format,
                     config_path=config_path, fail_fast=fail_fast, jobs=jobs, engine=engine,
                     scheduler=scheduler, cache_dir=cache_dir, quiet=quiet)
    sys.exit(code)


@main.command("scorers")
@guarded
def scorers_command() -> None:
    """List the scorers with a one-line description each."""
    from scorers import ALL_SCORERS, load
    for name in ALL_SCORERS:
        module = load(name)
        click.echo(f"{name:<12} {module.SCOPE:<8} {module.SUMMARY}")
    sys.exit(EXIT_OK)


from audit import cli_ml  # noqa: E402  - model and accuracy commands (heavy imports inside)
main.add_command(cli_ml.train_command)
main.add_command(cli_ml.cv_command)
main.add_command(cli_ml.evaluate_command)

from audit.cli_check import check_command  # noqa: E402  - the CI gate (lazy imports inside)
main.add_command(check_command)
