"""Where the guide keeps its pages, snippets and stored outputs."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from guide.pythons import ROOT, version_key

SNIPPETS = ROOT / "snippets"
DOCS = ROOT / "docs"
VERSIONS = ROOT / "versions"
EXPLANATIONS = VERSIONS / "differences"
LANGUAGES = ("ko", "en")

_REQUIRES = re.compile(r"^# requires: Python (\d+)\.(\d+)\+$", re.M)
# How a page embeds an example: one line, ``{* snippets/<chapter>/<name>.py *}``.
EXAMPLE = re.compile(r"^([ \t]*)\{\* (snippets/\S+\.py) \*\}[ \t]*$", re.M)


def snippet_files() -> list[Path]:
    return sorted(
        p for p in SNIPPETS.rglob("*.py") if not p.name.startswith("_")
    )


def rel(path: Path) -> str:
    """A path as pages and data files name it: relative to the repository, with /."""
    return path.relative_to(ROOT).as_posix()


def examples_named(markdown: str) -> list[str]:
    """The examples a page embeds, in order."""
    return [m.group(2) for m in EXAMPLE.finditer(markdown)]


def running_python() -> str:
    return f"{sys.version_info.major}.{sys.version_info.minor}"


def required_python(path: Path) -> tuple[int, int]:
    """The oldest Python a snippet runs on, from a ``# requires: Python X.Y+`` line."""
    m = _REQUIRES.search(path.read_text(encoding="utf-8"))
    return (int(m.group(1)), int(m.group(2))) if m else (3, 0)


def runs_on(snippet: Path, minor: str) -> bool:
    return version_key(minor) >= required_python(snippet)


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
