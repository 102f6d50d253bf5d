"""guide.provide_pythons: which listed releases it makes, and where."""

from __future__ import annotations

from guide import provide_pythons
from guide.pythons import ENTRIES


def test_a_release_pyenv_or_path_has_is_not_made_again():
    pyenv = {ENTRIES[0].patch}
    on_path = {ENTRIES[1].minor: {ENTRIES[1].patch}}
    wanted = provide_pythons.missing(ENTRIES, pyenv, on_path)
    assert wanted == list(ENTRIES[2:])


def test_another_release_of_the_same_minor_is_not_enough():
    p = ENTRIES[-1]
    other = p.minor + ".0" if p.patch != p.minor + ".0" else p.minor + ".1"
    assert provide_pythons.missing((p,), set(), {p.minor: {other}}) == [p]


def test_the_cache_folder_can_be_named(monkeypatch, tmp_path):
    monkeypatch.setenv("GUIDE_PYTHONS_CACHE", str(tmp_path))
    assert provide_pythons.cache() == tmp_path


def test_an_interpreter_that_does_not_run_has_no_release(tmp_path):
    broken = tmp_path / "python3.99"
    broken.write_text("#!/bin/sh\nexit 1\n")
    broken.chmod(0o755)
    assert provide_pythons.release_of(broken) is None
    assert provide_pythons.release_of(tmp_path / "absent") is None
