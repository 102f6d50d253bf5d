"""Serve the gh-pages branch as GitHub Pages does, so that a contributor sees what a
reader gets: static files, a folder's ``index.html``, and every missing path answered
with status 404 and the root's ``404.html``. ``uv run nox -s serve-versions`` runs it
in build/pages-repo, after the ``pages`` session deployed there::

    python -m guide.tools.static_host [ADDRESS:PORT]   # default 127.0.0.1:8000

It serves the branch's files as committed (a copy in a temporary folder), not the
working tree. ``mike serve`` does not answer a missing path with ``404.html``.
"""

from __future__ import annotations

import functools
import subprocess
import sys
import tempfile
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

BRANCH = "gh-pages"
NOT_FOUND = "404.html"


class StaticHostHandler(SimpleHTTPRequestHandler):
    """A folder as GitHub Pages serves it: no listing of a folder without
    ``index.html``, and the root's ``404.html`` (status 404) for whatever is missing."""

    def list_directory(self, path):
        self.send_error(404)

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / NOT_FOUND
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        return None


def extract(repo: Path, branch: str, dest: Path) -> None:
    """The files of ``branch`` as committed, into ``dest``."""
    archive = subprocess.run(
        ["git", "archive", branch],
        cwd=repo,
        capture_output=True,
        check=True,
    )
    subprocess.run(["tar", "-x", "-C", dest], input=archive.stdout, check=True)


def serve(folder: Path, host: str, port: int) -> None:
    handler = functools.partial(StaticHostHandler, directory=str(folder))
    with ThreadingHTTPServer((host, port), handler) as httpd:
        print(f"serving {BRANCH} on http://{host}:{port}/", flush=True)
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            pass


def main(argv: list[str]) -> int:
    host, _, port = (argv[0] if argv else "127.0.0.1:8000").rpartition(":")
    with tempfile.TemporaryDirectory(prefix="gh-pages-") as folder:
        extract(Path.cwd(), BRANCH, Path(folder))
        serve(Path(folder), host or "127.0.0.1", int(port))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
