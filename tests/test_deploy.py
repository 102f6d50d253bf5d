"""guide.tools.deploy: the root 404.html committed to gh-pages (the browser follows it in
tests/test_version_selector.py)."""

from __future__ import annotations

import subprocess

import pytest

from guide.tools import deploy


@pytest.mark.parametrize(
    ("site_url", "root"),
    [
        ("http://127.0.0.1:8000/", "/"),
        ("https://owner.github.io/guide/", "/guide/"),
        ("https://owner.github.io/guide", "/guide/"),
    ],
)
def test_the_page_knows_the_site_root(site_url, root):
    assert deploy.root_path(site_url) == root
    page = deploy.page(site_url)
    assert f'const root = "{root}";' in page
    assert f'href="{root}latest/en/"' in page


def test_the_page_loads_nothing_from_another_host():
    page = deploy.page("https://owner.github.io/guide/")
    assert "<script src" not in page and "<link" not in page


def git(repo, *args):
    return subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@localhost", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def test_it_is_committed_once_beside_what_mike_deployed(tmp_path):
    git(tmp_path, "init", "-q", "-b", "gh-pages")
    (tmp_path / "versions.json").write_text("[]")
    git(tmp_path, "add", "versions.json")
    git(tmp_path, "commit", "-qm", "mike")
    site = "https://owner.github.io/guide/"
    assert deploy.commit(tmp_path, site)
    assert git(tmp_path, "ls-tree", "--name-only", "gh-pages").split() == [
        "404.html",
        "versions.json",
    ]
    assert (
        git(tmp_path, "show", "gh-pages:404.html") == deploy.page(site).strip()
    )
    assert not deploy.commit(tmp_path, site)  # already there
    assert git(tmp_path, "rev-list", "--count", "gh-pages") == "2"
