"""A copy of the tree being worked on, in a fresh git repository: ``nox -s pages``
deploys into one, and the benchmarks measure one. Run from the copy, the machinery
reads and writes the copy's files only (``guide.core.paths``)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from guide.core.paths import ROOT


def copy_of_tree(dest: Path, source: Path = ROOT) -> Path:
    """The tree as git would commit it (tracked and untracked, not ignored), in a
    fresh git repository (``nox -s pages`` deploys into one; benchmarks too)."""
    listed = subprocess.run(
        [
            "git",
            "ls-files",
            "-z",
            "--cached",
            "--others",
            "--exclude-standard",
        ],
        cwd=source,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    for name in filter(None, (n.decode() for n in listed)):
        if (source / name).is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source / name, dest / name)
    git = ["git", "-c", "user.name=guide", "-c", "user.email=guide@localhost"]
    for args in (
        ["init", "-q", "-b", "main"],
        ["add", "-A"],
        ["commit", "-qm", "copy of the working tree"],
    ):
        subprocess.run([*git, *args], cwd=dest, check=True)
    return dest
