"""The versions a page names, never typed: a page writes ``{{ version aiohttp }}`` and
the build puts there the version that printed its outputs.

* A Python package: the version ``uv.lock`` installs for the release the site version
  documents (the lock can pick another one for an older Python). ``{{ version uvicorn
  3.10 }}`` names the one it installs for the listed 3.10 release instead.
* A system tool: the version ``tools.toml`` records, which tests/test_tools.py checks
  against the installed tool.
* A Python release that recorded outputs: ``{{ release 3.12 }}`` is pythons.toml's
  patch release for 3.12, whichever site version shows it (tests/test_pythons.py
  refuses a page that types it).

An unknown name fails the build. tests/test_tools.py also refuses a page that types a
version the lock or ``tools.toml`` holds.
"""

from __future__ import annotations

import re
import sys
from functools import cache

from packaging.markers import Marker
from packaging.utils import canonicalize_name

from guide.core.paths import ROOT
from guide.core.pythons import BY_MINOR

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

TOOLS = ROOT / "tools.toml"
LOCK = ROOT / "uv.lock"
PLACEHOLDER = re.compile(r"\{\{ version ([\w.-]+)(?: (\d+\.\d+))? \}\}")
RELEASE = re.compile(r"\{\{ release (\d+\.\d+) \}\}")


@cache
def tools() -> dict[str, str]:
    """Each system tool's recorded version."""
    data = tomllib.loads(TOOLS.read_text(encoding="utf-8"))
    return {name: entry["version"] for name, entry in data.items()}


@cache
def locked() -> dict[str, list[tuple[str, list[str]]]]:
    """Each locked package's versions, with the Python markers choosing each."""
    data = tomllib.loads(LOCK.read_text(encoding="utf-8"))
    found: dict[str, list[tuple[str, list[str]]]] = {}
    for package in data["package"]:
        if "version" in package:
            found.setdefault(package["name"], []).append(
                (package["version"], package.get("resolution-markers", []))
            )
    return found


def version(name: str, release: str) -> str:
    """The version of ``name`` that ran on Python ``release`` (a tool: the recorded one)."""
    if name in tools():
        return tools()[name]
    versions = locked().get(canonicalize_name(name))
    if not versions:
        raise ValueError(
            f"{{{{ version {name} }}}}: neither a locked package nor in tools.toml"
        )
    minor = ".".join(release.split(".")[:2])
    env = {"python_full_version": release, "python_version": minor}
    chosen = [
        v
        for v, markers in versions
        if not markers or any(Marker(m).evaluate(env) for m in markers)
    ]
    if len(chosen) != 1:
        raise ValueError(
            f"uv.lock holds {len(chosen)} versions of {name} for Python {release}"
        )
    return chosen[0]


def expand(markdown: str, documented: str) -> str:
    """Every ``{{ version ... }}`` and ``{{ release ... }}`` replaced, for the site
    version of ``documented``."""

    def listed(m: re.Match, minor: str) -> str:
        if minor not in BY_MINOR:
            raise ValueError(f"{m.group(0)}: Python {minor} is not listed")
        return BY_MINOR[minor].patch

    def one(m: re.Match) -> str:
        return version(m.group(1), listed(m, m.group(2) or documented))

    markdown = RELEASE.sub(lambda m: listed(m, m.group(1)), markdown)
    return PLACEHOLDER.sub(one, markdown)
