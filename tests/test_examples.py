"""Run every snippet and compare what it prints with its ``#>`` lines.

``pytest --update-examples`` rewrites the ``#>`` lines: in the snippet itself on the
reference Python, in ``versions/<X.Y>/`` on an older Python whose output differs.
"""

from __future__ import annotations

import re

import pytest
import pytest_examples_fixes
from guide import (
    REFERENCE,
    ROOT,
    expected_file,
    running_python,
    snippet_files,
    variant_path,
)
from process_examples import is_process_example
from pytest_examples import CodeExample, EvalExample
from servers import prepare

pytest_examples_fixes.apply()

_OBJECT_ID = re.compile(r"\b0x[0-9a-f]{4,}\b")


def normalise(output: str) -> str:
    """Only what differs from machine to machine or run to run: paths and object ids."""
    return _OBJECT_ID.sub("0x...", output.replace(str(ROOT), "."))


@pytest.mark.parametrize(
    "path",
    [p for p in snippet_files() if not is_process_example(p)],
    ids=lambda p: str(p.relative_to(ROOT / "snippets")),
)
def test_output(
    path, eval_example: EvalExample, request: pytest.FixtureRequest
):
    prepare(path, request)
    eval_example.print_callback = normalise
    eval_example.set_config(line_length=79)
    python = running_python()
    # Updating runs the snippet's own code; checking runs the file holding this
    # Python's outputs (the same code, as test_site checks).
    source = (
        path if eval_example.update_examples else expected_file(path, python)
    )
    example = CodeExample.create(
        source.read_text(encoding="utf-8"), path=source
    )
    raised = None
    try:
        if eval_example.update_examples:
            _update(eval_example, example, path, python)
        else:
            eval_example.run_print_check(example)
    except pytest.fail.Exception:
        raise
    except BaseException as exc:  # noqa: BLE001 - reported below
        raised = repr(exc)
    if raised is not None:
        # Failing outside the except block: pytest-examples 0.0.18 gives the example's
        # exception a traceback that crashes pytest's reporting (INTERNALERROR) on 3.11.
        pytest.fail(f"{path.name} raised {raised}", pytrace=False)


def _update(
    eval_example: EvalExample, example: CodeExample, path, python
) -> None:
    """Write this Python's outputs where they belong, instead of into ``example.path``."""
    eval_example.run_print_update(example)
    eval_example.to_update.clear()
    new = example.source
    if python == REFERENCE:
        if new != path.read_text(encoding="utf-8"):
            path.write_text(new, encoding="utf-8")
        return
    variant = variant_path(path, python)
    if new == path.read_text(encoding="utf-8"):
        variant.unlink(missing_ok=True)
    else:
        variant.parent.mkdir(parents=True, exist_ok=True)
        variant.write_text(new, encoding="utf-8")
