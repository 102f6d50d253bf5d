"""guide.tools.provide_pythons and guide.core.pythons.interpreter: which listed releases
are found, and which are made."""

from __future__ import annotations

from guide.core import pythons
from guide.core.pythons import ENTRIES
from guide.tools import provide_pythons


def test_only_the_releases_not_found_are_made():
    found = {ENTRIES[0].minor: ENTRIES[0].patch, ENTRIES[1].minor: None}
    assert provide_pythons.missing(ENTRIES, found) == list(ENTRIES[1:])


def test_another_release_of_the_same_minor_is_not_enough():
    p = ENTRIES[-1]
    other = p.minor + ".0" if p.patch != p.minor + ".0" else p.minor + ".1"
    assert provide_pythons.missing((p,), {p.minor: other}) == [p]


def fake_python(folder, minor: str, release: str):
    script = folder / f"python{minor}"
    script.write_text(f"#!/bin/sh\necho {release}\n")
    script.chmod(0o755)
    return str(script)


def test_the_listed_release_is_chosen_over_another_on_path(
    tmp_path, monkeypatch
):
    p = ENTRIES[-1]
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    other = fake_python(first, p.minor, p.minor + ".0rc1")
    listed = fake_python(second, p.minor, p.patch)
    monkeypatch.setenv("PATH", f"{first}:{second}")
    monkeypatch.setenv("PYENV_ROOT", str(tmp_path / "no-pyenv"))
    assert pythons.interpreter(p.minor) == (listed, p.patch)
    monkeypatch.setenv("PATH", str(first))
    assert pythons.interpreter(p.minor) == (other, p.minor + ".0rc1")
    problem = pythons.wrong_release(p.minor, p.minor + ".0rc1")
    assert problem and p.patch in problem


def test_an_interpreter_that_does_not_run_has_no_release(tmp_path):
    broken = tmp_path / "python3.99"
    broken.write_text("#!/bin/sh\nexit 1\n")
    broken.chmod(0o755)
    assert pythons.release_of(broken) is None
    assert pythons.release_of(tmp_path / "absent") is None
