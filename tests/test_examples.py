"""Run every in-process snippet and compare what it prints with its stored ``#>`` lines.

``pytest --update-examples`` records them instead: the latest Python writes the ``#>``
lines into the snippet, another Python writes ``versions/<X.Y>/...outputs`` where it
prints something else (see guide.outputs).
"""

from __future__ import annotations

import pytest
from pytest_examples import CodeExample, EvalExample

from guide import pytest_examples_fixes
from guide.layout import ROOT, running_python, snippet_files
from guide.normalise import normalise
from guide.outputs import Output, without_outputs
from guide.process_examples import is_process_example
from guide.servers import prepare

pytest_examples_fixes.apply()


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
    output, python = Output(path), running_python()
    updating = eval_example.update_examples
    # Updating runs the code without any #> line, so that a print this Python does not
    # reach keeps none (pytest-examples leaves the lines under such a print as they
    # are); checking runs the code with this Python's stored #> lines.
    source = (
        without_outputs(path.read_text(encoding="utf-8"))
        if updating
        else output.expected(python)
    )
    example = CodeExample.create(source, path=path)
    raised = None
    try:
        if updating:
            eval_example.run_print_update(example)
            eval_example.to_update.clear()  # written by output.record instead
            output.record(python, example.source)
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
