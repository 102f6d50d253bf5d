"""The explanations of differences between Pythons (``differences/<chapter>.toml``),
written by hand in both languages; the "What changed" page and the tabs show them::

    ["snippets/signals/wait_closed_idle_client.transcript"]
    en = "..."
    ko = "..."
    # optional: a difference that a later patch release fixed
    fixes = [{python = "3.11", fixed_in = "3.11.8", issue = "gh-113538"}]

The key is the latest Python's output: the snippet of a ``#>`` example, the transcript
of a process example.
"""

from __future__ import annotations

import re
import sys
from functools import cache

from guide.core.example import Example
from guide.core.paths import EXPLANATIONS, rel
from guide.core.pythons import MINORS, patch, version_key

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

_ISSUE = re.compile(r"^gh-(\d+)$")


@cache
def explanations() -> dict[str, dict]:
    """differences/*.toml, merged: output path -> en, ko, fixes."""
    merged: dict[str, dict] = {}
    for path in sorted(EXPLANATIONS.glob("*.toml")):
        for key, entry in tomllib.loads(path.read_text("utf-8")).items():
            if key in merged:
                raise ValueError(f"{key} is explained twice")
            merged[key] = entry
    return merged


def fixes(output: Example) -> list[dict]:
    """The patch-release fixes recorded for an output (checked against the list)."""
    found = explanations().get(rel(output.reference), {}).get("fixes", [])
    for fix in found:
        minor, fixed_in = fix["python"], fix["fixed_in"]
        if minor not in MINORS:
            continue  # a Python no longer documented
        if not fixed_in.startswith(minor + ".") or not _ISSUE.match(
            fix["issue"]
        ):
            raise ValueError(f"{rel(output.reference)}: bad fix entry {fix}")
        if version_key(patch(minor)) >= version_key(fixed_in):
            raise ValueError(
                f"{rel(output.reference)}: {patch(minor)} already has the fix of "
                f"{fixed_in}; record its outputs again and drop the entry"
            )
    return [f for f in found if f["python"] in MINORS]


def what(fix: dict, lang: str) -> str:
    """The part of the output a fix is about, when not all of it: "…: "."""
    part = fix.get(lang)
    return f"{part}: " if part else ""


def issue_link(issue: str) -> str:
    number = _ISSUE.match(issue).group(1)
    return f"[{issue}](https://github.com/python/cpython/issues/{number})"
