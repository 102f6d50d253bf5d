"""The CI workflows: actionlint and zizmor find nothing in .github/workflows."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from guide.core.paths import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
WORKFLOW_FILES = sorted([*WORKFLOWS.glob("*.yml"), *WORKFLOWS.glob("*.yaml")])


def tool(name: str) -> str:
    """A binary of the lint group: beside this Python, else wherever PATH has it."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.is_file() else shutil.which(name)
    if found is None:
        pytest.fail(
            f"{name} not found: install the lint group (uv sync --group lint)"
        )
    return found


def run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True)


def report(result: subprocess.CompletedProcess) -> str:
    return f"exit code {result.returncode}\n{result.stdout}\n{result.stderr}"


def test_there_are_workflows():
    assert WORKFLOW_FILES, f"no workflow in {WORKFLOWS}"


@pytest.mark.parametrize("path", WORKFLOW_FILES, ids=lambda p: p.name)
def test_actionlint(path: Path):
    result = run(tool("actionlint"), "-no-color", str(path.relative_to(ROOT)))
    assert result.returncode == 0, report(result)


def test_zizmor():
    result = run(
        tool("zizmor"),
        "--offline",
        "--no-progress",
        "--color=never",
        str(WORKFLOWS.relative_to(ROOT)),
    )
    assert result.returncode == 0, report(result)
