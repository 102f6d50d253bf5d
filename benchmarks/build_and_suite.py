"""How long do the builds and the tests take, and how do they grow with the number of
snippets? Prints figures; asserts nothing.

    uv run --no-sync python benchmarks/build_and_suite.py [what ...] [options]

``what`` is any of (default: ``build pages slope``):

* ``build``: one version of the site, both languages: ``properdocs build --strict`` of the
  working tree by this Python (the project's ``.venv``), ``--repeat`` times.
* ``pages``: every version, as ``uv run nox -s pages`` builds them (one toolchain,
  deployed with mike), timed from nox's JSON report.
* ``suite``: every test, on every Python: nox's default sessions, timed per session.
  It keeps both cores busy for minutes: run it on an otherwise idle machine.
* ``slope``: the same working tree with N synthetic in-process snippets added (one page
  per language embeds them all, as pages embed examples), for each N of ``--snippets``:
  the build's seconds and the seconds ``tests/test_examples.py`` takes to run them on
  the reference Python (it prints how many it collected), and the seconds each
  snippet adds (least squares).

Nothing is written into the working tree. ``pages``, ``suite`` and ``slope`` run in a
temporary copy of it (the files git would commit, as ``nox -s pages`` copies them, in a
fresh git repository) with the nox environments of the working tree (``--envdir
.nox``, made by a first ``uv run nox``); nox's own ``uv sync`` of each session's
environment is part of the figures, as it is part of ``uv run nox``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from guide.core.paths import ROOT
from guide.core.pythons import LATEST as REFERENCE
from guide.core.pythons import MINORS as PYTHONS
from guide.testing.browser import build_site
from guide.tools.tree import copy_of_tree

ENVDIR = ROOT / ".nox"
SYNTHETIC = "synthetic"  # snippets/synthetic/, docs/<language>/synthetic.md
SNIPPET = """import asyncio


async def main():
    await asyncio.sleep(0)
    print("synthetic {n}")
    #> synthetic {n}


asyncio.run(main())
"""
PAGE = {
    "ko": "# 합성 예제\n\n벤치마크용 합성 예제 {count}개입니다.\n",
    "en": "# Synthetic examples\n\n{count} synthetic examples, for a benchmark.\n",
}
EMBED = "\n{{* {path} *}}\n"  # as every page embeds an example


def busy_note() -> str:
    """What else the machine is doing: the figures are only as good as that."""
    load = os.getloadavg()[0]
    cores = os.cpu_count() or 1
    return f"load average {load:.2f} on {cores} cores before this run"


def run_nox(project: Path, sessions: list[str], report: Path) -> tuple:
    """nox on ``project`` with the working tree's environments: wall seconds, the JSON
    report's sessions, and the tail of the output if it failed."""
    command = [sys.executable, "-m", "nox", "-f", str(project / "noxfile.py")]
    command += ["--envdir", str(ENVDIR), "--report", str(report)]
    command += [arg for s in sessions for arg in ("-s", s)]
    start = time.perf_counter()
    result = subprocess.run(
        command,
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    seconds = time.perf_counter() - start
    sessions_run = (
        json.loads(report.read_text())["sessions"] if report.exists() else []
    )
    failed = result.returncode != 0
    tail = (result.stdout + result.stderr)[-3000:] if failed else ""
    return seconds, sessions_run, tail


def print_sessions(title: str, seconds: float, sessions, tail: str) -> None:
    print(f"{title}: {seconds:.1f} s wall")
    for s in sessions:
        name = (s.get("signatures") or [s["name"]])[0]  # "pages-3.13"
        print(f"  {name:<22}{s['duration']:>7.1f} s  {s['result']}")
    if tail:
        print("  FAILED; the end of nox's output:\n" + tail)


def bench_build(repeat: int) -> list[float]:
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(repeat):
            dest = Path(tmp) / f"site{i}"
            times.append(
                build_site(dest, "http://127.0.0.1:8000/", ROOT / "mkdocs.yml")
            )
    python = platform.python_version()
    print(
        f"one version (properdocs build --strict, ko + en, Python {python}): "
        + ", ".join(f"{t:.2f}" for t in times)
        + f" s; median {statistics.median(times):.2f} s, min {min(times):.2f} s"
    )
    return times


def bench_pages(tmp: Path) -> None:
    project = copy_of_tree(tmp / "pages-copy")
    seconds, sessions, tail = run_nox(
        project, ["pages"], tmp / "pages-report.json"
    )
    print_sessions(
        f"all versions (nox -s pages, {len(PYTHONS)} Pythons)",
        seconds,
        sessions,
        tail,
    )


def bench_suite(tmp: Path) -> None:
    project = copy_of_tree(tmp / "suite-copy")
    seconds, sessions, tail = run_nox(project, [], tmp / "suite-report.json")
    print_sessions(
        "whole suite (nox, default sessions)", seconds, sessions, tail
    )


def add_synthetic(project: Path, count: int) -> None:
    """``count`` trivial in-process snippets, embedded in one page per language."""
    folder = project / "snippets" / SYNTHETIC
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    embeds = []
    for n in range(count):
        name = f"synthetic_{n:03d}.py"
        (folder / name).write_text(SNIPPET.format(n=n), encoding="utf-8")
        embeds.append(EMBED.format(path=f"snippets/{SYNTHETIC}/{name}"))
    for language, intro in PAGE.items():
        page = project / "docs" / language / f"{SYNTHETIC}.md"
        page.write_text(
            intro.format(count=count) + "".join(embeds), encoding="utf-8"
        )
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    entry = f"  - {SYNTHETIC}.md\n"
    if entry not in text:
        text = text.replace("  - checklist.md\n", entry + "  - checklist.md\n")
        config.write_text(text, encoding="utf-8")


def slope(xs: list[int], ys: list[float]) -> float:
    """Seconds per snippet: the least-squares line's slope."""
    return statistics.linear_regression(xs, ys).slope


def bench_slope(tmp: Path, counts: list[int], repeat: int) -> None:
    project = copy_of_tree(tmp / "slope-copy")
    pytest = ENVDIR / f"examples-{REFERENCE.replace('.', '-')}" / "bin/pytest"
    if not pytest.exists():
        print(f"slope: no {pytest} (make it with a first `uv run nox`)")
        return
    print(
        f"per-snippet slope (a trivial in-process snippet, embedded in both languages; "
        f"median of {repeat}):"
    )
    print(
        f"{'N':>5}{'build s':>10}{'examples s':>12}  (tests/test_examples.py, "
        f"Python {REFERENCE})"
    )
    rows = []
    for count in counts:
        add_synthetic(project, count)
        builds, examples = [], []
        for i in range(repeat):
            dest = tmp / f"slope-site-{count}-{i}"
            builds.append(
                build_site(
                    dest, "http://127.0.0.1:8000/", project / "mkdocs.yml"
                )
            )
            shutil.rmtree(dest)
            start = time.perf_counter()
            result = subprocess.run(
                [
                    pytest,
                    "tests/test_examples.py",
                    "-q",
                    "-p",
                    "no:cacheprovider",
                    "-k",
                    SYNTHETIC,
                ],
                cwd=project,
                capture_output=True,
                text=True,
            )
            examples.append(time.perf_counter() - start)
            # 5: no test selected, as expected with no synthetic snippet
            if result.returncode not in (0, 5 if count == 0 else 0):
                print(result.stdout[-2000:])
                raise SystemExit(f"test_examples failed with {count} snippets")
        row = (count, statistics.median(builds), statistics.median(examples))
        rows.append(row)
        # "80 passed, 118 deselected in 8.60s": the synthetic ones, all of them
        collected = re.search(r"(\d+) passed", result.stdout)
        collected = int(collected.group(1)) if collected else 0
        if collected != count:
            raise SystemExit(
                f"collected {collected} of {count} synthetic snippets:\n"
                + result.stdout[-2000:]
            )
        print(
            f"{row[0]:>5}{row[1]:>10.2f}{row[2]:>12.2f}  "
            f"{collected} synthetic snippets collected and passed"
        )
    xs = [r[0] for r in rows]
    build_slope = slope(xs, [r[1] for r in rows])
    examples_slope = slope(xs, [r[2] for r in rows])
    print(
        f"per snippet: build +{build_slope * 1000:.0f} ms, "
        f"examples +{examples_slope * 1000:.0f} ms on one Python"
    )
    # What the whole suite runs per snippet: the site is built once per Python by
    # `pages`, and twice by `site` (test_site's strict build, test_browser's); the
    # examples run once per Python.
    builds_per_suite = len(PYTHONS) + 2
    print(
        f"per snippet in the whole suite (estimate: {builds_per_suite} builds, "
        f"{len(PYTHONS)} example runs): "
        f"+{(builds_per_suite * build_slope + len(PYTHONS) * examples_slope):.2f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "what",
        nargs="*",
        choices=["build", "pages", "suite", "slope"],
        default=["build", "pages", "slope"],
    )
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--snippets",
        default="0,20,40,80",
        help="the numbers of synthetic snippets (default: 0,20,40,80)",
    )
    parser.add_argument(
        "--slope-repeat", type=int, default=1, help="runs per N (default: 1)"
    )
    args = parser.parse_args()
    print(busy_note())
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        if "build" in args.what:
            bench_build(args.repeat)
        if "pages" in args.what:
            bench_pages(Path(tmp))
        if "suite" in args.what:
            bench_suite(Path(tmp))
        if "slope" in args.what:
            counts = [int(n) for n in args.snippets.split(",")]
            bench_slope(Path(tmp), counts, args.slope_repeat)


if __name__ == "__main__":
    main()
