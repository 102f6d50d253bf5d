"""The versioned site that ``nox -s pages`` deployed, in Chromium: the version selector
lists every Python once and leads to the same page in the version chosen.

Runs in the ``versions`` session, after ``pages``.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait
from test_versions import REPO

from guide.core.pythons import LATEST, MINORS, version_key
from guide.testing.browser import (
    QuietHandler,
    Server,
    skip_without_chromium,
    start_chrome,
)

skip_without_chromium()

WAIT = 10  # seconds
PAGE = "en/cancellation/"

# A version's title is the first text of its element; an alias follows in a span.
_SELECTOR = """
const title = el => el.firstChild.textContent.trim();
const alias = el => (el.querySelector(".md-version__alias") || {textContent: ""})
  .textContent.trim();
return {
  current: title(document.querySelector(".md-version__current")),
  entries: [...document.querySelectorAll(".md-version__link")].map(a => ({
    version: title(a), alias: alias(a), href: a.href,
  })),
};
"""


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    """The gh-pages branch, as a static host serves it."""
    root = tmp_path_factory.mktemp("gh-pages")
    if not (REPO / ".git").exists():
        pytest.fail("no versioned site: run `uv run nox -s pages` first")
    archive = subprocess.run(
        ["git", "archive", "gh-pages"],
        cwd=REPO,
        capture_output=True,
        check=True,
    )
    subprocess.run(["tar", "-x", "-C", root], input=archive.stdout, check=True)
    # a page that exists in latest only
    shutil.rmtree(root / MINORS[0] / ONLY_IN_LATEST)
    with Server(root, handler=StaticHostHandler) as server:
        yield server.url


ONLY_IN_LATEST = "en/checklist"


class StaticHostHandler(QuietHandler):
    """As GitHub Pages does: every missing path gets the root's 404.html, status 404."""

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.exists():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    driver = start_chrome(tmp_path_factory.mktemp("chromium-profile"))
    try:
        yield driver
    finally:
        driver.quit()


NEWEST_FIRST = sorted(MINORS, key=version_key, reverse=True)


def open_selector(driver, page_url: str) -> dict:
    driver.get(page_url)
    WebDriverWait(driver, WAIT).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, ".md-version__link")
    )
    return driver.execute_script(_SELECTOR)


@pytest.mark.parametrize("version", MINORS)
def test_the_selector_lists_every_python_once(url, browser, version):
    shown = open_selector(browser, f"{url}{version}/{PAGE}")
    assert shown["current"] == f"Python {version}"
    assert [e["version"] for e in shown["entries"]] == [
        f"Python {p}" for p in NEWEST_FIRST
    ]
    assert {
        e["version"]: e["alias"] for e in shown["entries"] if e["alias"]
    } == {f"Python {LATEST}": "latest"}
    assert [e["href"] for e in shown["entries"]] == [
        f"{url}{p}/" for p in NEWEST_FIRST
    ]


def test_choosing_a_version_keeps_the_page(url, browser):
    older, newer = MINORS[0], MINORS[-1]
    open_selector(browser, f"{url}{newer}/{PAGE}")
    ActionChains(browser).move_to_element(
        browser.find_element(By.CSS_SELECTOR, ".md-version")
    ).perform()  # opens it
    link = next(
        a
        for a in browser.find_elements(By.CSS_SELECTOR, ".md-version__link")
        if a.get_attribute("href") == f"{url}{older}/"
    )
    WebDriverWait(browser, WAIT).until(lambda d: link.is_displayed())
    link.click()
    WebDriverWait(browser, WAIT).until(
        lambda d: d.current_url == f"{url}{older}/{PAGE}"
    )


def test_the_site_root_opens_latest(url, browser):
    browser.get(url)
    WebDriverWait(browser, WAIT).until(
        lambda d: d.current_url == f"{url}latest/"
    )


@pytest.mark.parametrize(
    ("missing", "lands_on"),
    [
        (PAGE, f"latest/{PAGE}"),  # a path without a version
        (f"{MINORS[0]}/{ONLY_IN_LATEST}/", f"latest/{ONLY_IN_LATEST}/"),
    ],
)
def test_a_missing_path_leads_to_the_same_path_in_latest(
    url, browser, missing, lands_on
):
    browser.get(f"{url}{missing}#top")
    WebDriverWait(browser, WAIT).until(
        lambda d: d.current_url == f"{url}{lands_on}#top"
    )


def test_a_path_missing_in_latest_too_says_so(url, browser):
    browser.get(f"{url}{MINORS[0]}/en/no-such-page/")
    WebDriverWait(browser, WAIT).until(
        lambda d: d.find_element(By.ID, "missing").is_displayed()
    )
    link = browser.find_element(By.CSS_SELECTOR, '#missing [lang="en"] a')
    assert link.get_attribute("href") == f"{url}latest/en/"


SCREENS = {
    "phone": {"width": 390, "height": 844, "deviceScaleFactor": 2},
    "desktop": {"width": 1280, "height": 800, "deviceScaleFactor": 1},
}

# Each entry of the open menu that a reader cannot see whole: outside the menu's
# box (cut off by its height, behind no scrollbar) or outside the screen.
_CUT_OFF = """
const list = document.querySelector(".md-version__list");
const box = list.getBoundingClientRect();
const screen = {
  left: 0, top: 0,
  right: document.documentElement.clientWidth, bottom: window.innerHeight,
};
const inside = (r, b) => r.left >= b.left - 0.5 && r.right <= b.right + 0.5
  && r.top >= b.top - 0.5 && r.bottom <= b.bottom + 0.5;
return [...list.querySelectorAll(".md-version__link")]
  .map(a => ({name: a.firstChild.textContent.trim(), rect: a.getBoundingClientRect()}))
  .filter(e => !inside(e.rect, box) || !inside(e.rect, screen))
  .map(e => `${e.name}: ${Math.round(e.rect.top)}-${Math.round(e.rect.bottom)} px, `
    + `menu ${Math.round(box.top)}-${Math.round(box.bottom)} px`);
"""


@pytest.mark.parametrize("screen", SCREENS)
def test_every_version_in_the_open_menu_is_visible_whole(url, browser, screen):
    metrics = {**SCREENS[screen], "mobile": screen == "phone"}
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    try:
        open_selector(browser, f"{url}{LATEST}/{PAGE}")
        # a tap (or a click) opens it
        browser.find_element(By.CSS_SELECTOR, ".md-version__current").click()
        menu = browser.find_element(By.CSS_SELECTOR, ".md-version__list")
        WebDriverWait(browser, WAIT).until(
            lambda d: menu.value_of_css_property("opacity") == "1"
        )
        assert len(
            browser.find_elements(By.CSS_SELECTOR, ".md-version__link")
        ) == len(MINORS)
        assert browser.execute_script(_CUT_OFF) == []
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
