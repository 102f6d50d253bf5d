"""The listed Pythons that pyenv and ``PATH`` do not have, from Debian's binary packages.

::

    export PATH="$(python3 -m guide.tools.provide_pythons):$PATH"

prints a folder holding ``python3.X`` for every listed release that was missing, after
making it if needed. Debian's ``python3.X`` packages are unpacked with
``debootstrap --variant=minbase`` (from debootstrap's default mirror, or the one
``GUIDE_DEBIAN_MIRROR`` names) into a folder of the cache (never the machine's own
system or apt sources), and a copy of each interpreter is pointed at that folder's
loader and libraries with ``patchelf``, so it runs here without a chroot. Needs root,
``debootstrap`` and ``patchelf`` the first time; later runs reuse the cache
(``$GUIDE_PYTHONS_CACHE``, by default ``~/.cache/asyncio-guide/pythons``).

A provided interpreter that is not the listed release is an error: the list names the
exact release that recorded the outputs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from guide.core.pythons import (
    ENTRIES,
    Python,
    interpreter,
    release_of,
    wrong_release,
)

SUITE = "sid"
LOADER = "usr/lib64/ld-linux-x86-64.so.2"
LIBRARIES = "usr/lib/x86_64-linux-gnu"


def cache() -> Path:
    default = Path.home() / ".cache" / "asyncio-guide" / "pythons"
    return Path(os.environ.get("GUIDE_PYTHONS_CACHE") or default)


def log(message: str) -> None:
    print(f"provide_pythons: {message}", file=sys.stderr, flush=True)


def missing(
    entries: tuple[Python, ...], found: dict[str, str | None]
) -> list[Python]:
    """The entries whose listed release was not found (``found``: minor -> the release
    of the interpreter ``guide.core.pythons.interpreter`` found, or None)."""
    return [p for p in entries if found.get(p.minor) != p.patch]


def bootstrap(root: Path, packages: list[str]) -> None:
    """Debian's packages unpacked into ``root``: built beside it, renamed when done."""
    for tool in ("debootstrap", "patchelf"):
        if not shutil.which(tool):
            raise SystemExit(
                f"provide_pythons: {tool} is needed (apt-get install {tool})"
            )
    building = root.with_name(root.name + ".partial")
    shutil.rmtree(building, ignore_errors=True)
    building.parent.mkdir(parents=True, exist_ok=True)
    log(f"debootstrap {SUITE} with {', '.join(packages)} into {building}")
    subprocess.run(
        [
            "debootstrap",
            "--variant=minbase",
            f"--include={','.join(packages)}",
            SUITE,
            str(building),
            *filter(None, [os.environ.get("GUIDE_DEBIAN_MIRROR")]),
        ],
        check=True,
        stdout=sys.stderr,
    )
    shutil.rmtree(root, ignore_errors=True)
    building.rename(root)


def runnable_copy(root: Path, minor: str, bin_dir: Path) -> Path:
    """A copy of Debian's interpreter in ``bin_dir`` that loads the root's loader and
    libraries, not the host's. ``bin_dir/../lib`` is the root's ``usr/lib``, where
    the copy (and a venv made from it) finds its standard library."""
    original = root / "usr" / "bin" / f"python{minor}"
    if not original.exists():
        raise SystemExit(f"provide_pythons: {original} was not installed")
    lib = bin_dir.parent / "lib"
    if not lib.is_symlink():
        lib.symlink_to(root / "usr" / "lib", target_is_directory=True)
    copy = bin_dir / f"python{minor}"
    copy.unlink(missing_ok=True)
    shutil.copy2(original, copy)
    subprocess.run(
        [
            "patchelf",
            "--set-interpreter",
            str(root / LOADER),
            "--set-rpath",
            str(root / LIBRARIES),
            "--force-rpath",
            str(copy),
        ],
        check=True,
    )
    return copy


def provide(wanted: list[Python], where: Path) -> Path:
    """``where/bin/python3.X`` for each wanted entry, at the listed release."""
    bin_dir = where / "bin"
    ready = {
        p.minor
        for p in wanted
        if not wrong_release(p.minor, release_of(bin_dir / f"python{p.minor}"))
    }
    todo = [p for p in wanted if p.minor not in ready]
    if todo:
        root = where / "root"
        # One root holds every package: made again when one is missing from it.
        packages = sorted({f"python{p.minor}" for p in wanted})
        if any(
            not (root / "usr" / "bin" / package).exists()
            for package in packages
        ):
            bootstrap(root, packages)
        bin_dir.mkdir(parents=True, exist_ok=True)
        for p in todo:
            found = release_of(runnable_copy(root, p.minor, bin_dir))
            problem = wrong_release(p.minor, found)
            if problem:
                raise SystemExit(
                    f"provide_pythons: Debian {SUITE}'s {problem}"
                )
    for p in wanted:
        log(f"Python {p.patch}: {bin_dir / f'python{p.minor}'}")
    return bin_dir


def main() -> int:
    where = cache()
    bin_dir = where / "bin"
    found = {}
    for p in ENTRIES:
        path, release = interpreter(p.minor)
        # one this module made earlier counts as missing: it is checked again
        made_here = path is not None and Path(path).parent == bin_dir
        found[p.minor] = None if made_here else release
    provide(missing(ENTRIES, found), where)
    print(bin_dir)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
