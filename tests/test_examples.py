"""Run every in-process example and compare what it prints with its stored ``#>`` lines:
the code, run without them, must come back with exactly this Python's lines.

``pytest --update-examples`` records them instead: the latest Python writes the ``#>``
lines into the snippet, another Python writes ``versions/<X.Y>/...outputs`` where it
prints something else (see guide.core.example).
"""

from __future__ import annotations

import difflib

import pytest
from pytest_examples import CodeExample, EvalExample

from guide.core.example import Example, examples, without_outputs
from guide.core.normalise import normalise
from guide.core.pythons import running_python
from guide.testing import pytest_examples_fixes
from guide.testing.plugin import prepare

pytest_examples_fixes.apply()


@pytest.mark.parametrize(
    "example",
    [e for e in examples() if not e.is_process],
    ids=lambda e: e.id,
)
def test_output(
    example: Example,
    eval_example: EvalExample,
    request: pytest.FixtureRequest,
):
    prepare(example, request)
    eval_example.print_callback = normalise
    eval_example.set_config(line_length=79)
    python = running_python()
    updating = eval_example.update_examples
    # Both run the code without any #> line and let pytest-examples write what each
    # print printed: a print this Python does not reach gets no line (pytest-examples'
    # own check would leave whatever lines sit under it unchecked). Updating stores
    # the result; checking compares it with this Python's stored #> lines.
    path = example.snippet
    code = without_outputs(path.read_text(encoding="utf-8"))
    code_example = CodeExample.create(code, path=path)
    raised = None
    try:
        printed = pytest_examples_fixes.printed_source(
            eval_example, code_example
        )
    except pytest.fail.Exception:
        raise  # a stderr print (guide.testing.pytest_examples_fixes), as it is
    except BaseException as exc:  # noqa: BLE001 - reported below
        raised = repr(exc)
    if raised is None and updating:
        example.record(python, printed)
    elif raised is None and printed != example.expected(python):
        diff = difflib.unified_diff(
            example.expected(python).splitlines(),
            printed.splitlines(),
            f"stored for Python {python}",
            "printed now",
            lineterm="",
        )
        pytest.fail("\n".join(diff), pytrace=False)
    if raised is not None:
        # Failing outside the except block: pytest-examples 0.0.18 gives the example's
        # exception a traceback that crashes pytest's reporting (INTERNALERROR) on 3.11.
        pytest.fail(f"{path.name} raised {raised}", pytrace=False)
