"""`credaudit check`: the CI gate (docs/gate.md), a thin click layer over `audit.gate`.

Exit codes: 0 the gate passed; 1 it failed (findings the policy fails on);
2 an error: bad usage or config, an unreadable or binary input, a document
that could not be audited, a crashing scorer.  `--exit-zero` turns 1 into 0,
never 2.  Imports are lazy so that `credaudit --help` stays fast.
"""
from __future__ import annotations

import sys

import click

from audit.cli import INPUT_FORMATS, guarded

CHECK_FORMATS = ("text", "json", "sarif", "github")
SEVERITY_CHOICES = ("low", "medium", "high")


@click.command("check")
@click.argument("paths", nargs=-1)
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="Config file with a [credaudit] section (default: ./setup.cfg).")
@click.option("-f", "--format", "fmt", type=click.Choice(CHECK_FORMATS), default="text",
              show_default=True, help="Output: report plus verdict (text, json), SARIF 2.1.0, "
                                      "or GitHub Actions annotations.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Write the output to FILE (atomically) instead of stdout.")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False), default=None,
              help="Fail only on findings not recorded in this baseline file.")
@click.option("--write-baseline", "write_baseline_path", type=click.Path(dir_okay=False),
              default=None, help="Record the current findings in FILE and exit 0 "
                                 "(2 if a document could not be audited).")
@click.option("--exit-zero", is_flag=True, help="Exit 0 when the gate fails (errors still exit 2).")
@click.option("--show-config", is_flag=True,
              help="Print the merged policy (defaults < config file < flags) and exit.")
@click.option("--fail-on", default=None, metavar="RULES",
              help="Comma-separated rules that fail the gate (overrides `fail_on`).")
@click.option("--report", "report_rules", default=None, metavar="RULES",
              help="Comma-separated rules to report, or 'all' (overrides `report`).")
@click.option("--promotion-threshold", type=float, default=None,
              help="Promotion score from which a section is promotional (0-1).")
@click.option("--disclosure-scope", type=click.Choice(("section", "document")), default=None,
              help="Where a disclosure must be to cover a section.")
@click.option("--disclosure-after-counts/--no-disclosure-after-counts", default=None,
              help="Accept disclosures placed after the promotion.")
@click.option("--min-severity", type=click.Choice(SEVERITY_CHOICES), default=None,
              help="Ignore findings below this severity.")
@click.option("--input-format", type=click.Choice(INPUT_FORMATS), default="auto",
              help="How to read inputs (default: by extension; stdin is sniffed).")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=None,
              help="Worker processes (0: one per CPU; default: `jobs` in the config).")
@click.option("--cache", "cache_dir", metavar="DIR", type=click.Path(file_okay=False), default=None,
              help="Reuse reports of unchanged documents from DIR.")
@guarded
def check_command(paths, config_path, fmt, output, baseline_path, write_baseline_path, exit_zero,
                  show_config, fail_on, report_rules, promotion_threshold, disclosure_scope,
                  disclosure_after_counts, min_severity, input_format, jobs, cache_dir) -> None:
    """Gate PATHS: fail when promotional content is not disclosed.

    PATHS are files or folders of HTML, Markdown or text (as for `audit`).
    """
    from audit.config import load_config
    from audit.errors import EXIT_ERROR, EXIT_GATE_FAILED, EXIT_OK, CredauditError
    from audit.policy import Policy

    overrides = {"fail_on": fail_on, "report": report_rules,
                 "promotion_threshold": promotion_threshold, "disclosure_scope": disclosure_scope,
                 "disclosure_after_counts": disclosure_after_counts, "min_severity": min_severity}
    config = load_config(config_path, {k: v for k, v in overrides.items() if v is not None})
    policy = Policy.from_config(config)
    if show_config:
        click.echo(_policy_text(config, policy), nl=False)
        sys.exit(EXIT_OK)
    if not paths:
        raise CredauditError("check needs at least one PATH (file, folder or '-')")

    from audit.baseline import load_baseline, write_baseline
    from audit.gate import check_paths
    from audit.output import open_output
    from reports import formatter

    from audit.output import refuse_overwriting_inputs
    refuse_overwriting_inputs(output, list(paths))
    baseline = load_baseline(baseline_path) if baseline_path else None
    report, result = check_paths(list(paths), config, policy, input_format=input_format,
                                 jobs=jobs, cache_dir=cache_dir, baseline=baseline,
                                 baseline_file=baseline_path)
    with open_output(output) as out:
        formatter(fmt).render(report, out)
    for message in result.errors[:20]:
        click.echo(f"credaudit: error: {' '.join(message.split())}", err=True)
    if write_baseline_path:
        if result.errors:
            click.echo(f"credaudit: error: baseline not written: {len(result.errors)} document(s) "
                       f"could not be audited", err=True)
            sys.exit(EXIT_ERROR)
        entries = write_baseline(write_baseline_path, result.findings)
        click.echo(f"credaudit: wrote {entries} baseline entries to {write_baseline_path}", err=True)
        sys.exit(EXIT_OK)
    code = result.exit_code
    if code == EXIT_GATE_FAILED and exit_zero:
        code = EXIT_OK
    sys.exit(code)


def _policy_text(config, policy) -> str:
    """The merged policy as an ini section a user can paste into setup.cfg."""
    values = policy.as_dict()
    lines = [f"# credaudit check policy (defaults < {config.source} < command line)", "[credaudit]"]
    for key in ("fail_on", "report", "promotion_threshold", "disclosure_scope",
                "disclosure_after_counts", "min_severity"):
        value = values[key]
        if isinstance(value, list):
            value = ", ".join(value)
        elif isinstance(value, bool):
            value = "true" if value else "false"
        lines.append(f"{key} = {value}")
    for key in ("max_bytes", "max_sections", "jobs"):
        lines.append(f"{key} = {config[key]}")
    return "\n".join(lines) + "\n"
