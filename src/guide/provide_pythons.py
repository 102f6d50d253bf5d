"""The listed Pythons that pyenv and ``PATH`` do not have, from Debian's binary packages.

::

    export PATH="$(python3 -m guide.provide_pythons):$PATH"

prints a folder holding ``python3.X`` for every listed release that was missing, after
making it if needed. Debian's ``python3.X`` packages are unpacked with
``debootstrap --variant=minbase`` into a folder of the cache (never the machine's own
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

from guide.pythons import ENTRIES, Python

SUITE = "sid"
MIRROR = "http://deb.debian.org/debian"
LOADER = "usr/lib64/ld-linux-x86-64.so.2"
LIBRARIES = "usr/lib/x86_64-linux-gnu"


def cache() -> Path:
    default = Path.home() / ".cache" / "asyncio-guide" / "pythons"
    return Path(os.environ.get("GUIDE_PYTHONS_CACHE") or default)


def log(message: str) -> None:
    print(f"provide_pythons: {message}", file=sys.stderr, flush=True)


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


def pyenv_releases() -> set[str]:
    pyenv = shutil.which("pyenv")
    if not pyenv:
        return set()
    done = subprocess.run(
        [pyenv, "versions", "--bare"],
        capture_output=True,
        text=True,
        check=False,
    )
    return set(done.stdout.split())


def on_path(name: str, skip: Path) -> list[str]:
    """Every ``name`` on PATH, outside ``skip`` (pyenv's shims answer only for the
    versions it is told to use, so they are asked like any other)."""
    found = []
    for folder in os.environ.get("PATH", "").split(os.pathsep):
        candidate = Path(folder or ".") / name
        if Path(folder).resolve() == skip.resolve():
            continue
        if candidate.is_file() and os.access(candidate, os.X_OK):
            found.append(str(candidate))
    return found


def missing(
    entries: tuple[Python, ...],
    pyenv: set[str],
    release_on_path: dict[str, set[str]],
) -> list[Python]:
    """The entries whose exact release neither pyenv nor ``python3.X`` on PATH has."""
    return [
        p
        for p in entries
        if p.patch not in pyenv
        and p.patch not in release_on_path.get(p.minor, set())
    ]


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
            MIRROR,
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
        if release_of(bin_dir / f"python{p.minor}") == p.patch
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
            if found != p.patch:
                raise SystemExit(
                    f"provide_pythons: Debian {SUITE} has Python {found} for "
                    f"{p.minor}; pythons.toml lists {p.patch}"
                )
    for p in wanted:
        log(f"Python {p.patch}: {bin_dir / f'python{p.minor}'}")
    return bin_dir


def main() -> int:
    where = cache()
    bin_dir = where / "bin"
    release_on_path = {
        p.minor: {
            release_of(found) or ""
            for found in on_path(f"python{p.minor}", skip=bin_dir)
        }
        for p in ENTRIES
    }
    wanted = missing(ENTRIES, pyenv_releases(), release_on_path)
    provide(wanted, where)
    print(bin_dir)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
