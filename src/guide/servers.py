"""Real servers that some examples talk to, started and stopped by the tests themselves.

A snippet declares ``# needs: redis-server``; the test then starts one Redis server for
the whole run on 127.0.0.1 and a free port, hands its URL to the example in the
``REDIS_URL`` environment variable, and stops it at the end. Without a ``redis-server``
binary the example is skipped with a message saying so, or fails when ``CI`` is set.

``# needs: postgresql`` does the same with a PostgreSQL server (Debian's ``postgresql``
package, whose programs are in ``/usr/lib/postgresql/<N>/bin``; the newest ``N`` is
used, or ``initdb`` and ``postgres`` from ``PATH``): a new cluster in a temporary
directory, listening on 127.0.0.1 and a free port only, its URL in ``DATABASE_URL``
(user ``postgres``, no password). initdb refuses to run as root, so as root the
cluster belongs to, and the server runs as, the ``postgres`` user that the package
creates.
"""

from __future__ import annotations

import os
import platform
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from guide.layout import required_python
from guide.process_examples import command_fails

# `# needs: <server>` in a snippet, and the fixture that provides that server
SERVERS = {"redis-server": "redis_url", "postgresql": "database_url"}


def needs_server(snippet: Path, server: str) -> bool:
    return f"# needs: {server}" in snippet.read_text(encoding="utf-8")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _missing(message: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session")
def redis_url():
    binary = shutil.which("redis-server")
    if binary is None:
        _missing(
            "redis-server is not installed (Debian: apt-get install redis-server)"
        )
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


def _postgres_programs() -> Path | None:
    """The folder with ``initdb`` and ``postgres``: Debian's newest, or PATH's."""
    debian = [
        p.parent
        for p in Path("/usr/lib/postgresql").glob("*/bin/postgres")
        if p.parent.parent.name.isdigit()
    ]
    if debian:
        return max(debian, key=lambda p: int(p.parent.name))
    initdb, server = shutil.which("initdb"), shutil.which("postgres")
    if initdb and server and Path(initdb).parent == Path(server).parent:
        return Path(server).parent
    return None


@pytest.fixture(scope="session")
def database_url():
    programs = _postgres_programs()
    if programs is None:
        _missing(
            "PostgreSQL is not installed (Debian: apt-get install postgresql)"
        )
    owner: dict = {}
    if os.geteuid() == 0:  # initdb refuses root: the package's own user
        try:
            user = pwd.getpwnam("postgres")
        except KeyError:
            _missing("running as root, and there is no postgres user")
        owner = {"user": user.pw_uid, "group": user.pw_gid, "extra_groups": []}
    port = _free_port()
    with tempfile.TemporaryDirectory() as top:
        data, log = Path(top) / "data", Path(top) / "server.log"
        if owner:
            os.chown(top, owner["user"], owner["group"])
        initdb = subprocess.run(
            [
                programs / "initdb",
                "--pgdata",
                data,
                "--username=postgres",
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C",
                "--no-sync",
            ],
            capture_output=True,
            text=True,
            check=False,
            **owner,
        )
        if initdb.returncode != 0:
            pytest.fail(f"initdb failed:\n{initdb.stdout}{initdb.stderr}")
        settings = {
            "listen_addresses": "127.0.0.1",
            "port": port,
            "unix_socket_directories": "",  # TCP only
            "fsync": "off",  # a throwaway cluster
            "synchronous_commit": "off",
            "full_page_writes": "off",
        }
        with log.open("wb") as out:
            proc = subprocess.Popen(
                [
                    programs / "postgres",
                    "-D",
                    data,
                    *(f"--{k}={v}" for k, v in settings.items()),
                ],
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                **owner,
            )
        try:
            deadline = time.monotonic() + 30
            while "ready to accept connections" not in log.read_text():
                if time.monotonic() > deadline or proc.poll() is not None:
                    pytest.fail(
                        f"PostgreSQL did not start on port {port}:\n"
                        + log.read_text()
                    )
                time.sleep(0.05)
            url = f"postgresql://postgres@127.0.0.1:{port}/postgres"
            os.environ["DATABASE_URL"] = url
            yield url
        finally:
            os.environ.pop("DATABASE_URL", None)
            proc.send_signal(signal.SIGINT)  # fast shutdown: ends sessions
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)


def prepare(snippet: Path, request: pytest.FixtureRequest) -> None:
    """What an example needs before it runs: a recent enough Python, its servers."""
    needs = required_python(snippet)
    if sys.version_info < needs:
        pytest.skip(
            f"needs Python {needs[0]}.{needs[1]}+, "
            f"this is {platform.python_version()}"
        )
    why = command_fails(snippet)
    if why:
        _missing(why + " (it needs root, util-linux's unshare and tini)")
    for server, fixture in SERVERS.items():
        if needs_server(snippet, server):
            request.getfixturevalue(fixture)
