"""guide.tools.static_host: a folder served as GitHub Pages serves gh-pages (what
``uv run nox -s serve-versions`` shows, and what the browser tests of the versioned
site are served by)."""

from __future__ import annotations

import http.client
import subprocess

import pytest

from guide.testing.browser import QuietHandler, Server
from guide.tools import static_host


class Handler(QuietHandler, static_host.StaticHostHandler):
    pass


NOT_FOUND = "<!doctype html><title>404</title>the root's\n"


@pytest.fixture
def site(tmp_path):
    (tmp_path / "index.html").write_text("home")
    (tmp_path / "3.15" / "en").mkdir(parents=True)
    (tmp_path / "3.15" / "en" / "index.html").write_text("english")
    (tmp_path / "3.15" / "assets").mkdir()
    (tmp_path / "3.15" / "assets" / "guide.css").write_text("a {}")
    (tmp_path / "404.html").write_text(NOT_FOUND)
    with Server(tmp_path, handler=Handler) as server:
        host, port = server.httpd.server_address[:2]
        yield host, port


def ask(site, path, method="GET"):
    connection = http.client.HTTPConnection(*site, timeout=10)
    try:
        connection.request(method, path)
        response = connection.getresponse()
        return response.status, response.getheader("Location"), response.read()
    finally:
        connection.close()


def test_files_and_a_folders_index(site):
    assert ask(site, "/") == (200, None, b"home")
    assert ask(site, "/3.15/en/") == (200, None, b"english")
    assert ask(site, "/3.15/assets/guide.css")[::2] == (200, b"a {}")


def test_a_folder_without_its_slash_is_redirected(site):
    status, location, _ = ask(site, "/3.15/en")
    assert (status, location) == (301, "/3.15/en/")


@pytest.mark.parametrize(
    "path", ["/3.9/en/signals/", "/3.15/no-such-page/", "/3.15/assets/"]
)
def test_a_missing_path_gets_the_root_404_page(site, path):
    # a folder without index.html is missing too: no listing
    assert ask(site, path) == (404, None, NOT_FOUND.encode())
    assert ask(site, path, "HEAD") == (404, None, b"")


def test_without_a_404_page_a_missing_path_is_a_plain_404(site, tmp_path):
    (tmp_path / "404.html").unlink()
    status, _, body = ask(site, "/gone/")
    assert status == 404 and NOT_FOUND.encode() not in body


def test_the_branch_is_served_as_committed(tmp_path):
    repo, dest = tmp_path / "repo", tmp_path / "served"
    repo.mkdir(), dest.mkdir()

    def git(*args):
        subprocess.run(
            [
                "git",
                "-c",
                "user.name=t",
                "-c",
                "user.email=t@localhost",
                *args,
            ],
            cwd=repo,
            check=True,
            capture_output=True,
        )

    git("init", "-q", "-b", "gh-pages")
    (repo / "404.html").write_text(NOT_FOUND)
    git("add", "404.html")
    git("commit", "-qm", "deployed")
    (repo / "404.html").write_text("not committed")
    static_host.extract(repo, "gh-pages", dest)
    assert (dest / "404.html").read_text() == NOT_FOUND
