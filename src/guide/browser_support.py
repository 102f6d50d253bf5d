"""Build the site, serve it on 127.0.0.1, drive Debian's Chromium: for the browser tests and
benchmarks/site_weight.py.
"""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from guide.layout import ROOT
from guide.pythons import LATEST

# Debian's packages (chromium, chromium-driver); another Chrome and its driver can be
# named, as the GitHub workflow does on Ubuntu, whose Chromium is a snap.
CHROMIUM = Path(os.environ.get("BROWSER_TESTS_CHROMIUM", "/usr/bin/chromium"))
CHROMEDRIVER = Path(
    os.environ.get("BROWSER_TESTS_CHROMEDRIVER", "/usr/bin/chromedriver")
)
CHROME_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
)
PAGE_LOAD_TIMEOUT = 20


# Loaded, and Material done with its start-up: if the search index was asked for,
# the search worker has it and its languages (its placeholder replaces
# "Initializing search").
STARTED = """
if (document.readyState !== "complete") return false;
const meta = document.querySelector(".md-search-result__meta");
if (!meta) return true;
// the index is asked for only once a reader searches (overrides/search_on_demand.js)
const asked = performance.getEntriesByType("resource")
  .some(r => r.name.includes("/search/search_index"));
const config = JSON.parse(document.getElementById("__config").textContent);
return !asked
  || meta.textContent.trim() === config.translations["search.result.placeholder"];
"""


def skip_without_chromium() -> None:
    """Skip the calling test module when Chromium isn't installed, unless on CI."""
    import pytest

    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing and os.environ.get("CI") != "true":
        pytest.skip(
            f"not installed: {', '.join(missing)} "
            "(apt-get install chromium chromium-driver)",
            allow_module_level=True,
        )


def mkdocs_config() -> Path:
    """mkdocs.yml, or the config named by BROWSER_TESTS_MKDOCS_CONFIG (a copy to try things)."""
    chosen = os.environ.get("BROWSER_TESTS_MKDOCS_CONFIG")
    return Path(chosen).resolve() if chosen else ROOT / "mkdocs.yml"


def build_site(dest: Path, site_url: str, config: Path) -> float:
    """``mkdocs build --strict`` into ``dest``; the seconds it took."""
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"]
        + ["-f", str(config), "-d", str(dest)],
        cwd=config.parent,  # pymdownx.snippets' base_path "." is the project
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": site_url},
        timeout=300,
    )
    if result.returncode:
        raise RuntimeError(f"mkdocs build failed:\n{result.stderr}")
    return time.perf_counter() - start


def build_version(root: Path, server_url: str, config: Path):
    """The site as mike deploys it for the latest Python: ``root/3.X/`` beside a
    versions.json (which Material's version selector reads). The site's URL and folder,
    and the build's seconds.
    """
    version = LATEST
    url, folder = f"{server_url}{version}/", root / version
    seconds = build_site(folder, url, config)  # mike puts 3.X/ in site_url
    mike = [{"version": version, "title": f"Python {version}", "aliases": []}]
    (root / "versions.json").write_text(json.dumps(mike), encoding="utf-8")
    return url, folder, seconds


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


class Server:
    """A threaded http.server for ``directory`` on 127.0.0.1, on a free port."""

    def __init__(self, directory: Path, handler=QuietHandler):
        directory.mkdir(parents=True, exist_ok=True)
        self.httpd = ThreadingHTTPServer(
            ("127.0.0.1", 0),
            functools.partial(handler, directory=str(directory)),
        )
        self.httpd.daemon_threads = True
        host, port = self.httpd.server_address[:2]
        self.url = f"http://{host}:{port}/"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, daemon=True
        )

    def __enter__(self) -> Server:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=10)


def page_paths(site: Path) -> list[str]:
    """The URL path of every built page, both languages: ``""``, ``"en/cancellation/"``..."""
    paths = []
    for html in sorted(site.rglob("*.html")):
        relative = html.relative_to(site).as_posix()
        if relative.endswith("index.html"):
            relative = relative[: -len("index.html")]
        paths.append(relative)
    return paths


def start_chrome(user_data_dir: Path) -> webdriver.Chrome:
    """Headless Chromium with console and network (performance) logs, 1280 px wide."""
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in CHROME_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={user_data_dir}")
    options.add_argument("--window-size=1280,900")
    options.set_capability(
        "goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"}
    )
    driver = webdriver.Chrome(
        service=Service(str(CHROMEDRIVER)), options=options
    )
    driver.set_page_load_timeout(PAGE_LOAD_TIMEOUT)
    driver.set_script_timeout(10)
    return driver
