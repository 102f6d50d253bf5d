"""What an example is: one program under ``snippets/``, the page line that embeds it,
what it needs to run, and what each documented Python printed.

An example is ``snippets/<chapter>/<name>.py``. It is a *process* example when a
scenario sits beside it (``<name>.scenario.toml``, ``guide.core.scenario``): the tests
run it as a real process and record a transcript, ``<name>.transcript``. Otherwise it
is an *in-process* example, whose outputs are its ``#>`` lines (checked with
pytest-examples). A line ``# requires: Python 3.X+`` names the oldest Python it runs on;
``# needs: redis-server`` (or ``postgresql``) a server the tests provide, and
``# needs: py-spy`` a tool its scenario runs, which must be able to work here.

The ``latest`` Python's outputs live beside the code: the ``#>`` lines in the snippet,
the transcript next to it. Another Python that printed something else has its own file,
``versions/<X.Y>/snippets/<chapter>/<name>.outputs`` or ``.transcript``, and nothing
is stored for a Python that printed the same.

An ``.outputs`` file holds only ``#>`` lines, each after the number of the line of code it
follows, counted in the code without ``#>`` lines (``18:        #> ...``); the code itself
is the snippet's, so it is never copied.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from guide.core import scenario
from guide.core.normalise import without_incidentals
from guide.core.paths import ROOT, SNIPPETS, VERSIONS, rel
from guide.core.pythons import LATEST, MINORS, version_key

# How a page embeds an example: one line, ``{* snippets/<chapter>/<name>.py *}``.
EMBED = re.compile(r"^([ \t]*)\{\* (snippets/\S+\.py) \*\}[ \t]*$", re.M)
# How a page shows a file that is not a program (a Kubernetes manifest): one line,
# ``{* snippets/<chapter>/<name>.yaml *}``; the file as it is, with nothing run.
FILE_EMBED = re.compile(
    r"^([ \t]*)\{\* (snippets/\S+\.yaml) \*\}[ \t]*$", re.M
)
_REQUIRES = re.compile(r"^# requires: Python (\d+)\.(\d+)\+$", re.M)
_NEEDS = re.compile(r"^# needs: (\S+)$", re.M)

_OUTPUT_LINE = re.compile(r"^[ \t]*#>")
_STORED_LINE = re.compile(r"^(\d+):(.*)$")
HEADER = (
    "# Python {minor}'s #> lines for {snippet} (kept because they differ from\n"
    "# the snippet's own). `N:` puts a line after line N of the code without #> lines.\n"
)


def split(source: str) -> tuple[list[str], list[tuple[int, str]]]:
    """The code lines, and each ``#>`` line with the number of code lines before it."""
    code: list[str] = []
    outputs: list[tuple[int, str]] = []
    for line in source.splitlines():
        if _OUTPUT_LINE.match(line):
            outputs.append((len(code), line))
        else:
            code.append(line)
    return code, outputs


def join(code: list[str], outputs: list[tuple[int, str]]) -> str:
    lines: list[str] = []
    pending = iter(sorted(outputs, key=lambda o: o[0]))
    nxt = next(pending, None)
    for number in range(len(code) + 1):
        while nxt is not None and nxt[0] == number:
            lines.append(nxt[1])
            nxt = next(pending, None)
        if number < len(code):
            lines.append(code[number])
    return "\n".join(lines) + "\n"


def without_outputs(source: str) -> str:
    code, _ = split(source)
    return "\n".join(code) + "\n"


def dump(outputs: list[tuple[int, str]], minor: str, snippet: str) -> str:
    body = "".join(f"{n}:{line}\n" for n, line in outputs)
    return HEADER.format(minor=minor, snippet=snippet) + body


def load(text: str) -> list[tuple[int, str]]:
    outputs = []
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        m = _STORED_LINE.match(line)
        if not m or not _OUTPUT_LINE.match(m.group(2)):
            raise ValueError(f"not a stored #> line: {line!r}")
        outputs.append((int(m.group(1)), m.group(2)))
    return outputs


@dataclass(frozen=True)
class Example:
    """One example, and its outputs as every documented Python printed them."""

    snippet: Path

    @classmethod
    def named(cls, name: str) -> Example:
        """The example a page names: ``snippets/<chapter>/<name>.py``."""
        path = ROOT / name
        if not path.is_file() or not name.startswith("snippets/"):
            raise FileNotFoundError(f"no example {name}")
        return cls(path)

    @property
    def name(self) -> str:
        """As a page names it: ``snippets/<chapter>/<name>.py``."""
        return rel(self.snippet)

    @property
    def id(self) -> str:
        """As test ids name it: ``<chapter>/<name>.py``."""
        return self.snippet.relative_to(SNIPPETS).as_posix()

    @property
    def scenario_path(self) -> Path:
        return self.snippet.with_suffix(".scenario.toml")

    @cached_property
    def is_process(self) -> bool:
        return self.scenario_path.exists()

    @cached_property
    def scenario(self) -> scenario.Scenario:
        """The checked scenario of a process example (ScenarioError if it is wrong)."""
        if not self.is_process:
            raise ValueError(f"{self.name} is not a process example")
        return scenario.load(self.scenario_path, rel(self.scenario_path))

    @cached_property
    def requires(self) -> tuple[int, int] | None:
        """The oldest Python it runs on, from ``# requires: Python X.Y+``."""
        m = _REQUIRES.search(self.snippet.read_text(encoding="utf-8"))
        return (int(m.group(1)), int(m.group(2))) if m else None

    @cached_property
    def needs(self) -> tuple[str, ...]:
        """The servers it talks to and the tools its scenario runs, from
        ``# needs: <name>`` lines."""
        return tuple(_NEEDS.findall(self.snippet.read_text(encoding="utf-8")))

    def runs_on(self, minor: str) -> bool:
        return self.requires is None or version_key(minor) >= self.requires

    @property
    def reference(self) -> Path:
        """The latest Python's outputs: the transcript, or the snippet itself."""
        if self.is_process:
            return self.snippet.with_suffix(".transcript")
        return self.snippet

    @property
    def output_name(self) -> str:
        """The file name of the latest Python's outputs."""
        return self.reference.name

    def stored(self, minor: str) -> Path:
        """Where ``minor``'s own outputs are kept when they differ from the reference."""
        path = VERSIONS / minor / self.reference.relative_to(ROOT)
        return path if self.is_process else path.with_suffix(".outputs")

    def pythons(self) -> list[str]:
        """The documented Pythons that run this example, oldest first."""
        return [m for m in MINORS if self.runs_on(m)]

    def expected(self, minor: str) -> str:
        """What ``minor`` must print: a transcript, or the snippet with its ``#>`` lines."""
        own = self.stored(minor)
        if minor == LATEST or not own.exists():
            if not self.reference.exists():
                raise FileNotFoundError(
                    f"no stored output {rel(self.reference)}; "
                    "run the examples with --update-examples"
                )
            return self.reference.read_text(encoding="utf-8")
        if self.is_process:
            return own.read_text(encoding="utf-8")
        code, _ = split(self.snippet.read_text(encoding="utf-8"))
        return join(code, load(own.read_text(encoding="utf-8")))

    def record(self, minor: str, printed: str) -> None:
        """Store what ``minor`` printed: beside the code for latest, else only if it differs."""
        if minor == LATEST:
            if (
                not self.reference.exists()
                or printed != self.reference.read_text(encoding="utf-8")
            ):
                self.reference.write_text(printed, encoding="utf-8")
            return
        own = self.stored(minor)
        reference = self.expected(LATEST)
        if printed == reference:
            own.unlink(missing_ok=True)
            return
        own.parent.mkdir(parents=True, exist_ok=True)
        if self.is_process:
            own.write_text(printed, encoding="utf-8")
            return
        code, outputs = split(printed)
        if code != split(reference)[0]:
            raise ValueError(f"{self.name}: the code changed while recording")
        own.write_text(dump(outputs, minor, self.name), encoding="utf-8")

    def printed(self) -> dict[str, str]:
        """Each Python that runs the example, with what it printed."""
        return {m: self.expected(m) for m in self.pythons()}

    def groups(self) -> list[tuple[str, list[str]]]:
        """Identical outputs together, each with the Pythons that printed it, newest first."""
        by_text: dict[str, list[str]] = {}
        for minor, text in self.printed().items():
            by_text.setdefault(text, []).append(minor)
        return sorted(
            by_text.items(), key=lambda g: version_key(g[1][-1]), reverse=True
        )

    def differs(self) -> bool:
        return len(self.groups()) > 1

    def families(self) -> list[list[tuple[str, list[str]]]]:
        """The groups, gathered where they differ only incidentally (standard-library
        line numbers, caret lines): newest first, and newest first within each."""
        by_gist: dict[str, list[tuple[str, list[str]]]] = {}
        for text, minors in self.groups():
            by_gist.setdefault(without_incidentals(text), []).append(
                (text, minors)
            )
        return list(by_gist.values())

    @property
    def anchor(self) -> str:
        """Its difference's anchor on the "What changed" page, in every language."""
        return (
            self.name.removeprefix("snippets/")
            .removesuffix(".py")
            .replace("/", "-")
            .replace("_", "-")
        )


def embedded(markdown: str) -> list[str]:
    """The examples a page embeds, in order."""
    return [m.group(2) for m in EMBED.finditer(markdown)]


def embedded_files(markdown: str) -> list[str]:
    """The files that are not examples (``FILE_EMBED``) a page shows, in order."""
    return [m.group(2) for m in FILE_EMBED.finditer(markdown)]


def shown_files() -> list[Path]:
    """Every file under snippets/ that a page shows as it is (``FILE_EMBED``)."""
    return sorted(SNIPPETS.rglob("*.yaml"))


def examples() -> list[Example]:
    """Every example, in the order of its path."""
    return [
        Example(p)
        for p in sorted(SNIPPETS.rglob("*.py"))
        if not p.name.startswith("_")
    ]


def stored_files() -> list[Path]:
    """Every file under versions/ but a notebook's (``versions/<X.Y>/docs/``,
    guide.core.notebook): each must belong to an example."""
    return sorted(
        p
        for p in VERSIONS.rglob("*")
        if p.is_file() and p.relative_to(VERSIONS).parts[1:2] != ("docs",)
    )


def owner(stored: Path) -> Example:
    """The example a file under versions/ stores outputs of, or ValueError saying why not."""
    minor, *parts = stored.relative_to(VERSIONS).parts
    if minor not in MINORS or minor == LATEST:
        raise ValueError(
            f"{rel(stored)}: {minor} is not a documented Python other than latest"
        )
    if stored.suffix not in (".outputs", ".transcript"):
        raise ValueError(f"{rel(stored)}: neither .outputs nor .transcript")
    snippet = ROOT.joinpath(*parts).with_suffix(".py")
    if not snippet.is_file() or snippet.name.startswith("_"):
        raise ValueError(f"{rel(stored)}: there is no snippet {rel(snippet)}")
    output = Example(snippet)
    if output.stored(minor) != stored:
        kind = "a transcript" if output.is_process else "#> lines"
        raise ValueError(f"{rel(stored)}: {rel(snippet)} has {kind}")
    if minor not in output.pythons():
        raise ValueError(
            f"{rel(stored)}: {rel(snippet)} does not run on {minor}"
        )
    return output
