"""Does English search find the page showing an error? Prints figures; asserts nothing.

    uv run python benchmarks/english_search.py

The English side of ``benchmarks/korean_search.py``: builds the site, and on an English
page types the error and warning lines the examples print (the same list as the Korean
benchmark) and a few English queries; prints the rank of the first right page of each.
"""

from __future__ import annotations

from korean_search import ERRORS, TOP, report, run

QUERIES = [
    ("uncancel", ["cancellation/"]),
    ("connection leak", ["cleanup/"]),
    ("graceful shutdown", ["signals/"]),
    ("Task was destroyed", ["task_in_handler/"]),
    ("TaskGroup", ["structured/"]),
    ("aborted transaction", ["postgres/"]),
]


def main() -> None:
    _, words, pasted, _ = run("en/", QUERIES, ERRORS, "cancellation/")
    report("English queries", words, TOP)
    print()
    report("error lines pasted into the English pages' search", pasted, 3)


if __name__ == "__main__":
    main()
