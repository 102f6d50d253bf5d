"""A site version's notebook page shows its own Python's outputs (hooks/notebooks.py).

mkdocs-jupyter renders the file at ``page.file.abs_src_path``; for the time of the
render, the hook puts there the notebook with the documented Python's outputs
(``guide.core.notebook.for_python``), and under the title it names the release that
printed them. Here every Python but the latest is given outputs of its own, so that a
page showing another Python's outputs, or naming another release, fails.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import SimpleNamespace

import properdocs.replacement  # noqa: F401  (the hook's mkdocs.* imports: ProperDocs')
import pytest

from guide.core import notebook
from guide.core.paths import DOCS, LANGUAGES, ROOT
from guide.core.pythons import LATEST, MINORS, patch


def _hook():
    spec = importlib.util.spec_from_file_location(
        "notebooks_hook", ROOT / "hooks" / "notebooks.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


HOOK = _hook()


def _planted(text: str) -> dict:
    return {"output_type": "stream", "name": "stdout", "text": text}


@pytest.fixture
def own_outputs(tmp_path, monkeypatch):
    """Every Python but the latest printed, in the first code cell, its own release."""
    monkeypatch.setattr(notebook, "VERSIONS", tmp_path / "versions")
    for path in notebook.NOTEBOOKS:
        for minor in MINORS:
            if minor != LATEST:
                cells = notebook.cells_of(notebook.read(path))
                cells[0]["outputs"] = [
                    _planted(f"printed by {patch(minor)}\n")
                ]
                notebook.record(path, minor, cells)


def _rendered(path: Path, minor: str) -> dict:
    """The notebook mkdocs-jupyter would read while rendering ``minor``'s page."""
    seen = {}
    page = SimpleNamespace(
        file=SimpleNamespace(
            src_uri=path.relative_to(DOCS).as_posix(), abs_src_path=str(path)
        )
    )

    def render(config, files):  # what mkdocs-jupyter's render reads
        seen["nb"] = json.loads(
            Path(page.file.abs_src_path).read_text("utf-8")
        )

    page.render = render
    config = SimpleNamespace(extra={"documented_python": minor})
    HOOK.on_pre_page(page, config, None)
    page.render(config, None)
    assert page.file.abs_src_path == str(path), (
        "the source path was not restored"
    )
    return seen["nb"]


@pytest.mark.parametrize("minor", MINORS)
@pytest.mark.parametrize(
    "path", notebook.NOTEBOOKS, ids=lambda p: p.relative_to(DOCS).as_posix()
)
def test_each_version_renders_its_own_pythons_outputs(
    path, minor, own_outputs
):
    first = notebook.code_cells(_rendered(path, minor))[0]["outputs"]
    if minor == LATEST:
        expected = notebook.code_cells(notebook.read(path))[0]["outputs"]
    else:
        expected = [_planted(f"printed by {patch(minor)}\n")]
    assert notebook.shown(first) == notebook.shown(expected)


@pytest.mark.parametrize("minor", MINORS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_page_names_the_release_that_printed_its_outputs(lang, minor):
    notice = HOOK.outputs_notice(minor, lang)
    assert f"<strong>CPython {patch(minor)}</strong>" in notice
    others = [patch(m) for m in MINORS if m != minor]
    assert not any(f"CPython {p}<" in notice for p in others)
