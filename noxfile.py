"""Every test of the guide: ``uv run nox``.

* ``examples-3.X``: every snippet run on that Python, its outputs compared.
* ``site``: the site built strict, the two languages compared, lint of code and workflows.

``uv run nox -s examples -- --update-examples`` rewrites the outputs (reference Python first).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nox

sys.path.insert(0, str(Path(__file__).parent / "tests"))
from guide import PYTHONS, REFERENCE, ROOT, copy_of_tree  # noqa: E402

PAGES_REPO = ROOT / "build" / "pages-repo"
SERVE_AT = "http://127.0.0.1:8000"

nox.options.default_venv_backend = "uv"
nox.options.reuse_venv = "yes"
nox.options.sessions = ["examples", "pages", "versions", "site"]
os.environ.setdefault("UV_PYTHON_DOWNLOADS", "never")


def _expose_pyenv_pythons() -> None:
    """pyenv's shims answer to ``python3.X`` only for versions named in PYENV_VERSION."""
    pyenv = shutil.which("pyenv")
    if not pyenv:
        return
    found = subprocess.run(
        [pyenv, "versions", "--bare"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.split()
    current = (
        os.environ.get("PYENV_VERSION")
        or subprocess.run(
            [pyenv, "version-name"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
    )
    chosen = [
        v for v in current.split(":") if v
    ]  # keeps uv and nox themselves
    for minor in PYTHONS:
        patches = [
            v for v in found if re.fullmatch(rf"{re.escape(minor)}\.\d+", v)
        ]
        if patches:
            newest = max(patches, key=lambda v: int(v.rsplit(".", 1)[1]))
            chosen += [newest] if newest not in chosen else []
    os.environ["PYENV_VERSION"] = ":".join(chosen)


_expose_pyenv_pythons()


def install(session: nox.Session, *groups: str) -> None:
    """The locked versions of the named dependency groups, into the session's venv."""
    session.run_install(
        "uv",
        "sync",
        "--frozen",
        "--no-default-groups",
        *(f"--group={group}" for group in groups),
        env={"UV_PROJECT_ENVIRONMENT": session.virtualenv.location},
    )


# Reference first, so that updated older-version outputs are compared with fresh ones.
@nox.session(python=[REFERENCE, *PYTHONS[:-1]])
def examples(session: nox.Session) -> None:
    install(session, "test")
    session.run("python", "--version")
    session.run(
        "pytest",
        "tests/test_examples.py",
        "tests/test_processes.py",
        *session.posargs,
    )


def _fresh_pages_repo() -> None:
    """A temporary git repository holding the working tree, for mike to deploy into."""
    shutil.rmtree(PAGES_REPO, ignore_errors=True)
    copy_of_tree(PAGES_REPO)


# One site version per Python, each built by that Python, into build/pages-repo's
# gh-pages branch (never pushed). Serve them: see README.
@nox.session(python=[REFERENCE, *PYTHONS[:-1]])
def pages(session: nox.Session) -> None:
    install(session, "docs")
    python = session.python
    if python == REFERENCE:
        _fresh_pages_repo()
    session.chdir(PAGES_REPO)
    aliases = ["latest"] if python == REFERENCE else []
    # mike appends the version to site_url itself
    env = {"SITE_URL": f"{SERVE_AT}/", "NO_MKDOCS_2_WARNING": "1"}
    title = f"Python {python}"
    session.run(
        "mike",
        "deploy",
        "--update-aliases",
        "--title",
        title,
        python,
        *aliases,
        env=env,
    )
    if python == REFERENCE:
        session.run("mike", "set-default", "latest", env=env)


@nox.session
def versions(session: nox.Session) -> None:
    """What `pages` deployed: versions.json, aliases, switchers, outputs per version."""
    install(session, "test", "browser")
    session.run(
        "pytest",
        "tests/test_versions.py",
        "tests/test_version_selector.py",
        *session.posargs,
    )


@nox.session
def site(session: nox.Session) -> None:
    install(session, "test", "docs", "lint", "browser")
    session.run(
        "pytest",
        "tests",
        "--ignore=tests/test_examples.py",
        "--ignore=tests/test_processes.py",
        "--ignore=tests/test_versions.py",
        "--ignore=tests/test_version_selector.py",
        *session.posargs,
    )


@nox.session(name="serve-versions")
def serve_versions(session: nox.Session) -> None:
    """Serve what `pages` deployed: `uv run nox -s pages serve-versions`."""
    install(session, "docs")
    session.chdir(PAGES_REPO)
    session.run(
        "mike", "serve", "--dev-addr", SERVE_AT.removeprefix("http://")
    )
