"""How stable are the process examples under load? Prints figures; asserts nothing.

    uv run python benchmarks/process_stability.py [RUNS] [-k EXPR]

Keeps one core busy with a spinning process, then runs the process-example tests RUNS
times (default 20) on each Python's nox environment (``uv run nox -s examples`` makes
them), with the suite's pytest-xdist workers, and prints how many runs passed and how
long they took. ``-k EXPR`` runs only the tests pytest's ``-k`` selects (``-k
production``: one chapter's examples).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

from guide.core.paths import ROOT
from guide.core.pythons import MINORS as PYTHONS

sys.path.insert(0, str(ROOT))
from noxfile import EXAMPLE_WORKERS  # noqa: E402  (the suite's workers)


def main() -> None:
    args = sys.argv[1:]
    select = []
    if "-k" in args:
        at = args.index("-k")
        select = ["-k", args[at + 1]]
        del args[at : at + 2]
    runs = int(args[0]) if args else 20
    spinner = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        for python in PYTHONS:
            pytest = (
                ROOT
                / ".nox"
                / f"examples-{python.replace('.', '-')}"
                / "bin/pytest"
            )
            if not pytest.exists():
                print(
                    f"Python {python}: no environment at {pytest.parent.parent}"
                )
                continue
            passed, seconds = 0, []
            for _ in range(runs):
                start = time.monotonic()
                result = subprocess.run(
                    [
                        pytest,
                        "tests/test_processes.py",
                        "-q",
                        "-p",
                        "no:cacheprovider",
                        *EXAMPLE_WORKERS,
                        *select,
                    ],
                    cwd=ROOT,
                    capture_output=True,
                    text=True,
                )
                seconds.append(time.monotonic() - start)
                if result.returncode == 0:
                    passed += 1
                else:
                    print(result.stdout[-2000:])
            print(
                f"Python {python}: {passed}/{runs} runs passed with one core busy; "
                f"median {statistics.median(seconds):.1f} s, max {max(seconds):.1f} s"
            )
    finally:
        spinner.kill()
        spinner.wait()


if __name__ == "__main__":
    main()
