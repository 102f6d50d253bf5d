"""Every test of the guide: ``uv run nox``. The Pythons come from pythons.toml.

* ``examples-3.X``: every example run on that exact release, its outputs compared.
* ``pages``: every site version, built by one toolchain and deployed with mike into
  build/pages-repo; ``versions`` checks that deployment (and asks for ``pages`` first).
* ``site``: the site built strict, the two languages compared, lint of code and workflows.
* ``refresh``: record every Python's outputs again (after adding or removing a Python).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import nox

from guide.layout import ROOT, VERSIONS, copy_of_tree, rel
from guide.outputs import owner, stored_files
from guide.pythons import ENTRIES, LATEST, MINORS, patch

PAGES_REPO = ROOT / "build" / "pages-repo"
SERVE_AT = "http://127.0.0.1:8000"
# The latest Python first: it records the outputs the others are compared with.
EXAMPLE_PYTHONS = [LATEST, *(m for m in MINORS if m != LATEST)]

nox.options.default_venv_backend = "uv"
nox.options.reuse_venv = "yes"
nox.options.sessions = ["examples", "versions", "site"]
os.environ.setdefault("UV_PYTHON_DOWNLOADS", "never")


def _expose_pyenv_pythons() -> None:
    """pyenv's shims answer to ``python3.X`` only for the versions in PYENV_VERSION:
    name the exact releases of the list that pyenv has, after the current ones."""
    pyenv = shutil.which("pyenv")
    if not pyenv:
        return
    found = set(
        subprocess.run(
            [pyenv, "versions", "--bare"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.split()
    )
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
    chosen += [
        p.patch for p in ENTRIES if p.patch in found and p.patch not in chosen
    ]
    os.environ["PYENV_VERSION"] = ":".join(chosen)


_expose_pyenv_pythons()


def _forget_venvs_of_other_releases() -> None:
    """``reuse_venv`` would keep an examples venv made by another release of the same
    minor version (an older patch release than the list names now): remove it, so that nox
    makes it again with whichever interpreter it finds now."""
    for minor in EXAMPLE_PYTHONS:
        venv = ROOT / ".nox" / f"examples-{minor.replace('.', '-')}"
        config = venv / "pyvenv.cfg"
        if not config.exists():
            continue
        recorded = re.search(
            r"^version_info = (\S+)", config.read_text(), re.MULTILINE
        )
        if recorded and recorded.group(1) != patch(minor):
            shutil.rmtree(venv)


_forget_venvs_of_other_releases()


def install(session: nox.Session, *groups: str) -> None:
    """The project and the locked versions of the named dependency groups."""
    session.run_install(
        "uv",
        "sync",
        "--frozen",
        "--no-default-groups",
        *(f"--group={group}" for group in groups),
        env={"UV_PROJECT_ENVIRONMENT": session.virtualenv.location},
    )


def check_release(session: nox.Session, minor: str) -> None:
    """Outputs belong to one exact release: say which one runs, and refuse another on CI."""
    found = session.run(
        "python",
        "-c",
        "import platform; print(platform.python_version())",
        silent=True,
    ).strip()
    session.log(f"Python {found} (outputs recorded with {patch(minor)})")
    if found != patch(minor):
        message = (
            f"Python {found} is not {patch(minor)}, which pythons.toml names"
        )
        if os.environ.get("CI") == "true":
            session.error(message)
        session.warn(message + ": transcripts may differ")


@nox.session(python=EXAMPLE_PYTHONS)
def examples(session: nox.Session) -> None:
    install(session, "test")
    check_release(session, session.python)
    session.run(
        "pytest",
        "tests/test_examples.py",
        "tests/test_processes.py",
        *session.posargs,
    )


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
    for minor in EXAMPLE_PYTHONS:
        session.notify(f"examples-{minor}", posargs=["--update-examples"])


def _fresh_pages_repo() -> None:
    """A temporary git repository holding the working tree, for mike to deploy into."""
    shutil.rmtree(PAGES_REPO, ignore_errors=True)
    copy_of_tree(PAGES_REPO)


@nox.session
def pages(session: nox.Session) -> None:
    """One site version per Python, all built by this session's toolchain, into
    build/pages-repo's gh-pages branch (never pushed). Serve them: see README."""
    install(session, "docs")
    _fresh_pages_repo()
    session.chdir(PAGES_REPO)
    for minor in EXAMPLE_PYTHONS:
        # mike appends the version to site_url itself
        env = {
            "SITE_URL": f"{SERVE_AT}/",
            "NO_MKDOCS_2_WARNING": "1",
            "GUIDE_PYTHON": minor,
        }
        aliases = ["latest"] if minor == LATEST else []
        session.run(
            "mike",
            "deploy",
            "--update-aliases",
            "--title",
            f"Python {minor}",
            minor,
            *aliases,
            env=env,
        )
    session.run("mike", "set-default", "latest")
    # the root's 404.html: a missing path leads to the same path in latest
    session.run("python", "-m", "guide.lost_readers", ".", f"{SERVE_AT}/")


@nox.session(requires=["pages"])
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
    # Arguments name the tests to run instead (`-- tests/test_site.py`).
    everything = [
        "tests",
        "--ignore=tests/test_examples.py",
        "--ignore=tests/test_processes.py",
        "--ignore=tests/test_versions.py",
        "--ignore=tests/test_version_selector.py",
    ]
    session.run("pytest", *(session.posargs or everything))


@nox.session(name="serve-versions", requires=["pages"])
def serve_versions(session: nox.Session) -> None:
    """Serve what `pages` deployed: `uv run nox -s serve-versions`."""
    install(session, "docs")
    session.chdir(PAGES_REPO)
    session.run(
        "mike", "serve", "--dev-addr", SERVE_AT.removeprefix("http://")
    )
