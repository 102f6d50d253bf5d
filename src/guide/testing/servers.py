"""Real servers that some examples talk to, started and stopped by the tests themselves
(``guide.testing.plugin`` makes them fixtures).

A snippet declares ``# needs: redis-server``; the test then starts one Redis server for
the whole run on 127.0.0.1 and a free port, hands its URL to the example in the
``REDIS_URL`` environment variable, and stops it at the end. Without a ``redis-server``
binary, ``Missing`` says so (the plugin skips locally, fails under CI).

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
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class Missing(Exception):
    """What this machine lacks to start a server."""


class Failed(Exception):
    """A server that is there but did not start."""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def redis_server() -> Iterator[str]:
    """A Redis server on 127.0.0.1 and a free port: its URL."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise Missing(
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
                        raise Failed(
                            f"redis-server did not start on port {port}"
                        ) from None
                    time.sleep(0.05)
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            _stop(proc, signal.SIGTERM)


def _stop(proc: subprocess.Popen, sig: signal.Signals) -> None:
    """``sig``, then SIGKILL if the server is still there 10 s later."""
    proc.send_signal(sig)
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)


def postgres_programs() -> Path | None:
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


@contextmanager
def postgres_server() -> Iterator[str]:
    """A PostgreSQL server in a new cluster on 127.0.0.1 and a free port: its URL."""
    programs = postgres_programs()
    if programs is None:
        raise Missing(
            "PostgreSQL is not installed (Debian: apt-get install postgresql)"
        )
    owner: dict = {}
    if os.geteuid() == 0:  # initdb refuses root: the package's own user
        try:
            user = pwd.getpwnam("postgres")
        except KeyError:
            raise Missing(
                "running as root, and there is no postgres user"
            ) from None
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
            raise Failed(f"initdb failed:\n{initdb.stdout}{initdb.stderr}")
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
                    raise Failed(
                        f"PostgreSQL did not start on port {port}:\n"
                        + log.read_text()
                    )
                time.sleep(0.05)
            yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
        finally:
            _stop(
                proc, signal.SIGINT
            )  # PostgreSQL's fast shutdown: ends sessions
