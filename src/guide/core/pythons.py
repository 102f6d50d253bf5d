"""The documented Pythons, read from ``pythons.toml`` at the top of the tree.

This module is the only reader of that list, and the only place that checks an
interpreter against it; everything else asks it. On the command line it prints the
list for shell scripts and workflows, and checks an interpreter::

    python -m guide.core.pythons minors        # 3.10 3.11 ...
    python -m guide.core.pythons patches       # one exact release per line
    python -m guide.core.pythons latest        # the minor version of `latest`
    python -m guide.core.pythons github-output # matrix=..., for $GITHUB_OUTPUT
    python -m guide.core.pythons check 3.X python3.X  # exit 1 unless the listed release
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

from guide.core.paths import ROOT

LIST = ROOT / "pythons.toml"
STATUSES = ("bugfix", "security", "end-of-life")


@dataclass(frozen=True)
class Python:
    minor: str  # "3.X"
    patch: str  # "3.X.Y", the exact release
    status: str  # one of STATUSES
    # the minor version's newest release, when `patch` is an earlier one
    newest: str | None = None

    @property
    def key(self) -> tuple[int, int]:
        major, minor = self.minor.split(".")
        return int(major), int(minor)

    @property
    def early(self) -> bool:
        """Outputs recorded on an earlier release than the minor version's newest."""
        return self.newest is not None


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def parse(text: str) -> tuple[tuple[Python, ...], str]:
    """The entries, oldest first, and the minor version that is ``latest``."""
    data = tomllib.loads(text)
    entries = tuple(
        sorted(
            (
                Python(e["minor"], e["patch"], e["status"], e.get("newest"))
                for e in data["python"]
            ),
            key=lambda p: p.key,
        )
    )
    for p in entries:
        if not p.patch.startswith(p.minor + "."):
            raise ValueError(f"{p.patch} is not a release of {p.minor}")
        if p.newest is not None and not (
            p.newest.startswith(p.minor + ".")
            and version_key(p.newest) > version_key(p.patch)
        ):
            raise ValueError(
                f"{p.minor}: newest {p.newest} is not a later release than {p.patch}"
            )
        if p.status not in STATUSES:
            raise ValueError(
                f"{p.minor}: status {p.status!r} not in {STATUSES}"
            )
    minors = [p.minor for p in entries]
    if len(set(minors)) != len(minors):
        raise ValueError(f"a minor version is listed twice: {minors}")
    latest = data["latest"]
    if latest != minors[-1]:
        raise ValueError(
            f"latest is {latest}, the newest listed is {minors[-1]}"
        )
    return entries, latest


ENTRIES, LATEST = parse(LIST.read_text(encoding="utf-8"))
MINORS = tuple(p.minor for p in ENTRIES)
BY_MINOR = {p.minor: p for p in ENTRIES}


def patch(minor: str) -> str:
    return BY_MINOR[minor].patch


def documented_python() -> str:
    """The minor version a site build documents: ``GUIDE_PYTHON``, or latest."""
    chosen = os.environ.get("GUIDE_PYTHON") or LATEST
    if chosen not in MINORS:
        raise ValueError(
            f"GUIDE_PYTHON={chosen} is not one of the documented {MINORS}"
        )
    return chosen


def running_python() -> str:
    """The minor version of the interpreter running this code."""
    return f"{sys.version_info.major}.{sys.version_info.minor}"


def release_of(executable: str | Path) -> str | None:
    """The release an interpreter reports, or None when it does not run."""
    try:
        done = subprocess.run(
            [
                str(executable),
                "-c",
                "import platform; print(platform.python_version())",
            ],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def wrong_release(minor: str, found: str | None) -> str | None:
    """Why ``found`` cannot stand for ``minor`` (outputs belong to one exact release),
    or None when it is the listed release."""
    if found == patch(minor):
        return None
    return (
        f"Python {found or 'not found'} is not {patch(minor)}, "
        f"which pythons.toml lists for {minor}"
    )


def candidates(minor: str) -> list[str]:
    """Interpreters that may be ``minor``'s listed release: pyenv's build of it, then
    every ``python3.X`` on PATH (pyenv's shims answer only for the versions pyenv is
    told to use, so they are tried like any other)."""
    found = []
    pyenv_root = os.environ.get("PYENV_ROOT") or str(Path.home() / ".pyenv")
    pyenv = (
        Path(pyenv_root) / "versions" / patch(minor) / "bin" / f"python{minor}"
    )
    if pyenv.is_file():
        found.append(str(pyenv))
    for folder in os.environ.get("PATH", "").split(os.pathsep):
        candidate = Path(folder or ".") / f"python{minor}"
        if candidate.is_file() and os.access(candidate, os.X_OK):
            found.append(str(candidate))
    return found


def interpreter(minor: str) -> tuple[str | None, str | None]:
    """The listed release of ``minor`` (its path and release), else another release of
    it that runs, else (None, None)."""
    other = (None, None)
    for candidate in candidates(minor):
        release = release_of(candidate)
        if release == patch(minor):
            return candidate, release
        if release and other[0] is None:
            other = (candidate, release)
    return other


def github_output() -> str:
    matrix = {
        "include": [
            {"minor": p.minor, "patch": p.patch, "latest": p.minor == LATEST}
            for p in ENTRIES
        ]
    }
    patches = "\n".join(p.patch for p in ENTRIES)
    return (
        f"matrix={json.dumps(matrix)}\n"
        f"patches<<EOF\n{patches}\nEOF\n"
        f"latest={LATEST}\n"
        f"latest-patch={patch(LATEST)}\n"
    )


def main(argv: list[str]) -> int:
    what = argv[0] if argv else "patches"
    if what == "check" and len(argv) == 3:
        problem = wrong_release(argv[1], release_of(argv[2]))
        print(problem or f"{argv[2]} is Python {patch(argv[1])}")
        return 1 if problem else 0
    if what == "minors":
        print(" ".join(MINORS))
    elif what == "patches":
        print("\n".join(p.patch for p in ENTRIES))
    elif what == "latest":
        print(LATEST)
    elif what == "github-output":
        print(github_output(), end="")
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
