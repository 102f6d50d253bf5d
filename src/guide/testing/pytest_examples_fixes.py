"""Work-arounds for pytest-examples 0.0.18, applied by ``test_examples.py``.

1. ``#>`` lines for a ``print`` inside ``finally``, ``else`` or ``except*`` were written
   at column 0, because the print finder only looked at some statement bodies. We find
   the ``print`` call on that line wherever it is.
2. ``print(..., file=sys.stderr)`` was recorded as if it went to stdout. An in-process
   example must not claim that, so such a print fails the example: stderr belongs to a
   process example, whose transcript keeps the two streams apart.
3. ``#>`` lines were inserted walking the prints backwards in the order they ran, which
   puts them on the wrong lines when a print lower in the file runs before one above it
   (two tasks interleaving). We insert them in the order of the file instead.
4. Its check leaves the ``#>`` lines under a print that did not run unchecked, and only
   ``--update-examples`` may write the lines itself. ``printed_source`` runs an example
   as an update would, without writing anything, so that the tests can compare the
   whole result with what is stored.
"""

from __future__ import annotations

import ast
import inspect

from pytest_examples import run_code


def _find_print(node: ast.AST, line: int) -> tuple[int, int] | None:
    for child in ast.walk(node):
        if (
            isinstance(child, ast.Call)
            and isinstance(child.func, ast.Name)
            and child.func.id == "print"
            and child.lineno == line
        ):
            return run_code.expr_last_line(child), child.col_offset
    return None


def _record_stdout_print(self, *args, sep=" ", **kwargs):
    # Same stack depth and bookkeeping as MockPrintFunction.__call__, plus the file check.
    frame = inspect.stack()[run_code.parent_frame_id]
    if not self._include_file(frame, args):
        return
    if kwargs.get("file") is not None:
        raise AssertionError(
            "an in-process example printed to a file other than stdout; "
            "show stderr with a process example instead"
        )
    lineno = self._find_line_number(frame)
    args = [run_code.Arg(arg) for arg in args]
    self.statements.append(run_code.PrintStatement(lineno, sep, args))


_insert_in_run_order = run_code.InsertPrintStatements._insert_print_statements


def _insert_in_file_order(self, example):
    # A stable sort: the prints of one line keep the order they ran in.
    if self.print_func is not None:
        self.print_func.statements.sort(key=lambda s: s.line_no)
    return _insert_in_run_order(self, example)


def apply() -> None:
    run_code.find_print = _find_print
    run_code.MockPrintFunction.__call__ = _record_stdout_print
    run_code.InsertPrintStatements._insert_print_statements = (
        _insert_in_file_order
    )


def printed_source(eval_example, example) -> str:
    """The example's code with a ``#>`` line for each line each print printed, as
    ``--update-examples`` would write it; nothing is written."""
    insert_print, _ = eval_example._run(example, "update", None, True, None)
    return insert_print.updated_print_statements(example) or example.source
