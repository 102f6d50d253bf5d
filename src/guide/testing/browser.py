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
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from guide.core.ci import on_ci
from guide.core.paths import ROOT
from guide.core.pythons import LATEST

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
    """Skip the calling test module when Chromium isn't installed, unless on CI
    (``guide.core.ci``), where the tests then fail."""
    import pytest

    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing and not on_ci():
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
    """``properdocs build --strict`` into ``dest``; the seconds it took."""
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "properdocs", "build", "--strict"]
        + ["-f", str(config), "-d", str(dest)],
        cwd=config.parent,  # pymdownx.snippets' base_path "." is the project
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": site_url},
        timeout=300,
    )
    if result.returncode:
        raise RuntimeError(f"the build failed:\n{result.stderr}")
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


# The results shown, all of them, once they are those of ``query``: with
# search.highlight, each result links to its page with ?h=<query>.
_RESULTS = """
const query = arguments[0];
const meta = document.querySelector(".md-search-result__meta").textContent;
const config = JSON.parse(document.getElementById("__config").textContent);
if (meta.trim() === config.translations["search.result.none"])
  return {links: [], shown: 0, total: 0};
const links = [...document.querySelectorAll(".md-search-result__item > a")];
// the results are this query's when a link highlights only words of it
const words = query.toLowerCase().split(/[\\s\\-]+/);  // as Material splits
const ours = a => {
  const h = (new URL(a.href).searchParams.get("h") || "").toLowerCase();
  const found = h.split(/\\s+/).filter(Boolean);
  return found.length && found.every(w => words.includes(w));
};
if (!links.some(ours)) return null;
return {
  links: links.map(a => a.href),
  shown: document.querySelectorAll(".md-search-result__item").length,
  total: parseInt(meta.replace(/\\D/g, ""), 10),
};
"""

# Material adds the results after the first 10 four at a time, each time the end of the
# list comes into view: scroll away from it and back.
_MORE = """
const wrap = document.querySelector(".md-search__scrollwrap");
wrap.scrollTop = wrap.scrollTop > 0 ? 0 : wrap.scrollHeight;
"""

_PASTE = """
const [box, text] = arguments;
box.value = text;
box.dispatchEvent(new KeyboardEvent("keyup", {key: "v", ctrlKey: true}));
"""

_EMPTY = """
const meta = document.querySelector(".md-search-result__meta").textContent.trim();
const config = JSON.parse(document.getElementById("__config").textContent);
return meta === config.translations["search.result.placeholder"];
"""

_SHOWN = """
return [document.querySelector(".md-search-result__meta").textContent.trim(),
  ...[...document.querySelectorAll(".md-search-result__item > a")]
    .map(a => a.href)];
"""


def search(
    driver,
    query: str,
    wait: float = 10,
    enough: int | None = None,
    paste: bool = False,
) -> list[str]:
    """Type ``query`` into the search box (emptied first), or paste it (the whole line
    at once, then the key released, which is what Material's search listens to); the
    links found, in order: every result's, or (``enough``) those of at least the first
    ``enough`` results."""
    box = driver.find_element(By.CSS_SELECTOR, "input.md-search__input")
    box.click()
    box.clear()
    WebDriverWait(driver, wait, poll_frequency=0.05).until(
        lambda d: d.execute_script(_EMPTY)
    )
    if paste:
        driver.execute_script(_PASTE, box, query)
    else:
        box.send_keys(query)
    try:
        results = WebDriverWait(driver, wait, poll_frequency=0.05).until(
            lambda d: d.execute_script(_RESULTS, query)
        )
    except TimeoutException:
        shown = driver.execute_script(_SHOWN)
        raise AssertionError(f"no results for {query!r}: {shown}") from None
    # scroll until every result is listed, or the list stops growing
    deadline, still = time.monotonic() + wait, 0
    wanted = results["total"] if enough is None else enough
    while results["shown"] < min(wanted, results["total"]) and still < 10:
        if time.monotonic() > deadline:
            break
        driver.execute_script(_MORE)
        time.sleep(0.1)
        more = driver.execute_script(_RESULTS, query) or results
        still = still + 1 if more["shown"] == results["shown"] else 0
        results = more
    return results["links"]
