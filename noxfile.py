"""Every test of the guide: ``uv run nox``. The Pythons come from pythons.toml.

* ``examples``: every example run on each listed Python (``examples-3.X``, the latest
  first: it records the outputs the others are compared with), on that exact release.
* ``pages``: every site version, built by one toolchain and deployed with mike into
  build/pages-repo (``guide.tools.deploy``); ``versions`` checks that deployment.
* ``site``: the site built strict, the two languages compared, lint of code and workflows.
* ``refresh``: record every Python's outputs again (after adding or removing a Python).

Importing this file does nothing but define the sessions: interpreters are looked for,
and environments made, when a session runs.
"""

from __future__ import annotations

import re
import shutil

import nox

from guide.core import notebook
from guide.core.ci import on_ci
from guide.core.example import owner, stored_files
from guide.core.paths import ROOT, VERSIONS, rel
from guide.core.pythons import LATEST, MINORS, interpreter, wrong_release
from guide.tools.tree import copy_of_tree

PAGES_REPO = ROOT / "build" / "pages-repo"
SERVE_AT = "http://127.0.0.1:8000"
# The latest Python first: it records the outputs the others are compared with.
EXAMPLE_PYTHONS = [LATEST, *(m for m in MINORS if m != LATEST)]
# (the notebook pages too: their outputs are recorded per Python like the examples')
EXAMPLE_TESTS = [
    "tests/test_examples.py",
    "tests/test_processes.py",
    "tests/test_notebooks.py",
]
# pytest-xdist workers: process examples mostly wait (for a signal's effect, a
# timeout, a drain), so six share two cores well (27 s a Python, against 31 s with
# four and 28 s with eight, measured on two cores); the site's files are split between two,
# each file on one worker (the browser tests share one built site and one Chromium).
EXAMPLE_WORKERS = ["-n", "6"]
FILE_WORKERS = ["-n", "2", "--dist", "loadfile"]
# every session's own tests
SITE_TESTS = [
    "tests",
    *(f"--ignore={t}" for t in EXAMPLE_TESTS),
    "--ignore=tests/test_versions.py",
    "--ignore=tests/test_version_selector.py",
]

nox.options.default_venv_backend = "uv"
nox.options.reuse_venv = "yes"
nox.options.sessions = [
    *(f"examples-{m}" for m in EXAMPLE_PYTHONS),
    "versions",
    "site",
]


def sync(session: nox.Session, env: str, *groups: str, python=None) -> None:
    """The project and the locked versions of the named dependency groups, into the
    environment ``env`` (made again by uv when its interpreter is not ``python``)."""
    session.run_install(
        "uv",
        "sync",
        "--frozen",
        "--no-default-groups",
        *(f"--group={group}" for group in groups),
        *(["--python", python] if python else []),
        env={"UV_PROJECT_ENVIRONMENT": env, "UV_PYTHON_DOWNLOADS": "never"},
        external=True,
    )


def install(session: nox.Session, *groups: str) -> None:
    sync(session, session.virtualenv.location, *groups)


@nox.session(python=False)
def examples(session: nox.Session) -> None:
    """Every examples-3.X session, the latest first (arguments are passed on)."""
    for minor in EXAMPLE_PYTHONS:
        session.notify(f"examples-{minor}", posargs=session.posargs)


def examples_on(session: nox.Session, minor: str) -> None:
    """The examples on ``minor``'s listed release, in an environment of its own."""
    python, release = interpreter(minor)
    if python is None:
        message = f"no Python {minor} found (pyenv, or python{minor} on PATH)"
        if on_ci():
            session.error(message)
        session.skip(message)
    problem = wrong_release(minor, release)
    if problem and on_ci():
        session.error(problem)
    if problem:
        session.warn(problem + ": transcripts may differ")
    session.log(f"Python {release}: {python}")
    env = ROOT / ".nox" / f"examples-{minor.replace('.', '-')}"
    config = env / "pyvenv.cfg"
    if (
        config.exists()
        and f"version_info = {release}" not in config.read_text()
    ):
        shutil.rmtree(env)  # made by another release of the same minor version
    sync(session, str(env), "test", python=python)
    session.run(
        str(env / "bin" / "pytest"),
        *EXAMPLE_TESTS,
        *EXAMPLE_WORKERS,
        *session.posargs,
        external=True,
    )


for _minor in EXAMPLE_PYTHONS:
    nox.session(
        python=False,
        name=f"examples-{_minor}",
        tags=["examples"],
    )(lambda session, minor=_minor: examples_on(session, minor))


@nox.session(python=False)
def refresh(session: nox.Session) -> None:
    """Outputs recorded again on every listed Python; nothing kept for unlisted ones."""
    for folder in sorted(p for p in VERSIONS.iterdir() if p.is_dir()):
        if re.fullmatch(r"\d+\.\d+", folder.name) and (
            folder.name not in MINORS or folder.name == LATEST
        ):
            session.log(f"removing {rel(folder)}: no outputs kept for it")
            shutil.rmtree(folder)
    for stored in stored_files():
        try:
            owner(stored)
        except ValueError as e:
            session.log(f"removing {e}")
            stored.unlink()
    for stored in notebook.stored_files():
        try:
            notebook.check_stored(stored)
        except ValueError as e:
            session.log(f"removing {e}")
            stored.unlink()
    for minor in EXAMPLE_PYTHONS:
        session.notify(f"examples-{minor}", posargs=["--update-examples"])


@nox.session
def pages(session: nox.Session) -> None:
    """One site version per Python, all built by this session's toolchain, into
    build/pages-repo's gh-pages branch (never pushed). Serve them: see README."""
    install(session, "docs")
    shutil.rmtree(PAGES_REPO, ignore_errors=True)
    copy_of_tree(PAGES_REPO)
    session.chdir(PAGES_REPO)
    session.run("python", "-m", "guide.tools.deploy", f"{SERVE_AT}/")


@nox.session(requires=["pages"])
def versions(session: nox.Session) -> None:
    """What `pages` deployed: versions.json, aliases, switchers, outputs per version."""
    install(session, "test", "browser")
    session.run(
        "pytest",
        "tests/test_versions.py",
        "tests/test_version_selector.py",
        *FILE_WORKERS,
        *session.posargs,
    )


@nox.session
def site(session: nox.Session) -> None:
    """Every other test; arguments are added (`-- -q -k test_pages`)."""
    install(session, "test", "docs", "lint", "browser")
    session.run("pytest", *SITE_TESTS, *FILE_WORKERS, *session.posargs)


@nox.session(name="serve-versions", requires=["pages"])
def serve_versions(session: nox.Session) -> None:
    """Serve what `pages` deployed as GitHub Pages does, its 404.html included:
    `uv run nox -s serve-versions`."""
    install(session, "docs")
    session.chdir(PAGES_REPO)
    session.run(
        "python",
        "-m",
        "guide.tools.static_host",
        SERVE_AT.removeprefix("http://"),
    )
