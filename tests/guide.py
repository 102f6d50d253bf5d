"""Where the guide keeps its snippets, and which outputs each Python version must print.

A snippet's ``#>`` lines hold what the newest supported Python prints (the reference).
Where an older Python prints something else, its own copy of the snippet, with its own
``#>`` lines, lives at ``versions/<X.Y>/snippets/...``; the code must be identical.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SNIPPETS = ROOT / "snippets"
DOCS = ROOT / "docs"
VERSIONS = ROOT / "versions"

PYTHONS = ("3.10", "3.11", "3.12", "3.13")
REFERENCE = PYTHONS[-1]

_REQUIRES = re.compile(r"^# requires: Python (\d+)\.(\d+)\+$", re.M)
_OUTPUT_LINE = re.compile(r"^[ \t]*#>.*\n", re.M)


def snippet_files() -> list[Path]:
    return sorted(
        p for p in SNIPPETS.rglob("*.py") if not p.name.startswith("_")
    )


def running_python() -> str:
    return f"{sys.version_info.major}.{sys.version_info.minor}"


def required_python(path: Path) -> tuple[int, int]:
    """The oldest Python a snippet runs on, from a ``# requires: Python X.Y+`` line."""
    m = _REQUIRES.search(path.read_text(encoding="utf-8"))
    return (int(m.group(1)), int(m.group(2))) if m else (3, 0)


def variant_path(path: Path, python: str) -> Path:
    """Where ``python``'s own outputs of a snippet are kept when they differ."""
    return VERSIONS / python / path.relative_to(ROOT)


def expected_file(path: Path, python: str) -> Path:
    """The file whose ``#>`` lines ``python`` must reproduce."""
    variant = variant_path(path, python)
    return variant if python != REFERENCE and variant.exists() else path


def without_outputs(source: str) -> str:
    return _OUTPUT_LINE.sub("", source)


def copy_of_tree(dest: Path) -> Path:
    """The working tree as git would commit it (tracked and untracked, not ignored),
    in a fresh git repository (``nox -s pages`` deploys into one; benchmarks too)."""
    listed = subprocess.run(
        [
            "git",
            "ls-files",
            "-z",
            "--cached",
            "--others",
            "--exclude-standard",
        ],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    for name in filter(None, (n.decode() for n in listed)):
        if (ROOT / name).is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, dest / name)
    git = ["git", "-c", "user.name=guide", "-c", "user.email=guide@localhost"]
    for args in (
        ["init", "-q", "-b", "main"],
        ["add", "-A"],
        ["commit", "-qm", "copy of the working tree"],
    ):
        subprocess.run([*git, *args], cwd=dest, check=True)
    return dest
