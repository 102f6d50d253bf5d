"""The notebook pages (``docs/<language>/*.ipynb``): run again on each Python, outputs
compared.

Each notebook is executed top to bottom in a fresh IPython kernel running on this
interpreter (each ``examples-3.X`` session runs this file on its Python), and every
code cell's outputs (stream text, ``text/plain`` results) must equal the outputs stored
for that Python (``guide.core.notebook``): in the ``.ipynb`` for the latest, in
``versions/<X.Y>/docs/<name>.outputs.json`` for another that printed something else.
The site version of each Python shows that Python's outputs (mkdocs-jupyter renders
them; it does not execute). ``--update-examples`` records the outputs instead.
Object ids (``0x7f...``) are the only thing normalised.
"""

from __future__ import annotations

import json
import os
import platform
import sys
import tempfile
from pathlib import Path

import nbformat
import pytest
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient

from guide.core import notebook
from guide.core.paths import DOCS, VERSIONS, rel
from guide.core.pythons import LATEST, MINORS, patch, running_python
from guide.testing.plugin import missing

NOTEBOOKS = notebook.NOTEBOOKS
CELL_TIMEOUT = 30  # seconds, per cell
_WHERE = "import sys; print(sys.executable)"


def _id(path: Path) -> str:
    return path.relative_to(DOCS).as_posix()


def shown(cell) -> list[tuple[str, str, str]]:
    """What a code cell's outputs show: (kind, stream or mime type, text)."""
    return notebook.shown(cell.get("outputs", []))


def code_cells(nb) -> list:
    return [cell for cell in nb.cells if cell.cell_type == "code"]


def kernel_manager(workdir: str) -> KernelManager:
    """An IPython kernel on *this* interpreter, talking over Unix sockets.

    No kernel.json from a jupyter data folder is consulted (``kernel_dirs=[]``): the
    ``python3`` spec is then ipykernel's own, whose command is ``sys.executable``.
    The ipc transport opens no TCP port.
    """
    return KernelManager(
        kernel_name="python3",
        kernel_spec_manager=KernelSpecManager(kernel_dirs=[]),
        transport="ipc",
        ip=os.path.join(workdir, "kernel"),
    )


def kernel_env(workdir: str) -> dict[str, str]:
    # A fresh IPython profile: no user startup files or settings change the outputs.
    return {**os.environ, "IPYTHONDIR": os.path.join(workdir, "ipython")}


def execute(path: Path):
    """A copy of the notebook, executed in a fresh kernel; the stored file is untouched."""
    nb = nbformat.read(path, as_version=4)
    for cell in code_cells(nb):
        cell.outputs = []
        cell.execution_count = None
    # One more cell, dropped below: which interpreter the kernel really ran on.
    nb.cells.append(nbformat.v4.new_code_cell(_WHERE))
    # Short path: Unix socket paths are limited to about 100 characters.
    with tempfile.TemporaryDirectory(prefix="nb-") as workdir:
        client = NotebookClient(
            nb,
            km=kernel_manager(workdir),
            timeout=CELL_TIMEOUT,
            allow_errors=False,  # a cell that raises fails the test
            coalesce_streams=True,
            record_timing=False,
            resources={"metadata": {"path": workdir}},
        )
        client.execute(env=kernel_env(workdir))
    where = [o.get("text") for o in nb.cells.pop().outputs]
    assert where == [sys.executable + "\n"], (
        f"the kernel ran on {where}, not on {sys.executable}"
    )
    return nb


def store(path: Path, executed) -> None:
    """Write the executed outputs into the notebook file, keeping everything else."""
    nb = nbformat.read(path, as_version=4)
    for cell, new in zip(code_cells(nb), code_cells(executed), strict=True):
        cell.outputs = new.outputs
        cell.execution_count = new.execution_count
    # The outputs must not depend on the Python that wrote them: record no version.
    nb.metadata["language_info"] = {"name": "python"}
    text = nbformat.writes(nb) + "\n"
    if text != path.read_text(encoding="utf-8"):
        path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_id)
def test_stored_outputs_are_what_the_notebook_prints(
    path, request: pytest.FixtureRequest
):
    minor = running_python()
    if minor not in MINORS:
        missing(f"Python {minor} is not documented (pythons.toml)")
    if platform.python_version() != patch(minor):
        # outputs belong to one exact release, as transcripts do
        missing(f"this is {platform.python_version()}, not {patch(minor)}")
    executed = execute(path)
    if request.config.getoption("update_examples"):
        if minor == LATEST:
            store(path, executed)
        else:
            notebook.record(path, minor, notebook.cells_of(executed))
        return
    stored = notebook.expected(path, minor)
    for number, (old, new) in enumerate(
        zip(stored, code_cells(executed), strict=True), start=1
    ):
        assert shown(new) == notebook.shown(old["outputs"]), (
            f"{_id(path)}: code cell {number} printed something else on "
            f"{patch(minor)}:\n"
            f"{json.dumps(shown(new), ensure_ascii=False, indent=1)}\n"
            "(run the examples with --update-examples to record the outputs)"
        )


@pytest.mark.parametrize("minor", MINORS)
@pytest.mark.parametrize("path", NOTEBOOKS, ids=_id)
def test_each_python_has_its_own_outputs_on_its_page(path, minor):
    """What a site version's page is made from holds that Python's outputs."""
    page = notebook.for_python(path, minor)
    assert notebook.cells_of(page) == notebook.expected(path, minor)
    assert [c["source"] for c in notebook.code_cells(page)] == [
        c["source"] for c in notebook.code_cells(notebook.read(path))
    ]


@pytest.mark.parametrize(
    "stored", notebook.stored_files(), ids=lambda p: rel(p)
)
def test_stored_notebook_outputs_belong_to_a_notebook_and_differ(stored):
    notebook.check_stored(stored)  # ValueError says why not
    minor = stored.relative_to(VERSIONS).parts[0]
    for path in NOTEBOOKS:
        if path.stem + notebook.SUFFIX == stored.name:
            assert not notebook.same(
                notebook.expected(path, minor),
                notebook.expected(path, LATEST),
            ), f"{rel(stored)}: the same as the latest Python's outputs"


def test_there_are_notebooks():
    assert NOTEBOOKS, "no docs/*/*.ipynb found"


def _by_language() -> dict[str, dict[str, Path]]:
    found: dict[str, dict[str, Path]] = {}
    for path in NOTEBOOKS:
        found.setdefault(path.name, {})[path.parent.name] = path
    return found


@pytest.mark.parametrize("name", sorted(_by_language()))
def test_both_languages_have_the_same_code_and_outputs(name):
    versions = _by_language()[name]
    assert sorted(versions) == ["en", "ko"], f"{name}: {sorted(versions)}"
    ko, en = (nbformat.read(versions[lang], 4) for lang in ("ko", "en"))
    assert [c.cell_type for c in ko.cells] == [
        c.cell_type for c in en.cells
    ], "the cells differ in number or kind"
    assert [c.source for c in code_cells(ko)] == [
        c.source for c in code_cells(en)
    ], "the code cells differ"
    assert [shown(c) for c in code_cells(ko)] == [
        shown(c) for c in code_cells(en)
    ], "the stored outputs differ"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_id)
def test_no_stored_output_is_an_error(path):
    nb = nbformat.read(path, as_version=4)
    for number, cell in enumerate(code_cells(nb), start=1):
        kinds = [o["output_type"] for o in cell.get("outputs", [])]
        assert "error" not in kinds, f"code cell {number} stores an error"
        streams = [o.get("name") for o in cell.get("outputs", [])]
        assert "stderr" not in streams, f"code cell {number} wrote to stderr"


# The notebook can only simulate the Interrupt button (it sends itself SIGINT, as the
# button makes Jupyter do). Here the real thing: interrupt_kernel() from the outside.
_SETUP = """
import asyncio
log = []

async def heartbeat():
    while True:
        log.append("beat")
        await asyncio.sleep(0.01)

task = asyncio.create_task(heartbeat())
"""
_WAITING = """
try:
    print("waiting", flush=True)
    await asyncio.sleep(LONGER)
finally:
    log.append("cell: finally ran")
""".replace("LONGER", str(2 * CELL_TIMEOUT))
_BLOCKING = """
import time
print("blocking", flush=True)
time.sleep(LONGER)
""".replace("LONGER", str(2 * CELL_TIMEOUT))
_BLOCKING_THEN_AWAIT = """
print("blocking", flush=True)
time.sleep(2)  # the interrupt arrives meanwhile, and waits
log.append("cell: the blocking call ended")
await asyncio.sleep(LONGER)
""".replace("LONGER", str(2 * CELL_TIMEOUT))


def _run(kc, code: str, interrupt_after: str | None = None, km=None) -> dict:
    """Execute ``code``; interrupt the kernel once it has printed ``interrupt_after``."""
    msg_id = kc.execute(code)
    while True:
        msg = kc.get_iopub_msg(timeout=CELL_TIMEOUT)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        content = msg["content"]
        if (
            interrupt_after
            and msg["msg_type"] == "stream"
            and interrupt_after in content["text"]
        ):
            km.interrupt_kernel()
        if (
            msg["msg_type"] == "status"
            and content["execution_state"] == "idle"
        ):
            break
    while True:
        reply = kc.get_shell_msg(timeout=CELL_TIMEOUT)
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply["content"]


def _value(kc, expression: str) -> str:
    """``repr()`` of an expression evaluated in the kernel, as text."""
    msg_id = kc.execute("", silent=True, user_expressions={"v": expression})
    while True:
        reply = kc.get_shell_msg(timeout=CELL_TIMEOUT)
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply["content"]["user_expressions"]["v"]["data"][
                "text/plain"
            ]


def test_the_interrupt_button_cancels_the_cell_not_the_tasks():
    with tempfile.TemporaryDirectory(prefix="nb-") as workdir:
        km = kernel_manager(workdir)
        km.start_kernel(env=kernel_env(workdir), cwd=workdir)
        kc = km.client()
        kc.start_channels()
        try:
            kc.wait_for_ready(timeout=CELL_TIMEOUT)
            assert _run(kc, _SETUP)["status"] == "ok"

            # A cell suspended in `await`: its coroutine is cancelled.
            reply = _run(kc, _WAITING, interrupt_after="waiting", km=km)
            assert (reply["status"], reply["ename"]) == (
                "error",
                "CancelledError",
            )
            assert _value(kc, "'cell: finally ran' in log") == "True"
            assert _value(kc, "task.done()") == "False"

            # A cell blocked in synchronous code: KeyboardInterrupt, as in a script.
            reply = _run(kc, _BLOCKING, interrupt_after="blocking", km=km)
            assert (reply["status"], reply["ename"]) == (
                "error",
                "KeyboardInterrupt",
            )
            assert _value(kc, "task.done()") == "False"

            # Blocking code in an `await` cell: the cancellation waits for the next await.
            reply = _run(
                kc, _BLOCKING_THEN_AWAIT, interrupt_after="blocking", km=km
            )
            assert (reply["status"], reply["ename"]) == (
                "error",
                "CancelledError",
            )
            ended = _value(kc, "'cell: the blocking call ended' in log")
            assert ended == "True"
            assert _value(kc, "task.done()") == "False"
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=True)
