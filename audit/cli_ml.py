"""`credaudit train`, `credaudit cv` and `credaudit evaluate`: the model and accuracy commands.

Registered on the main group at the bottom of `audit/cli.py`.  Library code
lives in `audit/train.py` and `audit/evaluate.py`; scikit-learn is imported
only by `train` and `cv`, never by `evaluate` or `audit`.
"""
from __future__ import annotations

import sys

import click

from audit.cli import guarded
from audit.errors import EXIT_OK

TASKS = ("genre", "evidence", "sample_size", "commercial", "hedging", "booster", "claim_strength")


@click.command("train")
@click.argument("data")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="Where to write the model JSON (the shipped one is audit/data/genre_model.json).")
@guarded
def train_command(data, output) -> None:
    """Train the section genre model from the corpus folder DATA (docs/ + labels.jsonl).

    Same corpus, scorers and library versions give the same bytes; the
    grouped cross-validation figures are printed and stored in the model.
    """
    from audit.train import train_model, write_model
    model = train_model(data)
    write_model(model, output)
    info = model["training"]
    click.echo(f"wrote {output}: {info['sections']} sections from {info['documents']} documents, "
               f"{len(model['weights'])} weights; grouped-CV macro-F1 {info['cv']['macro_f1']:.3f} "
               f"({info['cv']['folds']} folds)", err=True)
    sys.exit(EXIT_OK)


@click.command("cv")
@click.argument("data")
@click.option("--folds", type=click.IntRange(2, 50), default=5, show_default=True,
              help="Number of folds (a document never straddles two folds).")
@click.option("-f", "--format", "fmt", type=click.Choice(("text", "json")), default="text")
@guarded
def cv_command(data, folds, fmt) -> None:
    """Grouped cross-validation of the genre model on the corpus folder DATA.

    Sections of one document are always on the same side of a split, so the
    figures estimate accuracy on unseen pages, never on training data.
    """
    from audit.evaluate import as_json, as_text
    from audit.train import cv_report, load_corpus
    report, _ = cv_report(load_corpus(data), folds=folds)
    report = {"task": "genre (grouped CV)", **report}
    click.echo(as_json(report) if fmt == "json" else as_text(report))
    sys.exit(EXIT_OK)


@click.command("evaluate")
@click.argument("labelled")
@click.option("--task", required=True, type=click.Choice(TASKS),
              help="Which output to score against the file's labels.")
@click.option("--split", type=click.Choice(("dev", "heldout", "all")), default="all",
              show_default=True, help="Use only items whose 'split' is this.")
@click.option("-f", "--format", "fmt", type=click.Choice(("text", "json")), default="text")
@guarded
def evaluate_command(labelled, task, split, fmt) -> None:
    """Score credaudit on LABELLED.jsonl: per-label P/R/F1, macro-F1 and confusion matrix.

    One item per line: {"text" | "html" | "markdown": ..., "label": ...,
    "split": "dev" | "heldout" (optional)}; other keys are ignored.  See
    docs/genre.md for the labels of each task.
    """
    from audit.evaluate import as_json, as_text, evaluate
    result = evaluate(labelled, task, split)
    click.echo(as_json(result) if fmt == "json" else as_text(result))
    sys.exit(EXIT_OK)
