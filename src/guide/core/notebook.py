"""A notebook page's outputs, as each documented Python printed them.

A notebook page is ``docs/<language>/<name>.ipynb``; both languages hold the same code
cells and the same outputs (``tests/test_notebooks.py``). As for every example, the
``latest`` Python's outputs live beside the code: in the notebook itself, which
mkdocs-jupyter renders. Another Python that printed something else has its own file,
``versions/<X.Y>/docs/<name>.outputs.json``, for both languages: a JSON list with one
entry per code cell, ``{"execution_count": N, "outputs": [...]}``, the outputs as
nbformat stores them. Nothing is stored for a Python that printed the same.

"The same" is what a reader sees (``shown``): stream text and ``text/plain`` results,
normalised (``guide.core.normalise``), in order. A site version's notebook page is the
notebook with its Python's outputs (``for_python``), so it shows what that Python printed.
"""

from __future__ import annotations

import json
from pathlib import Path

from guide.core.normalise import normalise
from guide.core.paths import DOCS, VERSIONS, rel
from guide.core.pythons import LATEST, MINORS

NOTEBOOKS = sorted(DOCS.glob("*/*.ipynb"))
SUFFIX = ".outputs.json"


def read(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def code_cells(nb: dict) -> list[dict]:
    return [cell for cell in nb["cells"] if cell["cell_type"] == "code"]


def _text(value) -> str:
    return "".join(value) if isinstance(value, list) else value


def shown(outputs: list[dict]) -> list[tuple[str, str, str]]:
    """What a code cell's outputs show: (kind, stream or mime type, text)."""
    out = []
    for output in outputs:
        kind = output["output_type"]
        if kind == "stream":
            out.append(
                (kind, output["name"], normalise(_text(output["text"])))
            )
        elif kind in ("execute_result", "display_data"):
            text = _text(output.get("data", {}).get("text/plain", ""))
            out.append((kind, "text/plain", normalise(text)))
        else:  # an error: never stored on purpose (tests/test_notebooks.py)
            out.append(
                (kind, output.get("ename", ""), output.get("evalue", ""))
            )
    return out


def cells_of(nb: dict) -> list[dict]:
    """Each code cell's execution count and outputs, as stored for a Python."""
    return [
        {"execution_count": c.get("execution_count"), "outputs": c["outputs"]}
        for c in code_cells(nb)
    ]


def stored(minor: str, notebook: Path) -> Path:
    """Where ``minor``'s own outputs are kept when they differ from the notebook's."""
    return VERSIONS / minor / "docs" / (notebook.stem + SUFFIX)


def expected(notebook: Path, minor: str) -> list[dict]:
    """``minor``'s outputs of each code cell: its own file, or the notebook's."""
    own = stored(minor, notebook)
    if minor != LATEST and own.exists():
        return json.loads(own.read_text(encoding="utf-8"))
    return cells_of(read(notebook))


def same(a: list[dict], b: list[dict]) -> bool:
    return [shown(c["outputs"]) for c in a] == [shown(c["outputs"]) for c in b]


def record(notebook: Path, minor: str, cells: list[dict]) -> None:
    """Store what a Python other than latest printed, only where it differs.

    (The latest Python's outputs are written into the notebook itself, by the test.)"""
    if minor == LATEST:
        raise ValueError("the latest Python's outputs live in the notebook")
    own = stored(minor, notebook)
    if same(cells, cells_of(read(notebook))):
        own.unlink(missing_ok=True)
        return
    own.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(cells, ensure_ascii=False, indent=1) + "\n"
    if not own.exists() or own.read_text(encoding="utf-8") != text:
        own.write_text(text, encoding="utf-8")


def for_python(notebook: Path, minor: str) -> dict:
    """The notebook with ``minor``'s outputs: what its site version's page shows."""
    nb = read(notebook)
    cells = expected(notebook, minor)
    code = code_cells(nb)
    if len(cells) != len(code):
        raise ValueError(
            f"{rel(stored(minor, notebook))}: {len(cells)} cells stored, "
            f"the notebook has {len(code)} code cells; record the outputs again"
        )
    for cell, own in zip(code, cells, strict=True):
        cell["execution_count"] = own["execution_count"]
        cell["outputs"] = own["outputs"]
    return nb


def stored_files() -> list[Path]:
    """Every file under versions/<X.Y>/docs/: each must belong to a notebook."""
    return sorted(p for p in VERSIONS.glob("*/docs/**/*") if p.is_file())


def check_stored(path: Path) -> None:
    """ValueError when a file under versions/<X.Y>/docs/ belongs to no notebook."""
    minor = path.relative_to(VERSIONS).parts[0]
    if minor not in MINORS or minor == LATEST:
        raise ValueError(
            f"{rel(path)}: {minor} is not a documented Python other than latest"
        )
    names = {nb.stem for nb in NOTEBOOKS}
    stem = path.name.removesuffix(SUFFIX)
    if path != stored(minor, Path(stem)) or stem not in names:
        raise ValueError(
            f"{rel(path)}: there is no notebook docs/*/{stem}.ipynb"
        )
