"""Real servers that some examples talk to, started and stopped by the tests themselves.

A snippet declares ``# needs: redis-server``; the test then starts one Redis server for
the whole run on 127.0.0.1 and a free port, hands its URL to the example in the
``REDIS_URL`` environment variable, and stops it at the end. Without a ``redis-server``
binary the example is skipped with a message saying so, or fails when ``CI`` is set.
"""

from __future__ import annotations

import os
import platform
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from guide.layout import required_python

NEEDS = "# needs: redis-server"


def needs_redis(snippet: Path) -> bool:
    return NEEDS in snippet.read_text(encoding="utf-8")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def redis_url():
    binary = shutil.which("redis-server")
    if binary is None:
        message = "redis-server is not installed (Debian: apt-get install redis-server)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    port = _free_port()
    with tempfile.TemporaryDirectory() as data:
        proc = subprocess.Popen(
            [
                binary,
                "--bind",
                "127.0.0.1",
                "--port",
                str(port),
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                data,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 10
            while True:
                try:
                    socket.create_connection(
                        ("127.0.0.1", port), timeout=1
                    ).close()
                    break
                except OSError:
                    if time.monotonic() > deadline or proc.poll() is not None:
                        pytest.fail(
                            f"redis-server did not start on port {port}"
                        )
                    time.sleep(0.05)
            url = f"redis://127.0.0.1:{port}/0"
            os.environ["REDIS_URL"] = url
            yield url
        finally:
            os.environ.pop("REDIS_URL", None)
            proc.terminate()
            proc.wait(timeout=10)


def prepare(snippet: Path, request: pytest.FixtureRequest) -> None:
    """What an example needs before it runs: a recent enough Python, its servers."""
    needs = required_python(snippet)
    if sys.version_info < needs:
        pytest.skip(
            f"needs Python {needs[0]}.{needs[1]}+, "
            f"this is {platform.python_version()}"
        )
    if needs_redis(snippet):
        request.getfixturevalue("redis_url")
