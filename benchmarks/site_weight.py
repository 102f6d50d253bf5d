"""How heavy is each page of the site? Prints figures; asserts nothing.

    uv run python benchmarks/site_weight.py

Builds the site once (timed), as mike deploys it (``3.X/`` beside ``versions.json``), and
serves it on 127.0.0.1 the way a static host such as GitHub Pages does: gzip for text
(html, css, js, json, svg, xml) when the browser asks for it, ``Cache-Control:
max-age=600``, 304 for an unchanged file. Then Debian's headless Chromium loads every page
of both languages:

* first load, cache emptied: bytes the server sent (status line, headers and body, gzipped
  as sent), requests it answered (the search worker's included), first contentful paint;
* then the next page of the list (a reader following a link), with that cache: the same
  figures;
* last, for each language, the first search on a page: what typing a word costs (the
  search index is asked for only then: overrides/search_on_demand.js).

Bytes are counted by the server on the socket, so they are what crossed the (loopback)
wire, compressed; "raw" is the same files uncompressed. Times are from a local server and
an idle machine: they show the browser's own work, not a network's.
"""

from __future__ import annotations

import email.utils
import gzip
import statistics
import tempfile
import threading
import time
from pathlib import Path

from selenium.webdriver.support.ui import WebDriverWait

from guide.testing.browser import (
    STARTED,
    QuietHandler,
    Server,
    build_version,
    mkdocs_config,
    page_paths,
    start_chrome,
)

COMPRESSED = ("text/", "javascript", "json", "xml")
GZIP_LEVEL = 6  # zlib's default, what most servers and CDNs use
MAX_AGE = 600  # GitHub Pages' Cache-Control


class Counts:
    def __init__(self):
        self.lock = threading.Lock()
        self.reset()

    def reset(self):
        with self.lock:
            self.sent = self.raw = self.requests = self.busy = 0
            self.files: list[tuple[str, int, int]] = []  # path, sent, raw


class _CountingWriter:
    """The connection's socket writer, counting what it writes."""

    def __init__(self, inner):
        self.inner, self.written = inner, 0

    def write(self, data):
        self.written += len(data)
        return self.inner.write(data)

    def __getattr__(self, name):  # flush, closed...
        return getattr(self.inner, name)


class StaticHost(QuietHandler):
    """http.server answering like a static host: gzip, max-age, 304; counting bytes."""

    protocol_version = "HTTP/1.1"  # keep-alive, as browsers and hosts use
    counts = Counts()

    def setup(self):
        super().setup()
        self.wfile = _CountingWriter(self.wfile)

    def do_GET(self):
        with self.counts.lock:
            self.counts.requests += 1
            self.counts.busy += 1
        before, raw = self.wfile.written, 0
        try:
            raw = self._answer()
        finally:
            sent = self.wfile.written - before
            with self.counts.lock:
                self.counts.busy -= 1
                self.counts.sent += sent
                self.counts.raw += raw
                self.counts.files.append((self.path, sent, raw))

    def _answer(self) -> int:
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        if not path.is_file():
            super().do_GET()  # the redirect to "dir/", or the 404
            return 0
        modified = int(path.stat().st_mtime)
        since = self.headers.get("If-Modified-Since")
        if (
            since
            and modified
            <= email.utils.parsedate_to_datetime(since).timestamp()
        ):
            self.send_response(304)
            self._cache_headers(modified)
            self.end_headers()
            return 0
        body = raw = path.read_bytes()
        kind = self.guess_type(str(path))
        self.send_response(200)
        self.send_header("Content-Type", kind)
        if any(t in kind for t in COMPRESSED):
            self.send_header("Vary", "Accept-Encoding")
            if "gzip" in self.headers.get("Accept-Encoding", ""):
                body = gzip.compress(raw, GZIP_LEVEL, mtime=0)
                self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self._cache_headers(modified)
        self.end_headers()
        self.wfile.write(body)
        return len(raw)

    def _cache_headers(self, modified: int) -> None:
        self.send_header("Last-Modified", self.date_time_string(modified))
        self.send_header("Cache-Control", f"max-age={MAX_AGE}")


_FCP = """
const [fcp] = performance.getEntriesByName("first-contentful-paint");
return fcp ? fcp.startTime : null;
"""


def load(driver, url: str) -> dict:
    """One navigation, from about:blank; what the server saw until the page was quiet."""
    driver.get("about:blank")
    counts = StaticHost.counts
    counts.reset()
    driver.get(url)
    seen = [-1]

    def quiet(d) -> bool:  # started, nothing in flight, no new request
        with counts.lock:
            now, busy = counts.requests, counts.busy
        done = not busy and now == seen[0] and d.execute_script(STARTED)
        seen[0] = now
        return done

    WebDriverWait(driver, 20, poll_frequency=0.1).until(quiet)
    with counts.lock:
        return {
            "sent": counts.sent,
            "raw": counts.raw,
            "requests": counts.requests,
            "fcp": driver.execute_script(_FCP),
            "files": list(counts.files),
        }


_SEARCHED = """
const meta = document.querySelector(".md-search-result__meta").textContent.trim();
const config = JSON.parse(document.getElementById("__config").textContent);
return /\\d/.test(meta) || meta === config.translations["search.result.none"];
"""


def first_search(driver) -> dict:
    """Type a word into the search box of the page loaded: what the server sent until
    the results showed, and the milliseconds that took."""
    counts = StaticHost.counts
    counts.reset()
    box = driver.find_element("css selector", "input.md-search__input")
    start = time.perf_counter()
    box.click()
    box.send_keys("asyncio")
    WebDriverWait(driver, 20, poll_frequency=0.01).until(
        lambda d: d.execute_script(_SEARCHED)
    )
    ms = (time.perf_counter() - start) * 1000
    with counts.lock:
        return {"sent": counts.sent, "requests": counts.requests, "ms": ms}


def kib(n: float) -> str:
    return f"{n / 1024:.1f}"


def measure(config: Path) -> tuple[float, list]:
    """Build the site of ``config`` once and load each page, then the next one: the
    build's seconds, ``(page, first load, next page's load)`` for every page, and
    ``(page, first search)`` for a page of each language."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "pages"
        with Server(root, handler=StaticHost) as server:
            url, folder, build_seconds = build_version(
                root, server.url, config
            )
            driver = start_chrome(Path(tmp) / "profile")
            try:
                driver.execute_cdp_cmd("Network.enable", {})
                rows, paths = [], page_paths(folder)
                for path, following in zip(
                    paths, paths[1:] + paths[:1], strict=True
                ):
                    driver.execute_cdp_cmd("Network.clearBrowserCache", {})
                    first = load(driver, url + path)
                    second = load(driver, url + following)
                    rows.append((path or "(home)", first, second))
                searches = []
                for path in ("", "en/"):
                    driver.execute_cdp_cmd("Network.clearBrowserCache", {})
                    load(driver, url + path)
                    searches.append((path or "(home)", first_search(driver)))
            finally:
                driver.quit()
    return build_seconds, rows, searches


def main() -> None:
    report(*measure(mkdocs_config()))


def report(build_seconds: float, rows: list, searches: list) -> None:
    print(f"build (properdocs build --strict, once): {build_seconds:.2f} s")
    print(
        f"gzip level {GZIP_LEVEL} for text, Cache-Control: max-age={MAX_AGE}; "
        "KiB as sent (raw = uncompressed)\n"
    )
    header = (
        f"{'page':<26}{'1st KiB':>9}{'raw KiB':>9}{'reqs':>6}"
        f"{'FCP ms':>8}{'next KiB':>9}{'reqs':>6}{'FCP ms':>8}"
    )
    print(header)
    print("-" * len(header))
    columns = {
        k: []
        for k in ("sent1", "raw1", "req1", "fcp1", "sent2", "req2", "fcp2")
    }
    for name, first, second in rows:
        values = {
            "sent1": first["sent"],
            "raw1": first["raw"],
            "req1": first["requests"],
            "fcp1": first["fcp"] or 0,
            "sent2": second["sent"],
            "req2": second["requests"],
            "fcp2": second["fcp"] or 0,
        }
        for key, value in values.items():
            columns[key].append(value)
        print(line(name, values))
    print("-" * len(header))
    for label, fn in (("median", statistics.median), ("max", max)):
        print(line(label, {k: fn(v) for k, v in columns.items()}))
    print("\nfirst search (typing 'asyncio' until results show):")
    for name, got in searches:
        print(
            f"  {name:<10}{kib(got['sent']):>7} KiB in {got['requests']} "
            f"requests, {got['ms']:.0f} ms"
        )
    heaviest = max(rows, key=lambda row: row[1]["sent"])
    print(f"\nfirst load of {heaviest[0]}, by file (KiB sent / raw):")
    for path, sent, raw in sorted(heaviest[1]["files"], key=lambda f: -f[1]):
        print(f"  {kib(sent):>7} / {kib(raw):>7}  {path}")


def line(name: str, v: dict) -> str:
    return (
        f"{name:<26}{kib(v['sent1']):>9}{kib(v['raw1']):>9}{v['req1']:>6.0f}"
        f"{v['fcp1']:>8.0f}{kib(v['sent2']):>9}{v['req2']:>6.0f}"
        f"{v['fcp2']:>8.0f}"
    )


if __name__ == "__main__":
    main()
