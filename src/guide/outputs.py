"""What each Python printed: one program, its outputs stored per Python.

An example's outputs are either its ``#>`` lines (an in-process example, checked with
pytest-examples) or its transcript (a process example, ``<name>.transcript``). The
``latest`` Python's outputs live beside the code: the ``#>`` lines in the snippet, the
transcript next to it. Another Python that printed something else has its own file,
``versions/<X.Y>/snippets/<chapter>/<name>.outputs`` or ``.transcript``, and nothing
is stored for a Python that printed the same.

An ``.outputs`` file holds only ``#>`` lines, each after the number of the line of code it
follows, counted in the code without ``#>`` lines (``18:        #> ...``); the code itself
is the snippet's, so it is never copied.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from guide.layout import (
    EXPLANATIONS,
    ROOT,
    VERSIONS,
    rel,
    runs_on,
    snippet_files,
)
from guide.pythons import LATEST, MINORS, version_key

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
class Output:
    """One example's output, as every documented Python printed it."""

    snippet: Path

    @property
    def is_transcript(self) -> bool:
        return self.snippet.with_suffix(".scenario.toml").exists()

    @property
    def reference(self) -> Path:
        """The latest Python's outputs: the transcript, or the snippet itself."""
        if self.is_transcript:
            return self.snippet.with_suffix(".transcript")
        return self.snippet

    @property
    def name(self) -> str:
        return self.reference.name

    def stored(self, minor: str) -> Path:
        """Where ``minor``'s own outputs are kept when they differ from the reference."""
        path = VERSIONS / minor / self.reference.relative_to(ROOT)
        return path if self.is_transcript else path.with_suffix(".outputs")

    def pythons(self) -> list[str]:
        """The documented Pythons that run this example, oldest first."""
        return [m for m in MINORS if runs_on(self.snippet, m)]

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
        if self.is_transcript:
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
        if self.is_transcript:
            own.write_text(printed, encoding="utf-8")
            return
        code, outputs = split(printed)
        if code != split(reference)[0]:
            raise ValueError(f"{self.name}: the code changed while recording")
        own.write_text(
            dump(outputs, minor, rel(self.snippet)), encoding="utf-8"
        )

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


def examples() -> list[Output]:
    return [Output(p) for p in snippet_files()]


def stored_files() -> list[Path]:
    """Every file under versions/ but the explanations: each must belong to an example."""
    return sorted(
        p
        for p in VERSIONS.rglob("*")
        if p.is_file() and not p.is_relative_to(EXPLANATIONS)
    )


def owner(stored: Path) -> Output:
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
    output = Output(snippet)
    if output.stored(minor) != stored:
        kind = "a transcript" if output.is_transcript else "#> lines"
        raise ValueError(f"{rel(stored)}: {rel(snippet)} has {kind}")
    if minor not in output.pythons():
        raise ValueError(
            f"{rel(stored)}: {rel(snippet)} does not run on {minor}"
        )
    return output
