"""Regenerate the golden JSON reports of samples/documents/ (run after an intended change).

    python tests/golden/update.py

Review the diff before committing: every changed line is a changed verdict.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SAMPLES = os.path.join(ROOT, "samples", "documents")


def golden_name(sample: str) -> str:
    return os.path.join(HERE, os.path.basename(sample) + ".json")


def render(sample: str) -> str:
    import io

    from audit.api import audit_paths, build_report
    from reports import formatter
    out = io.StringIO()
    cwd = os.getcwd()
    os.chdir(ROOT)  # sources are recorded relative to the repository
    try:
        formatter("json").render(build_report(audit_paths([os.path.relpath(sample, ROOT)])), out)
    finally:
        os.chdir(cwd)
    return out.getvalue()


def samples() -> list[str]:
    return sorted(os.path.join(SAMPLES, name) for name in os.listdir(SAMPLES)
                  if name.endswith((".html", ".md", ".txt")))


def main() -> int:
    for sample in samples():
        with open(golden_name(sample), "w", encoding="utf-8") as handle:
            handle.write(render(sample))
        json.loads(render(sample))
        print("wrote", os.path.relpath(golden_name(sample), ROOT))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, ROOT)
    sys.exit(main())
