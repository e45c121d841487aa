"""Train the section genre model from a labelled corpus and write it as JSON.

    credaudit train samples/corpus -o audit/data/genre_model.json
    credaudit cv samples/corpus

The corpus is a folder with ``docs/`` (HTML, Markdown, plain text) and
``labels.jsonl``, one line per section::

    {"doc": "docs/h01_news.html", "match": "text in the heading or first sentence", "genre": "news"}

Each document goes through the real pipeline (`build_document` and the claim
scorers), so the model is trained on exactly the sections, text and cue rates
it sees at run time.  A label is joined to the one section whose heading or
first sentence contains ``match`` (whitespace and case folded); a label that
matches no section, or more than one, is an error, as are two labels on one
section.  Sections without a label are skipped.

Training is deterministic: documents are read in sorted order, features have
a fixed order, scikit-learn's solver has no randomness (newton-cg, run to a
1e-10 tolerance on one BLAS thread), folds are grouped by document with
GroupKFold's balancing and a name-based tie-break (`grouped_folds`), and
the JSON is written with sorted keys and floats rounded to 4 decimals.  The same corpus, scorers and library versions give the same
bytes.  Calibration is temperature scaling fitted on out-of-fold scores.

scikit-learn is imported only inside the functions that fit models.
"""
from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass

from audit.errors import CredauditError
from audit.features import DEFAULT_SPEC, FEATURE_VERSION, section_features
from audit.genre_rules import GENRES, rule_genre

MODEL_FORMAT = "credaudit-genre/1"
C = 1.0  # inverse L2 strength, chosen once by grouped CV (see docs/genre.md)
MAX_ITER = 1000
TOL = 1e-10
DIGITS = 4  # decimals kept in the JSON
FOLDS = 5


@dataclass(frozen=True)
class LabelledSection:
    doc: str
    section_id: str
    heading: str
    genre: str
    features: dict


class _Recorder:
    """A stand-in genre model that records what the pipeline would give the real one."""

    def __init__(self):
        self.seen = []

    def predict(self, section, text, cues):
        self.seen.append((section, text, dict(cues)))
        return rule_genre(cues)


def _norm(text: str) -> str:
    """Fold case, quotes, white space and Markdown emphasis marks (`_`, `*`)."""
    text = text.replace("’", "'").replace("_", "").replace("*", "")
    return " ".join(text.split()).casefold()


def first_sentence(body: str) -> str:
    from audit.claims import split_sentences
    block = next((b for b in body.split("\n\n") if b.strip()), "")
    for start, end, _ in split_sentences(block):
        return block[start:end]
    return block


def _match_key(section, text: str) -> tuple[str, int]:
    """(heading + opening text, folded; where the first sentence ends in it).

    A label matches a section when `match` starts inside the heading or the
    first sentence (it may run on past the end of either, as when an
    aria-label heading is followed by its first line)."""
    from audit.features import body_of
    heading = section.heading or ""
    body = body_of(heading, text)
    head = _norm(heading + " " + first_sentence(body))
    return _norm(heading + " " + body[:1000]), len(head)


def read_labels(data_dir: str) -> list[dict]:
    path = os.path.join(data_dir, "labels.jsonl")
    if not os.path.isfile(path):
        raise CredauditError(f"{data_dir}: no labels.jsonl (expected a corpus folder)")
    labels = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as error:
                raise CredauditError(f"{path}:{number}: invalid JSON ({error.msg})") from None
            if not isinstance(record, dict) or not all(
                    isinstance(record.get(k), str) for k in ("doc", "match", "genre")):
                raise CredauditError(f"{path}:{number}: needs string fields doc, match, genre")
            if record["genre"] not in GENRES:
                raise CredauditError(f"{path}:{number}: unknown genre {record['genre']!r}")
            labels.append({"doc": record["doc"], "match": record["match"],
                           "genre": record["genre"], "line": number})
    if not labels:
        raise CredauditError(f"{path}: no labels")
    return labels


def document_sections(path: str, settings=None) -> list[tuple]:
    """(section, text, cues) for every section of one file, as the pipeline computes them.

    `cues` is None for a section whose genre the pipeline settles without
    asking the model (page furniture the sectioner already recognised): such
    a section can carry a label, but it is not a training example."""
    from audit.inputs import DEFAULT_MAX_BYTES, format_for, load_file
    from audit.pipeline import Settings, build_document
    from audit.scoring import score_document
    settings = settings or Settings()
    fmt = format_for(path)
    item = load_file(path, "sniff" if fmt == "jsonl" else fmt, DEFAULT_MAX_BYTES)
    document, claims = build_document(item, settings)
    recorder = _Recorder()
    score_document(document, claims, settings, recorder)
    asked = {section.id: (section, text, cues) for section, text, cues in recorder.seen}
    return [asked.get(section.id) or (section, document.text[section.start:section.end], None)
            for section in document.sections]


def load_corpus(data_dir: str, spec: dict | None = None, *, strict: bool = True
                ) -> list[LabelledSection]:
    """Join the labels to the pipeline's sections; raise listing every label that fails
    (with strict=False the labels that fail are left out instead)."""
    spec = spec or DEFAULT_SPEC
    labels = read_labels(data_dir)
    by_doc: dict[str, list[dict]] = {}
    for label in labels:
        by_doc.setdefault(label["doc"], []).append(label)
    problems: list[str] = []
    records: list[LabelledSection] = []
    for doc in sorted(by_doc):
        path = os.path.join(data_dir, doc)
        if not os.path.isfile(path):
            problems.append(f"{doc}: no such document")
            continue
        seen = document_sections(path)
        keys = [_match_key(section, text) for section, text, _ in seen]
        owner: dict[int, dict] = {}
        for label in by_doc[doc]:
            needle = _norm(label["match"])
            hits = [i for i, (haystack, limit) in enumerate(keys)
                    if needle and -1 < haystack.find(needle) < limit]
            where = f"labels.jsonl:{label['line']}: {doc}: {label['match']!r}"
            if not hits:
                problems.append(f"{where} matches no section heading or first sentence")
            elif len(hits) > 1:
                problems.append(f"{where} matches {len(hits)} sections "
                                f"({', '.join(seen[i][0].id for i in hits)})")
            elif hits[0] in owner and owner[hits[0]]["genre"] != label["genre"]:
                problems.append(f"{where} labels section {seen[hits[0]][0].id} already labelled "
                                f"by line {owner[hits[0]]['line']}")
            else:
                owner.setdefault(hits[0], label)
        for index in sorted(owner):
            section, text, cues = seen[index]
            if cues is None:
                continue
            records.append(LabelledSection(
                doc=doc, section_id=section.id, heading=section.heading, genre=owner[index]["genre"],
                features=section_features(section, text, cues, spec)))
    if problems and strict:
        raise CredauditError(f"{len(problems)} corpus label(s) do not fit the sectioner: "
                             + "; ".join(problems))
    return records


# ---------------------------------------------------------------- fitting

def _feature_index(records: list[LabelledSection]) -> list[str]:
    from audit.features import dense_names
    hashed = sorted({k for r in records for k in r.features if k.startswith("h:")},
                    key=lambda k: int(k[2:]))
    return list(dense_names()) + hashed


def _matrix(records, columns):
    """Dense float64 matrix (small corpora; dense BLAS on one thread is fast and repeatable)."""
    import numpy as np
    position = {name: i for i, name in enumerate(columns)}
    matrix = np.zeros((len(records), len(columns)), dtype=np.float64)
    for row, record in enumerate(records):
        for name, value in record.features.items():
            if name in position:
                matrix[row, position[name]] = value
    return matrix


def _labels_present(records) -> list[str]:
    present = {r.genre for r in records}
    return [g for g in GENRES if g in present]


def _fit(records, columns, classes, c: float = C):
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits
    x = _matrix(records, columns)
    y = np.array([classes.index(r.genre) for r in records])
    # class weights computed here (not "balanced") so they cover folds missing a class
    counts = np.bincount(y, minlength=len(classes)).astype(np.float64)
    weights = {i: len(y) / (len(classes) * counts[i]) for i in range(len(classes)) if counts[i]}
    # newton-cg converges to ~1e-14 here (lbfgs stops ~1e-6 short of the optimum), so
    # the rounded coefficients do not depend on the row order or the BLAS build
    model = LogisticRegression(C=c, class_weight=weights, solver="newton-cg",
                               max_iter=MAX_ITER, tol=TOL)
    with threadpool_limits(limits=1):  # one BLAS thread: no contention, same sums every run
        model.fit(x, y)
    return model


def _scores(model, records, columns, classes):
    """Decision scores per class in `classes` order (a fold may miss a class: -inf)."""
    import numpy as np
    from threadpoolctl import threadpool_limits
    with threadpool_limits(limits=1):
        raw = model.decision_function(_matrix(records, columns))
    if raw.ndim == 1:  # two classes only
        raw = np.stack([-raw / 2, raw / 2], axis=1)
    out = np.full((len(records), len(classes)), -np.inf)
    for j, label in enumerate(model.classes_):
        out[:, int(label)] = raw[:, j]
    return out


def grouped_folds(records, folds: int = FOLDS) -> list[list[int]]:
    """Record indices of each test fold; all sections of a document fall in one fold.

    The balancing is GroupKFold's (largest document first, into the fold with
    the fewest sections so far), with ties broken by document name and fold
    number, so the split never depends on a sort implementation.
    """
    sizes: dict[str, int] = {}
    for record in records:
        sizes[record.doc] = sizes.get(record.doc, 0) + 1
    if len(sizes) < 2:
        raise CredauditError("cross-validation needs sections from at least two documents")
    count = min(folds, len(sizes))
    load = [0] * count
    fold_of: dict[str, int] = {}
    for doc in sorted(sizes, key=lambda d: (-sizes[d], d)):
        target = min(range(count), key=lambda k: (load[k], k))
        fold_of[doc] = target
        load[target] += sizes[doc]
    return [[i for i, r in enumerate(records) if fold_of[r.doc] == k] for k in range(count)]


def out_of_fold(records, classes, c: float = C, folds: int = FOLDS):
    """Grouped CV (GroupKFold-style, by document): out-of-fold scores for every record."""
    import numpy as np
    scores = np.zeros((len(records), len(classes)))
    for test_idx in grouped_folds(records, folds):
        held = set(test_idx)
        train = [r for i, r in enumerate(records) if i not in held]
        test = [records[i] for i in test_idx]
        columns = _feature_index(train)
        model = _fit(train, columns, classes, c)
        scores[test_idx] = _scores(model, test, columns, classes)
    return scores


def softmax(row, temperature: float = 1.0) -> list[float]:
    finite = [v for v in row if v != -math.inf]
    top = max(finite)
    exps = [math.exp((v - top) / temperature) if v != -math.inf else 0.0 for v in row]
    total = sum(exps)
    return [e / total for e in exps]


def fit_temperature(scores, gold: list[int]) -> float:
    """Temperature minimising the negative log-likelihood of out-of-fold scores."""
    def nll(t: float) -> float:
        return -sum(math.log(max(1e-12, softmax(row, t)[g])) for row, g in zip(scores, gold))

    lo, hi = math.log(0.05), math.log(20.0)
    for _ in range(60):  # golden-section search on log T
        a = hi - (hi - lo) * 0.618033988749895
        b = lo + (hi - lo) * 0.618033988749895
        if nll(math.exp(a)) <= nll(math.exp(b)):
            hi = b
        else:
            lo = a
    return round(math.exp((lo + hi) / 2), 4)


def cv_report(records, classes=None, c: float = C, folds: int = FOLDS) -> dict:
    """Grouped-CV metrics (never on training data): macro-F1, per-label P/R/F1, confusion."""
    from audit.evaluate import metrics
    classes = classes or _labels_present(records)
    scores = out_of_fold(records, classes, c, folds)
    predicted = [classes[max(range(len(classes)), key=lambda k: row[k])] for row in scores]
    report = metrics([r.genre for r in records], predicted, labels=classes)
    report["sections"] = len(records)
    report["documents"] = len({r.doc for r in records})
    report["folds"] = len(grouped_folds(records, folds))
    return report, scores


def _round(value: float) -> float:
    rounded = round(float(value), DIGITS)
    return 0.0 if rounded == 0 else rounded


def train_model(data_dir: str, *, spec: dict | None = None, c: float = C,
                records: list[LabelledSection] | None = None) -> dict:
    """Fit on the whole corpus; return the model as a JSON-ready dict."""
    import numpy as np
    spec = dict(spec or DEFAULT_SPEC)
    if records is None:
        records = load_corpus(data_dir, spec)
    classes = _labels_present(records)
    report, scores = cv_report(records, classes, c)
    gold = [classes.index(r.genre) for r in records]
    temperature = fit_temperature(scores.tolist(), gold)
    columns = _feature_index(records)
    model = _fit(records, columns, classes, c)
    weights = {}
    coef = np.atleast_2d(model.coef_)
    for j, name in enumerate(columns):
        row = [_round(coef[k, j]) for k in range(len(classes))]
        if any(row):
            weights[name] = row
    counts = {g: sum(1 for r in records if r.genre == g) for g in classes}
    return {
        "format": MODEL_FORMAT,
        "classes": classes,
        "intercepts": [_round(v) for v in np.atleast_1d(model.intercept_)],
        "weights": weights,
        "calibration": {"method": "temperature", "temperature": temperature,
                        "fitted_on": "out-of-fold scores, grouped CV by document"},
        "features": {**spec, "version": FEATURE_VERSION},
        "training": {
            "corpus": os.path.basename(os.path.normpath(data_dir)),
            "sections": len(records), "documents": report["documents"],
            "per_genre": counts,
            "model": "LogisticRegression (multinomial, L2, newton-cg)", "C": c,
            "class_weight": "n / (classes * count)",
            "corpus_sha256": corpus_digest(data_dir, records),
            "cv": {"method": "grouped k-fold by document (GroupKFold balancing)",
                   "folds": report["folds"],
                   "macro_f1": _round(report["macro_f1"]),
                   "f1": {g: _round(report["labels"][g]["f1"]) for g in classes}},
        },
    }


def corpus_digest(data_dir: str, records: list[LabelledSection]) -> str:
    """SHA-256 over labels.jsonl and the labelled documents (sorted): names the training data."""
    import hashlib
    digest = hashlib.sha256()
    for name in ["labels.jsonl"] + sorted({r.doc for r in records}):
        with open(os.path.join(data_dir, name), "rb") as handle:
            data = handle.read()
        digest.update(f"{name}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def dump_model(model: dict) -> str:
    """Sorted keys, one top-level key per line and one weight row per line (diffable)."""
    def dumps(value) -> str:
        return json.dumps(value, sort_keys=True, ensure_ascii=True)

    lines = []
    for key in sorted(model):
        if key == "weights":
            rows = [f"  {dumps(name)}: {dumps(model[key][name])}" for name in sorted(model[key])]
            lines.append(f"{dumps(key)}: {{\n" + ",\n".join(rows) + "\n }")
        else:
            lines.append(f"{dumps(key)}: {dumps(model[key])}")
    return "{\n " + ",\n ".join(lines) + "\n}\n"


def write_model(model: dict, output: str) -> None:
    """Write atomically (temp file + rename) so a failed run never leaves half a model."""
    text = dump_model(model)
    folder = os.path.dirname(os.path.abspath(output))
    os.makedirs(folder, exist_ok=True)
    temp = os.path.join(folder, f".{os.path.basename(output)}.{os.getpid()}.tmp")
    with open(temp, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    os.replace(temp, output)
