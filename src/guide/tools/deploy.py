"""The deploy: site versions built with mike into the gh-pages branch of the git
repository in the current directory, and the site root's ``404.html``. The ``pages``
session and the docs workflow both run it::

    python -m guide.tools.deploy SITE_URL [3.X ...]   # default: every listed Python

Each version documents one Python (``GUIDE_PYTHON``) and is titled ``Python 3.X``; the
latest gets the alias ``latest``, which is the site's default. ``SITE_URL`` is the
site's root (mike appends the version to it) and must end with a slash. Nothing is
pushed.

The versions are built two at a time (a build keeps one core busy), each with
``properdocs build`` as ``mike deploy`` runs it, then committed one after another by
mike's own deploy (``mike.commands.deploy``, the code behind ``mike deploy``, given the
folder each build wrote).

A static host (GitHub Pages) answers every missing path of the site with the root's
``404.html``. mike writes only the versions, ``versions.json`` and the root
``index.html``, so this module commits that page to the gh-pages branch itself: the
latest version's own ``404.html``, in the site's theme, with links into ``latest``
(``overrides/404.html``, ``hooks/not_found.py``). A reader on a missing path is sent to
the same path in ``latest`` when it exists there (``/3.9/en/signals/``, a version not
published, goes to ``/latest/en/signals/``); under a published version, the page offers
it. Without JavaScript the page links each language's home page in ``latest``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from guide.core.pythons import LATEST, MINORS

BRANCH = "gh-pages"
NAME = "404.html"
BUILDS_AT_ONCE = 2


def _git(repo: Path, *args: str, stdin: str | None = None, env=None) -> str:
    return subprocess.run(
        ["git", *args],
        cwd=repo,
        input=stdin,
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout.strip()


def commit(repo: Path) -> bool:
    """The latest version's ``404.html`` at the root of gh-pages, as one commit; False
    when it is already there, or when latest is not deployed yet."""
    try:
        blob = _git(repo, "rev-parse", f"{BRANCH}:{LATEST}/{NAME}")
    except subprocess.CalledProcessError:
        return False
    try:
        current = _git(repo, "rev-parse", f"{BRANCH}:{NAME}")
    except subprocess.CalledProcessError:
        current = None
    if current == blob:
        return False
    index = repo / ".git" / "lost-readers-index"
    env = {**os.environ, "GIT_INDEX_FILE": str(index)}
    try:
        _git(repo, "read-tree", BRANCH, env=env)
        _git(
            repo,
            "update-index",
            "--add",
            "--cacheinfo",
            f"100644,{blob},{NAME}",
            env=env,
        )
        tree = _git(repo, "write-tree", env=env)
    finally:
        index.unlink(missing_ok=True)
    parent = _git(repo, "rev-parse", BRANCH)
    try:  # the identity git is configured with, else one of our own
        _git(repo, "var", "GIT_COMMITTER_IDENT")
        identity: list[str] = []
    except subprocess.CalledProcessError:
        identity = [
            "-c",
            "user.name=guide",
            "-c",
            "user.email=guide@localhost",
        ]
    new = _git(
        repo,
        *identity,
        "commit-tree",
        tree,
        "-p",
        parent,
        "-m",
        f"{NAME}: the latest version's, for every missing path",
    )
    _git(repo, "update-ref", f"refs/heads/{BRANCH}", new, parent)
    return True


def program(name: str) -> str:
    """A program of the environment running this module."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.is_file() else name


def build(minor: str, site_url: str, site_dir: Path) -> None:
    """The site version of Python ``minor``, built into ``site_dir`` as ``mike deploy``
    builds it (with ``MIKE_DOCS_VERSION`` set)."""
    env = {
        **os.environ,
        "SITE_URL": site_url,
        "NO_MKDOCS_2_WARNING": "1",
        "GUIDE_PYTHON": minor,
        "MIKE_DOCS_VERSION": minor,
    }
    command = [program("properdocs"), "build", "--clean", "--quiet"]
    print(f"$ GUIDE_PYTHON={minor} " + " ".join(command[1:]), flush=True)
    subprocess.run(
        [*command, "--site-dir", str(site_dir)], check=True, env=env
    )


def deploy(site_url: str, minors: list[str]) -> None:
    """Each version into gh-pages (latest first), the default, the root's 404.html."""
    from mike import commands  # the docs group's, like properdocs

    if not site_url.endswith("/"):
        raise ValueError(f"SITE_URL must end with a slash: {site_url}")
    order = sorted(minors, key=lambda m: m != LATEST)
    with tempfile.TemporaryDirectory() as tmp:
        built = {minor: Path(tmp) / minor for minor in order}
        with ThreadPoolExecutor(BUILDS_AT_ONCE) as pool:
            for done in [
                pool.submit(build, minor, site_url, folder)
                for minor, folder in built.items()
            ]:
                done.result()
        for minor, folder in built.items():
            aliases = ["latest"] if minor == LATEST else []
            print(f"mike: deploying {minor} {' '.join(aliases)}", flush=True)
            with commands.deploy(
                {"site_dir": str(folder), "use_directory_urls": True},
                minor,
                f"Python {minor}",
                aliases,
                update_aliases=True,
            ):
                pass  # built above
    if LATEST in minors:
        commands.set_default("latest")
    changed = commit(Path.cwd())
    print(f"{NAME} on {BRANCH}: {'committed' if changed else 'unchanged'}")


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    site_url, minors = argv[0], argv[1:] or list(MINORS)
    unknown = [m for m in minors if m not in MINORS]
    if unknown:
        print(f"not in pythons.toml: {unknown}", file=sys.stderr)
        return 2
    deploy(site_url, minors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
