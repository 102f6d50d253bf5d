"""Snippets are code readers copy: they must pass ruff's lint and format checks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from guide.core.example import examples, without_outputs
from guide.core.paths import ROOT

CHECKED = [
    "snippets",
    "src",
    "tests",
    "hooks",
    "benchmarks",
    "noxfile.py",
]
PYTHON_FILES = [
    *(e.snippet for e in examples()),
    *sorted((ROOT / "src").rglob("*.py")),
    *sorted((ROOT / "tests").glob("*.py")),
    *sorted((ROOT / "hooks").glob("*.py")),
    *sorted((ROOT / "benchmarks").glob("*.py")),
    ROOT / "noxfile.py",
]


def ruff(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
    )


def test_ruff_lint():
    result = ruff("check", *CHECKED)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "path", PYTHON_FILES, ids=lambda p: p.relative_to(ROOT).as_posix()
)
def test_ruff_format(path: Path):
    # ruff would turn `#>` into `# >`; the output lines are pytest-examples' to write.
    code = without_outputs(path.read_text(encoding="utf-8"))
    result = ruff("format", "--stdin-filename", str(path), "-", stdin=code)
    assert result.returncode == 0, result.stderr
    assert result.stdout == code, f"{path.name} is not ruff-formatted"
