"""The browser tests' fixtures (a pytest plugin, registered by tests/conftest.py where
Selenium is installed): the site built and served on 127.0.0.1 once per test process,
one Chromium for the session, and a page visit that waits until the page has settled.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.support.ui import WebDriverWait

from guide.testing.browser import (
    STARTED,
    Server,
    build_version,
    mkdocs_config,
    start_chrome,
)

WAIT = 10  # seconds, for whatever a page does after its load event


@dataclass
class Site:
    url: str  # http://127.0.0.1:<port>/3.X/, as mike deploys it
    folder: Path  # the built site
    config: Path  # the mkdocs.yml it was built from

    def page(self, url: str) -> str:
        """The page a URL shows: ``"en/cancellation/"``."""
        return urlsplit(url).path[len(urlsplit(self.url).path) :]

    @property
    def project(self) -> Path:
        return self.config.parent

    def search_index(self) -> list[dict]:
        index = self.folder / "search" / "search_index.json"
        return json.loads(index.read_text(encoding="utf-8"))["docs"]


@dataclass
class Visit:
    errors: list[str] = field(default_factory=list)  # console, level SEVERE
    requests: list[str] = field(default_factory=list)  # every URL asked for
    languages: dict[str, str] = field(default_factory=dict)  # hreflang: href
    lang: str = ""  # <html lang>
    h1: str = ""


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Site:
    root = tmp_path_factory.mktemp("pages")
    config = mkdocs_config()
    with Server(root) as server:
        # SITE_URL is on this server: the sitemap (which Material's language
        # selector reads) then names pages here.
        url, folder, _ = build_version(root, server.url, config)
        yield Site(url, folder, config)


@pytest.fixture(scope="session")
def browser(tmp_path_factory, site):
    driver = start_chrome(tmp_path_factory.mktemp("chromium-profile"))
    try:
        driver.execute_cdp_cmd(
            "Browser.grantPermissions",
            {
                "origin": "http://" + urlsplit(site.url).netloc,
                "permissions": [
                    "clipboardReadWrite",
                    "clipboardSanitizedWrite",
                ],
            },
        )
        yield driver
    finally:
        driver.quit()


PAGE_FACTS = """
return {
  lang: document.documentElement.lang,
  h1: (document.querySelector("h1") || {textContent: ""}).textContent,
  languages: Object.fromEntries([
    ...document.querySelectorAll(".md-header .md-select__link[hreflang]"),
  ].map(a => [a.hreflang, a.href])),
};
"""


def visit(driver, url: str) -> Visit:
    """Load ``url`` and wait until every request the page made has ended."""
    driver.get_log("browser")  # forget what earlier pages logged
    driver.get_log("performance")
    driver.get(url)
    result = Visit()
    pending: set[str] = set()
    ended: set[str] = set()

    def started(d) -> bool:
        for entry in d.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            params = message.get("params", {})
            if message["method"] == "Network.requestWillBeSent":
                result.requests.append(params["request"]["url"])
                # the page's own requests; its worker's (no loaderId) are done
                # when search is ready
                if (
                    params["loaderId"]
                    and params["request"]["url"][:4] == "http"
                ):
                    pending.add(params["requestId"])
            elif message["method"] in (
                "Network.loadingFinished",
                "Network.loadingFailed",
            ):
                ended.add(params["requestId"])
        return pending <= ended and d.execute_script(STARTED)

    try:
        WebDriverWait(driver, WAIT, poll_frequency=0.05).until(started)
    except TimeoutException:
        result.errors.append(
            f"not settled after {WAIT} s (search not ready, or requests "
            f"pending: {sorted(pending - ended)})"
        )
    result.errors += [
        entry["message"]
        for entry in driver.get_log("browser")
        if entry["level"] == "SEVERE"
    ]
    for name, value in driver.execute_script(PAGE_FACTS).items():
        setattr(result, name, value)
    return result
