"""The shipped genre model: reproducible, sklearn-free at run time, sane on short sections."""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from audit.api import audit_text
from audit.cli import main
from audit.errors import CredauditError
from audit.genre_model import MODEL_PATH, GenreModel, shipped_model
from audit.genre_rules import GENRES

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "samples" / "corpus"


def test_training_reproduces_shipped_model_byte_for_byte(tmp_path):
    """`credaudit train` on the corpus gives exactly the shipped file.

    If this fails after a change to the sectioner, the scorers or the
    corpus, retrain:  credaudit train samples/corpus -o audit/data/genre_model.json
    """
    output = tmp_path / "model.json"
    result = CliRunner().invoke(main, ["train", str(CORPUS), "-o", str(output)])
    assert result.exit_code == 0, result.output
    # compare digests: a failing comparison of two 130 KB files makes pytest's diff take minutes
    trained = hashlib.sha256(output.read_bytes()).hexdigest()
    shipped = hashlib.sha256(Path(MODEL_PATH).read_bytes()).hexdigest()
    assert trained == shipped, (
        "the shipped genre model is stale: run "
        "`credaudit train samples/corpus -o audit/data/genre_model.json`")


def test_model_json_is_well_formed():
    from audit.train import dump_model
    raw = Path(MODEL_PATH).read_text(encoding="utf-8")
    data = json.loads(raw)
    assert hashlib.sha256(raw.encode()).digest() == hashlib.sha256(dump_model(data).encode()).digest()  # canonical layout: sorted keys, one weight row per line
    assert data["format"] == "credaudit-genre/1"
    assert data["classes"] == list(GENRES)
    assert len(data["intercepts"]) == len(GENRES)
    assert all(len(row) == len(GENRES) for row in data["weights"].values())
    assert 0.05 <= data["calibration"]["temperature"] <= 20
    training = data["training"]
    assert training["sections"] >= 100 and training["documents"] >= 10
    assert 0 < training["cv"]["macro_f1"] <= 1
    assert "pickle" not in raw


def test_shipped_model_loads_once():
    model = shipped_model()
    assert isinstance(model, GenreModel)
    assert shipped_model() is model


def test_pipeline_never_imports_sklearn():
    code = ("import sys\n"
            "from audit.api import audit_text\n"
            "doc = audit_text('A trial of 120 adults found that the drug lowered blood pressure.')\n"
            "from audit.genre_model import shipped_model\n"
            "assert shipped_model() is not None\n"
            "print('sklearn' in sys.modules, 'scipy' in sys.modules, doc['sections'][0]['genre'])\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=str(ROOT), check=True)
    imported_sklearn, imported_scipy, genre = out.stdout.split()
    assert imported_sklearn == "False" and imported_scipy == "False"
    assert genre in GENRES


def test_probabilities_form_a_distribution():
    from audit.model import Section
    model = shipped_model()
    section = Section(id="s1", heading="", level=0, start=0, end=10, line=1)
    text = "Our clinic offers the best laser treatment in town. Book today!"
    probabilities = model.probabilities(section, text, {})
    assert list(probabilities) == list(GENRES)
    assert sum(probabilities.values()) == pytest.approx(1.0)
    genre, confidence = model.predict(section, text, {})
    assert confidence == max(probabilities.values()) == probabilities[genre]
    doc = audit_text(text)
    assert 0 < doc["sections"][0]["genre_confidence"] <= 1


def test_feature_version_mismatch_is_refused():
    data = json.loads(Path(MODEL_PATH).read_text(encoding="utf-8"))
    data["features"]["version"] = -1
    with pytest.raises(ValueError):
        GenreModel(data)


def _genre(text: str, fmt: str = "text") -> str:
    doc = audit_text(text, fmt=fmt)
    assert doc["error"] is None and doc["sections"]
    return max(doc["sections"], key=lambda s: s["end"] - s["start"])["genre"]


SHORT_SECTIONS = [
    # boilerplate: one-liners and page furniture
    ("text", "Share this on Facebook", "boilerplate"),
    ("text", "Share this article: Facebook · Twitter · Email", "boilerplate"),
    ("text", "© 2023 Wellness Group. All rights reserved. Privacy policy | Terms of use",
     "boilerplate"),
    ("text", "We use cookies to give you the best experience. By continuing you accept our "
     "cookie policy.", "boilerplate"),
    ("markdown", "## Share this post\n\n[Facebook](https://f.example) · "
     "[Twitter](https://t.example)", "boilerplate"),
    # marketing: keyword-stuffed header lines and sales copy
    ("text", "Back Pain Doctor Austin TX | Best Chiropractor NEAR ME | Same Day Appointments",
     "marketing"),
    ("text", "Sciatica Relief | NEAR ME | Call (512) 555-0199 Today", "marketing"),
    ("text", "Our award-winning clinic offers the most advanced laser treatment in the city. "
     "Book your free consultation today and get 20% off your first session!", "marketing"),
    ("text", "Try our new ImmunoMax gummies, packed with vitamin C and zinc. Order now for free "
     "shipping!", "marketing"),
    # guideline
    ("text", "Adults with persistent asthma should be offered a low-dose inhaled corticosteroid "
     "as first-line maintenance treatment (strong recommendation, moderate-certainty evidence).",
     "guideline"),
    ("markdown", "## Recommendations\n\nOffer a statin to adults aged 40 to 75 with a 10-year "
     "cardiovascular risk of 10% or more. Do not routinely offer aspirin for primary prevention.",
     "guideline"),
    # research
    ("text", "Methods: We randomised 240 adults with chronic low back pain to yoga or usual "
     "care. Results: At 12 weeks, pain scores fell by 1.2 points more with yoga (95% CI 0.6 to "
     "1.8; p<0.001).", "research"),
    # news
    ("text", "A new study published on Tuesday suggests that walking after meals may lower "
     "blood sugar, researchers said. The team followed 3,000 adults for five years, according "
     "to the report.", "news"),
    # anecdote
    ("text", "I was diagnosed with plantar fasciitis last spring and honestly the stretches my "
     "physio gave me did nothing for weeks. Then I tried night splints and my mornings got so "
     "much better.", "anecdote"),
    ("text", "Posted by runnergirl22\n\nI had the same pain for months. My GP told me to rest "
     "but what fixed it for me was new shoes.", "anecdote"),
    # other: plain explanatory text
    ("text", "Tinnitus is a ringing or buzzing in the ears that other people cannot hear. It is "
     "common and usually not a sign of anything serious.", "other"),
]


@pytest.mark.parametrize("fmt,text,expected", SHORT_SECTIONS,
                         ids=[f"{e}-{i}" for i, (_, _, e) in enumerate(SHORT_SECTIONS)])
def test_short_sections(fmt, text, expected):
    assert _genre(text, fmt) == expected


def test_document_summary_shares_claims_by_genre():
    text = ("# Heart health clinic\n\n"
            "Our cardiologists offer same-day appointments. Book your heart check today and save "
            "15%!\n\n"
            "## What the guideline says\n\n"
            "Adults over 40 should have their blood pressure checked at least every five years. "
            "People with readings above 140/90 mmHg should be offered ambulatory monitoring.\n\n"
            "## My experience\n\n"
            "I ignored my headaches for years. My wife made me get checked and my pressure was "
            "sky high.\n")
    doc = audit_text(text, fmt="markdown")
    summary = doc["summary"]
    counts: dict[str, int] = {}
    for section in doc["sections"]:
        if section["claims"]:
            counts[section["genre"]] = counts.get(section["genre"], 0) + len(section["claims"])
    assert summary["genres"] == {g: counts[g] for g in GENRES if g in counts}
    assert sum(summary["genres"].values()) == summary["claims"]
    assert sum(summary["genre_share"].values()) == pytest.approx(1.0, abs=0.01)


_LOGITS = """
import json, sys
from audit.genre_model import shipped_model
from audit.features import section_features
from audit.pipeline import Loaded, Settings, build_document
text = open(sys.argv[1], encoding="utf-8").read()
document, _ = build_document(Loaded(source="d", id="d", text=text, format="markdown"), Settings())
model = shipped_model()
for section in document.sections:
    body = document.text[section.start:section.end]
    features = section_features(section, body, {}, model.spec)
    print(list(features), [repr(v) for v in model.scores(features)])
"""


def test_genre_logits_do_not_depend_on_the_hash_seed(tmp_path):
    """Features are summed in a fixed order, so every bit of every logit is the same in any process."""
    doc = tmp_path / "doc.md"
    doc.write_text(
        "# Walking and blood pressure\n\nA randomised trial of 300 adults found that a daily walk "
        "lowered systolic blood pressure by 4 mmHg, the authors reported.\n\n## Book today\n\n"
        "Call our clinic now for a free consultation! Limited offer, £49 only.\n", encoding="utf-8")
    runs = set()
    for seed in ("0", "1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", _LOGITS, str(doc)], capture_output=True,
                              text=True, env=env, cwd=Path(__file__).resolve().parents[2])
        assert done.returncode == 0, done.stderr
        runs.add(done.stdout)
    assert len(runs) == 1 and "h:" in runs.pop()


# ---------------------------------------------------------------- corpus join

def _corpus(tmp_path, labels):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text(
        "# Clinic news\n\nOur clinic is open late on Thursdays. Book online today.\n\n"
        "## What the research says\n\nA trial of 200 adults found fewer migraines with the "
        "new drug.\n", encoding="utf-8")
    (tmp_path / "labels.jsonl").write_text("".join(json.dumps(l) + "\n" for l in labels),
                                           encoding="utf-8")
    return str(tmp_path)


def test_unmatched_labels_are_listed(tmp_path):
    from audit.train import load_corpus
    data = _corpus(tmp_path, [
        {"doc": "docs/a.md", "match": "Our clinic is open late", "genre": "marketing"},
        {"doc": "docs/a.md", "match": "words that are not there", "genre": "news"},
        {"doc": "docs/missing.md", "match": "anything at all here", "genre": "news"},
    ])
    with pytest.raises(CredauditError) as caught:
        load_corpus(data)
    message = str(caught.value)
    assert "words that are not there" in message and "missing.md" in message
    assert "Our clinic is open late" not in message


def test_labels_join_to_heading_or_first_sentence(tmp_path):
    from audit.train import load_corpus
    data = _corpus(tmp_path, [
        {"doc": "docs/a.md", "match": "Clinic news", "genre": "marketing"},
        {"doc": "docs/a.md", "match": "A trial of 200 adults", "genre": "research"},
    ])
    records = load_corpus(data)
    assert [(r.section_id, r.genre) for r in records] == [("s1", "marketing"), ("s2", "research")]


def test_train_errors_exit_2(tmp_path):
    out = CliRunner().invoke(main, ["train", str(tmp_path / "nowhere"), "-o",
                                    str(tmp_path / "m.json")])
    assert out.exit_code == 2 and "labels.jsonl" in out.output
    assert not os.path.exists(tmp_path / "m.json")


def test_grouped_folds_keep_documents_together():
    from audit.train import LabelledSection, grouped_folds
    records = [LabelledSection(doc=f"d{n % 7}", section_id=f"s{n}", heading="", genre="news",
                               features={}) for n in range(40)]
    folds = grouped_folds(records, 5)
    assert len(folds) == 5
    assert sorted(i for fold in folds for i in fold) == list(range(40))
    for fold in folds:
        inside = {records[i].doc for i in fold}
        outside = {r.doc for i, r in enumerate(records) if i not in fold}
        assert not inside & outside
    assert folds == grouped_folds(list(records), 5)  # deterministic


def test_cv_command_reports_grouped_figures():
    out = CliRunner().invoke(main, ["cv", str(CORPUS), "--format", "json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["folds"] == 5 and data["documents"] >= 10
    assert set(data["labels"]) <= set(GENRES)
    assert 0.5 < data["macro_f1"] <= 1.0
