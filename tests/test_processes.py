"""Process examples: run each as a real process, compare its transcript with the stored one.

``pytest --update-examples`` records the transcripts instead, as it does ``#>`` lines:
beside the snippet on the latest Python, under ``versions/<X.Y>/`` where another differs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from guide.core.example import Example, examples
from guide.core.pythons import running_python
from guide.testing.plugin import prepare
from guide.testing.processes import ProcessRun

STARTED: list[int] = []
PORTS: list[int] = []


@pytest.fixture(scope="module", autouse=True)
def nothing_left_behind():
    """Every process ends and every port is closed, whatever the examples did."""
    yield
    alive = [pid for pid in STARTED if _alive(pid)]
    listening = sorted(set(PORTS) & _listening_ports())
    assert not alive, f"processes left running: {alive}"
    assert not listening, f"ports still listening: {listening}"


def _alive(pid: int) -> bool:
    status = Path(f"/proc/{pid}/status")
    return status.exists() and "State:\tZ" not in status.read_text()


def _listening_ports() -> set[int]:
    ports = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            if state == "0A":  # LISTEN
                ports.add(int(local.rsplit(":", 1)[1], 16))
    return ports


@pytest.mark.parametrize(
    "example", [e for e in examples() if e.is_process], ids=lambda e: e.id
)
def test_transcript(example: Example, request: pytest.FixtureRequest):
    prepare(example, request)
    got = ProcessRun(example, started=STARTED, ports=PORTS).run()
    python = running_python()
    if request.config.getoption("update_examples"):
        example.record(python, got)
        return
    assert got == example.expected(python), (
        f"{example.snippet.name} on Python {python} printed a different transcript"
    )
