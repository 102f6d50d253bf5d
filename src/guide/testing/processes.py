"""Run a process example as a real process, drive it through its scenario
(``guide.core.scenario`` lists the steps), record a transcript.

The transcript holds the command, stdout and stderr merged in the order they were
written (the child is unbuffered, as on a terminal), a ``[...]`` line for each action,
and the exit status, or the signal that ended the process; before it, if the
scenario sent HTTP requests, a line per ``get`` or ``post`` step counting how its
requests ended (answered, lost, refused) and their totals, and a line per
``websocket`` or ``stream`` step counting how its clients' connections ended (the
close code, or the last event, and whether it was cut) (``guide.testing.http_load``).
Output is normalised only where it varies by machine or run.

A ``signal`` step waits until the event loop is idle (the main thread sleeps in
epoll/select) before sending; if it never gets there, the step fails, unless the step
says ``wait_idle = false``. With a ``command``, a signal goes to the command itself, or
with ``to = "pid1"`` to the process the command forked first: PID 1 of the PID
namespace that ``unshare --pid --fork`` made, as a container runtime signals a
container's init (the transcript says ``[SIGTERM to process 1]``). With ``to =
"group"`` it goes to the program's process group, as a terminal sends Ctrl-C to the
whole foreground job, the program's children included (``[SIGINT to the process
group]``); such a scenario starts the program in a process group of its own, so that
the signal reaches nothing else (the tests' own process group least of all).

An ``inspect`` step also waits until the loop is idle, then runs
``python -m asyncio pstree <pid>`` (or ``ps``) with the example's Python, or
``py-spy dump --pid <pid>`` with the py-spy installed beside it; py-spy's header is made
stable (the pid, the interpreter's path). ``py_spy_fails()`` says why py-spy cannot
read a process here (it needs ptrace), for ``# needs: py-spy``.
"""

from __future__ import annotations

import functools
import os
import re
import shlex
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from guide.core.example import Example
from guide.core.normalise import normalise
from guide.core.paths import ROOT
from guide.core.scenario import Step, harness_line
from guide.testing.http_load import HttpLoad

STEP_TIMEOUT = 10.0
CLIENT_TIMEOUT = 5.0

_IDLE_WAITS = {"do_epoll_wait", "ep_poll", "do_select", "do_sys_poll"}


IDLE_TIMEOUT = 5.0


def command_fails(example: Example) -> str | None:
    """Why the scenario's ``command`` cannot run here (``unshare --pid`` needs root,
    ``tini`` must be installed), or None: the command is tried once, on an empty program
    in place of the snippet."""
    if not example.is_process or example.scenario.command is None:
        return None
    command = example.scenario.command
    with tempfile.NamedTemporaryFile(suffix=".py") as empty:
        argv = example.scenario.argv(sys.executable, empty.name)
        try:
            result = subprocess.run(
                argv, capture_output=True, text=True, timeout=STEP_TIMEOUT
            )
        except (OSError, subprocess.TimeoutExpired) as e:
            return f"{' '.join(command)} cannot run here: {e}"
    if result.returncode != 0:
        why = (result.stderr or result.stdout).strip().splitlines()
        return (
            f"{' '.join(command)} cannot run here "
            f"(exit status {result.returncode}: {why[-1] if why else 'no output'})"
        )
    return None


def py_spy(python: str) -> str:
    """The py-spy installed beside ``python`` (the test environment's, from the lock)."""
    return str(Path(python).parent / "py-spy")


def _py_spy_stable(output: str, pid: str, python: str) -> str:
    """py-spy's dump, without what varies by machine or run: the pid (also the main
    thread's id), the interpreter's path in the command line (``python``) and in the
    version line (its file name only: ``Python v3.X.Y (python3.X)``)."""
    output = re.sub(rf"\b{pid}\b", "<pid>", output)
    output = output.replace(f": {python} ", ": python ", 1)
    return re.sub(
        r"^(Python v\S+) \((?:.*/)?([^/()]+)\)$",
        r"\1 (\2)",
        output,
        flags=re.M,
    )


@functools.cache
def py_spy_fails() -> str | None:
    """Why ``py-spy dump`` cannot read a Python process here (it is not installed
    beside this Python, or it may not ptrace), or None: tried once, on a sleeping
    Python."""
    program = py_spy(sys.executable)
    if not Path(program).exists():
        return f"py-spy is not installed beside {sys.executable}"
    sleeper = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "print(flush=True); import time; time.sleep(30)",
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
    )
    try:
        assert sleeper.stdout is not None
        sleeper.stdout.readline()  # the interpreter is up
        result = subprocess.run(
            [program, "dump", "--pid", str(sleeper.pid)],
            capture_output=True,
            text=True,
            timeout=STEP_TIMEOUT,
            check=False,
        )
    finally:
        sleeper.kill()
        sleeper.wait(timeout=STEP_TIMEOUT)
    if result.returncode != 0:
        why = (result.stderr or result.stdout).strip().splitlines()
        return (
            f"py-spy cannot read a process here (exit status "
            f"{result.returncode}: {why[-1] if why else 'no output'}); it needs "
            "ptrace: root, CAP_SYS_PTRACE, or kernel.yama.ptrace_scope 0"
        )
    return None


# Run in a small Python that then becomes the example (exec keeps the pid):
# SIGINT back to its default (a non-interactive shell may have ignored it, and Python
# would then ignore Ctrl-C too), and SIGKILL when the test process dies, so that a
# killed test run leaves nothing behind. (No preexec_fn: unsafe with threads.)
_PREPARE = (
    "import ctypes, os, signal, sys;"
    "signal.signal(signal.SIGINT, signal.SIG_DFL);"
    "ctypes.CDLL(None).prctl(1, signal.SIGKILL);"  # PR_SET_PDEATHSIG
)
_EXEC = "os.execv(sys.executable, [sys.executable, *sys.argv[1:]])"
# The same for a scenario's `command`, which then replaces this small Python.
_EXEC_COMMAND = "os.execvp(sys.argv[1], sys.argv[1:])"
# For a scenario that signals the process group: a group of its own, led by the
# program, as a shell makes one for each job.
_OWN_GROUP = "os.setpgid(0, 0);"


def listening_port(pid: int) -> int | None:
    """A port the process listens on at 127.0.0.1 (from /proc), or None."""
    sockets = set()
    for fd in Path(f"/proc/{pid}/fd").glob("*"):
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            sockets.add(target[len("socket:[") : -1])
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        address, port = fields[1].split(":")
        # 127.0.0.1, as the kernel writes it (little-endian hex); 0A is LISTEN
        if (
            address == "0100007F"
            and fields[3] == "0A"
            and fields[9] in sockets
        ):
            return int(port, 16)
    return None


@dataclass
class ProcessRun:
    example: Example
    python: str = sys.executable
    started: list[int] = field(
        default_factory=list
    )  # pids, for the leak check
    ports: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._chunks: list[str] = []
        self._output = ""  # what the process wrote, not yet normalised
        self._seen = 0  # how far `wait` has looked
        self._lock = threading.Condition()
        self._clients: dict[int, socket.socket] = {}
        self._captured: dict[str, str] = {}
        # guide.testing.http_load.HttpLoad: `get`, `post`, `websocket`, `stream`
        self._http = None

    # -- the process -------------------------------------------------------
    def run(self) -> str:
        scenario = self.example.scenario
        self._wrapped = scenario.command is not None
        argv, shown = self._command()
        self._chunks.append(f"$ {shown}\n")
        self.proc = subprocess.Popen(
            argv,
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            env={
                **os.environ,
                "PYTHONUNBUFFERED": "1",
                "PYTHONDONTWRITEBYTECODE": "1",
            },
        )
        self.started.append(self.proc.pid)
        reader = threading.Thread(target=self._read, daemon=True)
        reader.start()
        try:
            for step in scenario.steps:
                self._do(step)
            try:
                self.proc.wait(timeout=scenario.timeout)
            except subprocess.TimeoutExpired:
                raise AssertionError(
                    f"still running {scenario.timeout} s after the last "
                    f"step; transcript so far:\n{self.transcript()}"
                ) from None
            reader.join(timeout=STEP_TIMEOUT)
        finally:
            self.close()
            if self._http is not None:
                try:  # once the process has ended: how each request ended
                    for line in self._http.tally():
                        self._mark(line)
                finally:
                    self._http.close()
        status = self.proc.returncode
        if status < 0:
            # No exit status: the process was ended by a signal. What a reader
            # sees depends on who asks: subprocess's returncode, or a shell's $?
            # (and a container runtime's exit code), which is 128 + the number.
            name = signal.Signals(-status).name
            self._mark(
                f"killed by {name}: returncode {status} in subprocess, "
                f"{128 - status} in a shell"
            )
        else:
            self._mark(f"exit status {status}")
        return self.transcript()

    def _command(self) -> tuple[list[str], str]:
        """What to run, and the command line the transcript shows for it."""
        scenario, name = self.example.scenario, self.example.name
        prepare = _PREPARE + (_OWN_GROUP if scenario.own_group else "")
        if scenario.command is None:
            return [self.python, "-c", prepare + _EXEC, name], f"python {name}"
        argv = [self.python, "-c", prepare + _EXEC_COMMAND]
        argv += scenario.argv(self.python, name)
        return argv, shlex.join(scenario.argv("python", name))

    def _children(self, pid: int) -> list[int]:
        try:
            text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
        except OSError:
            return []
        return [int(child) for child in text.split()]

    def _pid1(self) -> int:
        """The command's first child (PID 1 of the namespace ``unshare`` made)."""
        deadline = time.monotonic() + STEP_TIMEOUT
        while not (children := self._children(self.proc.pid)):
            if time.monotonic() > deadline or self.proc.poll() is not None:
                raise AssertionError(
                    "the command started no process; transcript so far:\n"
                    + self.transcript()
                )
            time.sleep(0.01)
        self.started.append(children[0])
        return children[0]

    def _own_group(self) -> int:
        """The program's process group, once the launcher has made it (it leads
        the group it made, so the group has its pid)."""
        deadline = time.monotonic() + STEP_TIMEOUT
        while os.getpgid(self.proc.pid) != self.proc.pid:
            if time.monotonic() > deadline:
                raise AssertionError("the program made no process group")
            time.sleep(0.01)
        return self.proc.pid

    def _last(self) -> int:
        """The end of the chain of first children: the Python a command started."""
        pid = self.proc.pid
        while children := self._children(pid):
            pid = children[0]
        return pid

    def close(self) -> None:
        for client in self._clients.values():
            client.close()
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=STEP_TIMEOUT)

    def _read(self) -> None:
        assert self.proc.stdout is not None
        while chunk := os.read(self.proc.stdout.fileno(), 65536):
            with self._lock:
                text = chunk.decode("utf-8", "replace")
                self._chunks.append(text)
                self._output += text
                self._lock.notify_all()

    def _mark(self, what: str) -> None:
        with self._lock:
            if self._chunks and not self._chunks[-1].endswith("\n"):
                self._chunks.append("\n")
            self._chunks.append(harness_line(what) + "\n")

    def transcript(self) -> str:
        with self._lock:
            return normalise("".join(self._chunks))

    # -- the steps ---------------------------------------------------------
    def _do(self, step: Step) -> None:
        action, value, options = step.action, step.value, step.options
        if action == "wait":
            self._wait(value)
        elif action == "listening":
            self._wait_listening()
        elif action == "connect":
            self._connect(value)
        elif action == "send":
            client = options.get("client", 1)
            self._mark(f"client {client} sends {value!r}")
            self._clients[client].sendall(value.encode())
        elif action == "receive":
            got = self._receive_line(value)
            self._mark(f"client {value} receives {got!r}")
        elif action == "close":
            self._mark(f"client {value} closes")
            self._clients.pop(value).close()
        elif action == "signal":
            if options.get("wait_idle", True):
                self._wait_until_loop_idle(
                    f"{value} was not sent (wait_idle = false sends it at once)"
                )
            # Ctrl-C to a process that has gone: no-op
            if self.proc.poll() is None:
                sig = signal.Signals[value]
                if options.get("to") == "pid1":
                    self._mark(f"{value} to process 1")
                    os.kill(self._pid1(), sig)
                elif options.get("to") == "group":
                    self._mark(f"{value} to the process group")
                    os.killpg(self._own_group(), sig)
                else:
                    self._mark(value)
                    self.proc.send_signal(sig)
        elif action == "inspect":
            self._inspect(value)
        elif action in ("get", "post"):
            self._request(action.upper(), value, options.get("path", "/"))
        elif action in ("websocket", "stream"):
            self._open(action, value, options.get("path", "/"))
        elif action == "exits_within":
            try:
                self.proc.wait(timeout=value)
            except subprocess.TimeoutExpired:
                self._mark(f"still running after {value} s")
        elif action == "pause":  # time passes; the process is left alone
            self._mark(f"pause {value} s")
            time.sleep(value)
        else:  # guide.core.scenario checked the file: a step added there only
            raise ValueError(f"no runner for the step {action!r}")

    def _inspect(self, command: str) -> None:
        """``python -m asyncio <command> <pid>``, or ``py-spy dump --pid <pid>``, run
        as a reader would run it from another terminal once the event loop is idle;
        its output is marked off in the transcript."""
        pid = str(self.proc.pid)
        self._wait_until_loop_idle(f"{command} was not run")
        if command == "py-spy":
            self._mark("$ py-spy dump --pid <pid>")
            argv = [py_spy(self.python), "dump", "--pid", pid]
        else:
            self._mark(f"$ python -m asyncio {command} <pid>")
            argv = [self.python, "-m", "asyncio", command, pid]
        result = subprocess.run(
            argv,
            capture_output=True,
            text=True,
            timeout=STEP_TIMEOUT,
            check=False,
        )
        output = result.stdout + result.stderr
        if command == "py-spy":
            output = _py_spy_stable(output, pid, self.python)
        else:
            # The pid appears as the thread id of `ps`: keep the columns' widths.
            output = re.sub(
                rf"\b{pid}( *)",
                lambda m: "<pid>".ljust(len(m[0])),
                output,
            )
        with self._lock:
            self._chunks.append(output)
        self._mark(f"exit status {result.returncode}")

    def _wait_until_loop_idle(self, otherwise: str) -> None:
        """Until the main thread sleeps in epoll/select, i.e. the event loop is idle.

        A line the program printed says it got *near* its idle point; on a loaded
        machine it may still be running the next step, and a signal landing there
        (Python 3.10 raises KeyboardInterrupt wherever it lands) changes the story.
        A program that never idles in an event loop (it joins a thread, say) fails
        here: its scenario says ``wait_idle = false``.
        """
        pid = self._last() if self._wrapped else self.proc.pid
        wchan = Path(f"/proc/{pid}/wchan")
        deadline = time.monotonic() + IDLE_TIMEOUT
        while self.proc.poll() is None:
            try:
                if wchan.read_text() in _IDLE_WAITS:
                    return
            except OSError:
                return  # it has just ended
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"the event loop was not idle within {IDLE_TIMEOUT} s, so "
                    f"{otherwise}; transcript so far:\n{self.transcript()}"
                )
            time.sleep(0.01)

    def _wait(self, pattern: str) -> None:
        regex = re.compile(pattern)
        deadline = time.monotonic() + STEP_TIMEOUT
        with self._lock:
            while True:
                match = regex.search(self._output, self._seen)
                # a whole line, so that nothing is cut in two by the next marker
                if match and "\n" in self._output[match.end() :]:
                    self._seen = self._output.index("\n", match.end()) + 1
                    self._captured.update(match.groupdict())
                    if "port" in match.groupdict():
                        self.ports.append(int(match["port"]))
                    return
                left = deadline - time.monotonic()
                if left <= 0 or (self.proc.poll() is not None and not match):
                    raise AssertionError(
                        f"never printed {pattern!r}; transcript so far:\n"
                        + normalise("".join(self._chunks))
                    )
                self._lock.wait(timeout=min(left, 0.1))

    def _wait_listening(self) -> None:
        """Until the program listens on a TCP port of 127.0.0.1: that port is kept
        for ``connect`` and the HTTP steps, as a ``wait`` step's ``port`` is."""
        pid = self._last() if self._wrapped else self.proc.pid
        deadline = time.monotonic() + STEP_TIMEOUT
        while not (port := listening_port(pid)):
            if time.monotonic() > deadline or self.proc.poll() is not None:
                raise AssertionError(
                    "never listened on 127.0.0.1; transcript so far:\n"
                    + self.transcript()
                )
            time.sleep(0.02)
        self._captured["port"] = str(port)
        self.ports.append(port)

    def _request(self, method: str, count: int, path: str) -> None:
        if self._http is None:
            self._http = HttpLoad(timeout=CLIENT_TIMEOUT)
        noun = "request" if count == 1 else "requests"
        self._mark(f"{count} {noun} {method} {path}")
        self._http.send(method, int(self._captured["port"]), path, count)

    def _open(self, kind: str, count: int, path: str) -> None:
        """``count`` long-lived clients (WebSockets or event streams), not
        awaited: how each ended is counted when the process has ended."""
        if self._http is None:
            self._http = HttpLoad(timeout=CLIENT_TIMEOUT)
        port = int(self._captured["port"])
        noun = kind if count == 1 else f"{kind}s"
        if kind == "websocket":
            self._mark(f"{count} {noun} {path}")
            self._http.open_websockets(port, path, count)
        else:
            self._mark(f"{count} {noun} GET {path}")
            self._http.open_streams(port, path, count)

    def _connect(self, client: int) -> None:
        port = int(self._captured["port"])
        self._mark(f"client {client} connects")
        self._clients[client] = socket.create_connection(
            ("127.0.0.1", port), timeout=CLIENT_TIMEOUT
        )

    def _receive_line(self, client: int) -> str:
        sock, data = self._clients[client], b""
        while not data.endswith(b"\n"):
            chunk = sock.recv(4096)
            if not chunk:
                break
            data += chunk
        return data.decode()
