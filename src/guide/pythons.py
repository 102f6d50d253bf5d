"""The documented Pythons, read from ``pythons.toml`` at the top of the repository.

This module is the only reader of that list; everything else asks it. On the command
line it prints the list for shell scripts and workflows::

    python -m guide.pythons minors        # 3.10 3.11 ...
    python -m guide.pythons patches       # one exact release per line
    python -m guide.pythons latest        # the minor version of `latest`
    python -m guide.pythons github-output # matrix=..., patches=..., for $GITHUB_OUTPUT
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[2]
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
