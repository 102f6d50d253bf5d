"""Process examples: run each as a real process, compare its transcript with the stored one.

``pytest --update-examples`` rewrites the transcripts, as it does ``#>`` lines: beside the
snippet on the reference Python, under ``versions/<X.Y>/`` where an older one differs.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from guide import (
    REFERENCE,
    ROOT,
    expected_file,
    running_python,
    snippet_files,
    variant_path,
)
from process_examples import ProcessRun, is_process_example, transcript_path
from servers import prepare

PROCESS_SNIPPETS = [p for p in snippet_files() if is_process_example(p)]
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
    "snippet",
    PROCESS_SNIPPETS,
    ids=lambda p: str(p.relative_to(ROOT / "snippets")),
)
def test_transcript(snippet: Path, request: pytest.FixtureRequest):
    prepare(snippet, request)
    run = ProcessRun(snippet, started=STARTED, ports=PORTS)
    got = run.run()
    python = running_python()
    reference = transcript_path(snippet)
    if request.config.getoption("update_examples"):
        _update(reference, got, python)
        return
    expected = expected_file(reference, python)
    assert expected.exists(), (
        f"no transcript {expected}; run with --update-examples"
    )
    assert got == expected.read_text(encoding="utf-8"), (
        f"{snippet.name} on Python {python} printed a different transcript"
    )


def _update(reference: Path, got: str, python: str) -> None:
    if python == REFERENCE:
        reference.write_text(got, encoding="utf-8")
        return
    variant = variant_path(reference, python)
    if reference.exists() and got == reference.read_text(encoding="utf-8"):
        variant.unlink(missing_ok=True)
    else:
        variant.parent.mkdir(parents=True, exist_ok=True)
        variant.write_text(got, encoding="utf-8")
