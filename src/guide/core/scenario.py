"""A process example's scenario (``<name>.scenario.toml``), read and checked before it
runs: an unknown key fails with the file, the step and the key named.

A scenario is a list of ``[[step]]`` tables, each one action and its options::

    [[step]]
    wait = 'Serving on 127\\.0\\.0\\.1:(?P<port>\\d+)'  # regex on the output; `port` kept
    [[step]]
    listening = true       # ...or until it listens on 127.0.0.1, for a program that
                           # does not print its port: that port is kept
    [[step]]
    connect = 1            # TCP client 1 connects to 127.0.0.1:<port>
    [[step]]
    send = "hello\\n"       # client 1 (or `client = N`) sends bytes
    [[step]]
    receive = 1            # client 1 reads one line
    [[step]]
    close = 1              # client 1 closes
    [[step]]
    signal = "SIGINT"      # sent, as Ctrl-C or `kill` would, once the loop is idle
    wait_idle = false      # ...or at once (the main thread is joining a thread, say)
    to = "pid1"            # ...to PID 1 of the namespace a `command` made
    to = "group"           # ...or to the program's whole process group, as a
                           # terminal sends Ctrl-C to the foreground job
    [[step]]
    exits_within = 2       # if it has not exited after 2 s, say so and go on
    [[step]]
    pause = 0.5            # sleep 0.5 s, then go on (``[pause 0.5 s]``): time that
                           # passes without a signal, as a ``preStop`` sleep does
    [[step]]
    inspect = "pstree"     # once the loop is idle, `python -m asyncio pstree <pid>`
                           # (3.14+; or "ps") from another process, or "py-spy":
                           # `py-spy dump --pid <pid>` (the snippet says
                           # `# needs: py-spy`); its output goes into the transcript
    [[step]]
    post = 6               # 6 concurrent HTTP POSTs (or `get = 6`) to
    path = "/work"         # 127.0.0.1:<port><path> by aiohttp's client, not awaited:
                           # counted when the process has ended
    [[step]]
    websocket = 3          # 3 WebSockets opened to 127.0.0.1:<port><path> by
    path = "/ws"           # aiohttp's client, not awaited, each read until it ends:
                           # the close code and reason each got (or 1006, cut),
                           # counted when the process has ended
    [[step]]
    stream = 3             # 3 server-sent events streams (GET <path>), read until
    path = "/events"       # they end: the last event each got, and whether the
                           # stream ended or was cut, counted the same way

At the top level, ``timeout`` (seconds, default 15) bounds the exit after the last
step, and ``command`` runs the snippet through other programs, ``{python}`` and
``{snippet}`` standing for the interpreter and the snippet::

    command = ["unshare", "--pid", "--fork", "--kill-child", "{python}", "{snippet}"]

A scenario with a step ``to = "group"`` starts the program in a process group of its
own (:attr:`Scenario.own_group`), as a shell starts a job, so that the signal reaches
the program and the children it started, and nothing else.
"""

from __future__ import annotations

import re
import shlex
import sys
from dataclasses import dataclass, field
from pathlib import Path

# A transcript's lines that the tests write, not the program: the scenario's actions
# (``[SIGINT]``, ``[client 1 connects]``) and how the run ended (``[exit status 0]``).
# Bracketed, with no bracket inside: a program's own bracketed line, such as
# gunicorn's ``[INFO] Started server process [<pid>]``, is not one.
HARNESS_LINE = re.compile(r"\[[^\[\]\n]*\]")


def harness_line(what: str) -> str:
    """The line a transcript gets for ``what`` the tests did or saw."""
    line = f"[{what}]"
    if not HARNESS_LINE.fullmatch(line):
        raise ValueError(f"a harness line cannot hold brackets: {line!r}")
    return line


if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

# Each action, the type of its value, and the options it takes (with their types).
ACTIONS: dict[str, tuple[type | tuple, dict[str, type | tuple]]] = {
    "wait": (str, {}),
    "listening": (bool, {}),
    "connect": (int, {}),
    "send": (str, {"client": int}),
    "receive": (int, {}),
    "close": (int, {}),
    "signal": (str, {"wait_idle": bool, "to": str}),
    "inspect": (str, {}),
    "get": (int, {"path": str}),
    "post": (int, {"path": str}),
    "websocket": (int, {"path": str}),
    "stream": (int, {"path": str}),
    "exits_within": ((int, float), {}),
    "pause": ((int, float), {}),
}
TARGETS = ("pid1", "group")  # where `to` may send a signal
TOP_LEVEL = {"step": list, "timeout": (int, float), "command": list}
DEFAULT_TIMEOUT = 15
# What an `inspect` step can run: `python -m asyncio <it> <pid>`, or py-spy's dump.
INSPECT = ("pstree", "ps", "py-spy")


class ScenarioError(ValueError):
    pass


@dataclass(frozen=True)
class Step:
    action: str  # one of ACTIONS
    value: object
    options: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Scenario:
    steps: tuple[Step, ...]
    timeout: float = DEFAULT_TIMEOUT
    command: tuple[str, ...] | None = None

    @property
    def own_group(self) -> bool:
        """Whether the program runs in a process group of its own: a step signals
        the group."""
        return any(s.options.get("to") == "group" for s in self.steps)

    def argv(self, python: str, snippet: str) -> list[str]:
        """The command with ``{python}`` and ``{snippet}`` filled in (inside a longer
        argument, ``sh -c "{python} {snippet}"``, the interpreter is shell-quoted);
        without a command, ``python snippet``."""
        if self.command is None:
            return [python, snippet]
        return [
            python
            if arg == "{python}"
            else arg.replace("{python}", shlex.quote(python)).replace(
                "{snippet}", snippet
            )
            for arg in self.command
        ]


def _check(where: str, key: str, value, kind) -> None:
    # bool is an int to isinstance: a number must not be a bool
    wrong = isinstance(value, bool) and kind is not bool
    if wrong or not isinstance(value, kind):
        names = (
            " or ".join(k.__name__ for k in kind)
            if isinstance(kind, tuple)
            else kind.__name__
        )
        raise ScenarioError(f"{where}: {key} = {value!r} is not {names}")


def parse(text: str, name: str) -> Scenario:
    """The scenario in ``text`` (from the file ``name``), checked."""
    data = tomllib.loads(text)
    for key, value in data.items():
        if key not in TOP_LEVEL:
            raise ScenarioError(
                f"{name}: unknown key {key!r} (known: {', '.join(TOP_LEVEL)})"
            )
        _check(name, key, value, TOP_LEVEL[key])
    steps = []
    for number, table in enumerate(data.get("step", []), 1):
        where = f"{name}: step {number}"
        actions = [k for k in table if k in ACTIONS]
        if len(actions) != 1:
            raise ScenarioError(
                f"{where}: needs exactly one action of {', '.join(ACTIONS)}; "
                f"has {', '.join(table) or 'none'}"
            )
        action = actions[0]
        kind, options = ACTIONS[action]
        _check(f"{where} ({action})", action, table[action], kind)
        for key, value in table.items():
            if key == action:
                continue
            if key not in options:
                known = ", ".join(options) or "none"
                raise ScenarioError(
                    f"{where} ({action}): unknown key {key!r} "
                    f"(its options: {known})"
                )
            _check(f"{where} ({action})", key, value, options[key])
        if action == "inspect" and table[action] not in INSPECT:
            raise ScenarioError(
                f"{where} (inspect): {table[action]!r} is not one of "
                f"{', '.join(INSPECT)}"
            )
        if table.get("to", "pid1") not in TARGETS:
            raise ScenarioError(
                f"{where} (signal): to must be one of {', '.join(TARGETS)}"
            )
        rest = {k: v for k, v in table.items() if k != action}
        steps.append(Step(action, table[action], rest))
    command = data.get("command")
    if command is not None and not all(isinstance(a, str) for a in command):
        raise ScenarioError(f"{name}: command must be a list of strings")
    if any(s.options.get("to") == "pid1" for s in steps) and command is None:
        raise ScenarioError(f'{name}: `to = "pid1"` needs a command')
    return Scenario(
        tuple(steps),
        data.get("timeout", DEFAULT_TIMEOUT),
        tuple(command) if command is not None else None,
    )


def load(path: Path, name: str) -> Scenario:
    return parse(path.read_text(encoding="utf-8"), name)
