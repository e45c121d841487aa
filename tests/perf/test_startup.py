"""Start-up hygiene: heavy libraries stay off the CLI's import path."""
from __future__ import annotations

import subprocess
import sys

HEAVY = ("sklearn", "textstat", "bs4", "numpy", "scipy", "dask", "distributed")


def loaded_after(code: str) -> set[str]:
    probe = code + ("\nimport sys\nprint('HEAVY:' + ','.join(m for m in "
                    f"{HEAVY!r} if m in sys.modules))\n")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    line = result.stdout.rsplit("HEAVY:", 1)[-1].strip()
    return {name for name in line.split(",") if name}


def test_importing_the_cli_loads_no_heavy_library():
    assert loaded_after("import audit.cli") == set()


def test_help_loads_no_heavy_library():
    code = ("import sys\nfrom audit.cli import main\nsys.argv = ['credaudit', '--help']\n"
            "try:\n    main()\nexcept SystemExit:\n    pass")
    assert loaded_after(code) == set()


def test_auditing_text_never_imports_scikit_learn_or_bs4(tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text("Walking\n\nA randomised trial of 240 adults found that daily walks lowered "
                   "pain scores by a third over twelve weeks, according to the authors. " * 3)
    code = ("import sys\nfrom audit.cli import main\n"
            f"sys.argv = ['credaudit', 'audit', {str(doc)!r}, '-f', 'json', '-o', {str(tmp_path / 'o.json')!r}]\n"
            "try:\n    main()\nexcept SystemExit as exit:\n    assert exit.code == 0, exit.code")
    loaded = loaded_after(code)
    assert not loaded & {"sklearn", "bs4", "numpy", "scipy", "dask", "distributed"}


def test_auditing_html_never_imports_scikit_learn(tmp_path):
    doc = tmp_path / "doc.html"
    doc.write_text("<html><body><h1>Sleep</h1><p>A cohort study of 900 adults linked late "
                   "screens with poorer sleep, the authors reported.</p></body></html>")
    code = ("import sys\nfrom audit.cli import main\n"
            f"sys.argv = ['credaudit', 'audit', {str(doc)!r}, '-f', 'json', '-o', {str(tmp_path / 'o.json')!r}]\n"
            "try:\n    main()\nexcept SystemExit as exit:\n    assert exit.code == 0, exit.code")
    assert "sklearn" not in loaded_after(code)
