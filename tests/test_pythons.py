"""The one list of Pythons (pythons.toml): well formed, and the only place naming them."""

from __future__ import annotations

import re
import subprocess

import pytest

from guide.core import pythons
from guide.core.paths import ROOT

# Code and configuration: where a patch release would be a second copy of the list.
# Pages and the explanations of differences write ``{{ release 3.X }}`` instead (checked
# below); stored outputs are what a release printed.
CODE = {
    ".py",
    ".yml",
    ".yaml",
    ".toml",
    ".cfg",
    ".ini",
    ".sh",
    ".js",
    ".html",
    ".css",
}
NOT_CODE = ("docs/", "differences/", "uv.lock", "pythons.toml")
SCRIPTS = {".ci/run"}


def code_files() -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return sorted(
        name
        for name in listed
        if (ROOT / name).is_file()
        and not name.startswith(NOT_CODE)
        and (name in SCRIPTS or (ROOT / name).suffix in CODE)
    )


def test_code_and_configuration_files_are_found():
    found = code_files()
    assert {"noxfile.py", ".ci/run", ".github/workflows/test.yml"} <= set(
        found
    )


@pytest.mark.parametrize("name", code_files())
def test_no_patch_release_of_the_list_is_written_elsewhere(name):
    text = (ROOT / name).read_text(encoding="utf-8", errors="replace")
    for p in pythons.ENTRIES:
        written = re.search(rf"(?<![\d.]){re.escape(p.patch)}(?![\d])", text)
        assert not written, (
            f"{name} names {p.patch}: read it from pythons.toml (guide.core.pythons)"
        )


PAGES = sorted(
    [
        *(ROOT / "docs").glob("*/*.md"),
        *(ROOT / "docs").glob("*/*.ipynb"),
        *(ROOT / "differences").glob("*.toml"),
    ]
)


@pytest.mark.parametrize(
    "page", PAGES, ids=lambda p: p.relative_to(ROOT).as_posix()
)
def test_pages_write_a_recorded_release_as_a_placeholder(page):
    """A page saying which release recorded its outputs follows pythons.toml."""
    text = page.read_text(encoding="utf-8")
    typed = [
        p.patch
        for p in pythons.ENTRIES
        if re.search(rf"(?<![\d.]){re.escape(p.patch)}(?![\d])", text)
    ]
    assert not typed, (
        f"{page.relative_to(ROOT)} types {typed}: write {{{{ release 3.X }}}}, "
        "which the build fills in from pythons.toml"
    )


@pytest.mark.parametrize(
    ("change", "error"),
    [
        (
            lambda t: t.replace('patch = "3.', 'patch = "4.', 1),
            "is not a release of",
        ),
        (lambda t: t.replace('status = "', 'status = "maybe', 1), "status"),
        (lambda t: t.replace("latest = ", 'latest = "2.7" #', 1), "latest is"),
        (
            lambda t: t + "\n" + t[t.rindex("[[python]]") :],
            "listed twice",
        ),
        (lambda t: t.replace('newest = "', 'newest = "1', 1), "not a later"),
    ],
    ids=[
        "patch of another minor",
        "unknown status",
        "latest not the newest",
        "a minor listed twice",
        "newest not later",
    ],
)
def test_a_broken_list_is_refused(change, error):
    text = pythons.LIST.read_text(encoding="utf-8")
    with pytest.raises(ValueError, match=error):
        pythons.parse(change(text))


def test_the_workflows_get_the_list_from_the_module():
    out = pythons.github_output()
    assert f"latest-patch={pythons.patch(pythons.LATEST)}\n" in out
    for p in pythons.ENTRIES:
        assert f'"patch": "{p.patch}"' in out
