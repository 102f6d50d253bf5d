"""The guide's pytest plugin (``tests/conftest.py`` loads it): the servers examples
need, as session fixtures, and the one rule for what this machine lacks.

``missing(message)`` skips the test locally and fails it under CI (``guide.core.ci``):
a missing server, a command a scenario needs (``unshare``, ``tini``), a tool that cannot
work here (py-spy without ptrace), Chromium.
``prepare(example, request)`` gives an example what it needs before it runs.
"""

from __future__ import annotations

import os
import platform
import sys

import pytest

from guide.core.ci import on_ci
from guide.core.example import Example
from guide.testing import servers
from guide.testing.processes import command_fails, py_spy_fails

# `# needs: <server>` in a snippet, and the fixture that provides that server
SERVERS = {"redis-server": "redis_url", "postgresql": "database_url"}
# `# needs: <tool>`, and what says why the tool cannot work here (None: it can)
TOOLS = {"py-spy": py_spy_fails}


def missing(message: str) -> None:
    """What this machine lacks: skipped locally, a failure under CI."""
    if on_ci():
        pytest.fail(f"{message} (CI is set: missing is a failure)")
    pytest.skip(message)


def _serve(server, variable: str):
    """The server's URL, also in the environment variable examples read."""
    try:
        with server() as url:
            os.environ[variable] = url
            try:
                yield url
            finally:
                os.environ.pop(variable, None)
    except servers.Missing as e:
        missing(str(e))
    except servers.Failed as e:
        pytest.fail(str(e))


@pytest.fixture(scope="session")
def redis_url():
    yield from _serve(servers.redis_server, "REDIS_URL")


@pytest.fixture(scope="session")
def database_url():
    yield from _serve(servers.postgres_server, "DATABASE_URL")


def prepare(example: Example, request: pytest.FixtureRequest) -> None:
    """What an example needs before it runs: a recent enough Python, the programs its
    scenario's command runs, its servers and tools."""
    if example.requires and sys.version_info < example.requires:
        pytest.skip(
            "needs Python {}.{}+, ".format(*example.requires)
            + f"this is {platform.python_version()}"
        )
    why = command_fails(example)
    if why:
        missing(why + " (it needs root, util-linux's unshare and tini)")
    for need in example.needs:
        if need in TOOLS:
            why = TOOLS[need]()
            if why:
                missing(why)
        elif need in SERVERS:
            request.getfixturevalue(SERVERS[need])
        else:
            pytest.fail(
                f"{example.name}: `# needs: {need}` names no server or tool "
                f"({', '.join([*SERVERS, *TOOLS])})"
            )
