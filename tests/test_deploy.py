"""guide.tools.deploy: the latest version's 404.html committed once to the root of
gh-pages (the browser follows it in tests/test_version_selector.py)."""

from __future__ import annotations

import subprocess

from guide.core.pythons import LATEST
from guide.tools import deploy


def git(repo, *args):
    return subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@localhost", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def deployed(repo, files: dict[str, str]) -> None:
    """A gh-pages branch holding ``files``, as mike leaves it."""
    for name, text in files.items():
        path = repo / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        git(repo, "add", name)
    git(repo, "commit", "-qm", "mike")


def test_latest_404_is_committed_once_beside_what_mike_deployed(tmp_path):
    git(tmp_path, "init", "-q", "-b", "gh-pages")
    page = "<!doctype html><title>404</title>\n"
    deployed(tmp_path, {"versions.json": "[]", f"{LATEST}/404.html": page})
    assert deploy.commit(tmp_path)
    assert git(tmp_path, "ls-tree", "--name-only", "gh-pages").split() == [
        LATEST,
        "404.html",
        "versions.json",
    ]
    assert git(tmp_path, "show", "gh-pages:404.html") == page.strip()
    assert not deploy.commit(tmp_path)  # already there
    assert git(tmp_path, "rev-list", "--count", "gh-pages") == "2"


def test_nothing_is_committed_before_latest_is_deployed(tmp_path):
    git(tmp_path, "init", "-q", "-b", "gh-pages")
    deployed(tmp_path, {"versions.json": "[]", "3.0/404.html": "old"})
    assert not deploy.commit(tmp_path)
    assert git(tmp_path, "rev-list", "--count", "gh-pages") == "1"
