"""The machinery works on the tree it runs in (guide.core.paths): a copy of the tree
reads and writes its own files, never the original's."""

from __future__ import annotations

import subprocess
import sys

from guide.core.example import Example
from guide.core.paths import ROOT
from guide.tools.tree import copy_of_tree

EXAMPLE = "snippets/cancellation/cancel_message.py"


def status(tree) -> str:
    return subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"],
        cwd=tree,
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def test_a_copy_of_the_tree_records_into_itself(tmp_path):
    copy = copy_of_tree(tmp_path / "copy")
    before = status(ROOT)
    # the copy's example loses its #> lines; recording there writes them back
    snippet = copy / EXAMPLE
    snippet.write_text(
        "".join(
            line
            for line in snippet.read_text("utf-8").splitlines(keepends=True)
            if not line.lstrip().startswith("#>")
        ),
        "utf-8",
    )
    subprocess.run(["git", "commit", "-qam", "no outputs"], cwd=copy)
    where = subprocess.run(
        [
            sys.executable,
            "-c",
            "from guide.core import paths; print(paths.ROOT)",
        ],
        cwd=copy / "docs",  # any folder inside the tree
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert where == str(copy)
    recorded = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "tests/test_examples.py",
            "--update-examples",
            "-k",
            "cancel_message",
            "-p",
            "no:cacheprovider",
            "-q",
        ],
        cwd=copy,
        capture_output=True,
        text=True,
    )
    assert recorded.returncode == 0, recorded.stdout + recorded.stderr
    assert status(copy), "nothing was recorded in the copy"
    assert status(ROOT) == before, "the original tree changed"
    assert Example(
        ROOT / EXAMPLE
    ).expected  # the original's outputs are intact
