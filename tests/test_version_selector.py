"""The versioned site that ``nox -s pages`` deployed, in Chromium, served as GitHub Pages
serves it (``guide.tools.static_host``): the version selector lists every Python once and
leads to the same page in the version chosen; a missing path gets the root's 404 page,
in the site's theme, which leads to the same page in latest.

Runs in the ``versions`` session, after ``pages``.
"""

from __future__ import annotations

import re
import shutil
import time
import urllib.error
import urllib.request
from urllib.parse import urljoin

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait
from test_versions import REPO

from guide.core.paths import url_prefix
from guide.core.pythons import LATEST, MINORS, version_key
from guide.testing.browser import (
    QuietHandler,
    Server,
    skip_without_chromium,
    start_chrome,
)
from guide.tools.static_host import StaticHostHandler, extract

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
    extract(REPO, "gh-pages", root)
    # a page that exists in latest only, in both languages
    for lang in ("ko", "en"):
        shutil.rmtree(root / MINORS[0] / (url_prefix(lang) + ONLY_IN_LATEST))
    with Server(root, handler=QuietStaticHost) as server:
        yield server.url


ONLY_IN_LATEST = "checklist"


class QuietStaticHost(QuietHandler, StaticHostHandler):
    pass


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


# a minor version never published (or no longer): older than every listed one
UNPUBLISHED = f"3.{min(int(m.split('.')[1]) for m in MINORS) - 1}"
PUBLISHED = MINORS[0]


@pytest.mark.parametrize(
    ("missing", "lands_on"),
    [
        (PAGE, f"latest/{PAGE}"),  # a path without a version
        # a version that is not published, in each language
        *(
            (
                f"{UNPUBLISHED}/{url_prefix(lang)}signals/",
                f"latest/{url_prefix(lang)}signals/",
            )
            for lang in ("ko", "en")
        ),
    ],
)
def test_a_missing_path_leads_to_the_same_path_in_latest(
    url, browser, missing, lands_on
):
    browser.get(f"{url}{missing}#top")
    WebDriverWait(browser, WAIT).until(
        lambda d: d.current_url == f"{url}{lands_on}#top"
    )


# What the 404 page shows: the sections left visible, with their links.
_SHOWN = """
const visible = el => el.offsetParent !== null;
return {
  lang: document.documentElement.lang,
  title: document.querySelector(".md-header__topic .md-ellipsis").textContent.trim(),
  sections: [...document.querySelectorAll("[data-not-found]")].filter(visible)
    .map(s => ({
      lang: s.lang,
      links: [...s.querySelectorAll("a")].filter(visible).map(a => a.href),
    })),
};
"""


def not_found_page(browser, page_url: str) -> dict:
    browser.get(page_url)
    WebDriverWait(browser, WAIT).until(
        lambda d: (
            d.execute_script("return document.readyState") == "complete"
            and d.find_elements(By.CSS_SELECTOR, "[data-not-found]")
        )
    )
    # the same page in latest is asked for after the page loads
    time.sleep(1)
    return browser.execute_script(_SHOWN)


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_from_a_published_version_the_same_page_in_latest_is_offered(
    url, browser, lang
):
    page = f"{url_prefix(lang)}{ONLY_IN_LATEST}/"
    missing = f"{url}{PUBLISHED}/{page}"
    shown = not_found_page(browser, missing)
    assert browser.current_url == missing  # the reader stays, and chooses
    assert shown["lang"] == lang
    assert shown["sections"] == [
        {
            "lang": lang,
            "links": [
                f"{url}latest/{page}",
                f"{url}latest/{url_prefix(lang)}",
            ],
        }
    ]
    browser.find_element(
        By.CSS_SELECTOR, f'[data-not-found="{lang}"] a'
    ).click()
    WebDriverWait(browser, WAIT).until(
        lambda d: d.current_url == f"{url}latest/{page}"
    )


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_a_path_missing_in_latest_too_offers_the_home_page(url, browser, lang):
    shown = not_found_page(
        browser, f"{url}{PUBLISHED}/{url_prefix(lang)}no-such-page/"
    )
    assert shown["lang"] == lang
    assert shown["sections"] == [
        {"lang": lang, "links": [f"{url}latest/{url_prefix(lang)}"]}
    ]
    # the header and the window's title name the site in the reader's language
    assert browser.title == f"404 · {shown['title']}"
    assert bool(re.search("[가-힣]", shown["title"])) == (lang == "ko")


def test_without_javascript_the_404_page_links_each_home_page(url):
    missing = f"{url}{PUBLISHED}/en/no-such-page/"
    with pytest.raises(urllib.error.HTTPError) as answer:
        urllib.request.urlopen(missing, timeout=10)
    assert answer.value.code == 404
    page = answer.value.read().decode()
    sections = re.findall(r"<section [^>]*data-not-found=[^>]*>", page)
    assert len(sections) == 2 and not any("hidden" in s for s in sections)
    homes = re.findall(r'<a href="([^"]+)" data-not-found-home>', page)
    assert [urljoin(missing, h) for h in homes] == [
        f"{url}latest/{url_prefix(lang)}" for lang in ("ko", "en")
    ]
    for home in homes:
        with urllib.request.urlopen(urljoin(missing, home), timeout=10) as r:
            assert r.status == 200


# Material's look: its header, its stylesheet applied, the palette's scheme.
_THEME = r"""
const header = document.querySelector("header.md-header");
const sheets = [...document.styleSheets].map(s => s.href || "");
return {
  header: header !== null && header.offsetHeight > 0,
  material: sheets.some(h => /assets\/stylesheets\/main\.[0-9a-f]+\.min\.css$/.test(h)),
  guide: sheets.some(h => h.endsWith("/assets/guide.css")),
  headerPosition: header && getComputedStyle(header).position,
  scheme: document.body.getAttribute("data-md-color-scheme"),
  background: getComputedStyle(document.body).backgroundColor,
  search: document.querySelector(".md-search__input") !== null,
};
"""


def luminance(css_color: str) -> float:
    red, green, blue = (int(c) for c in re.findall(r"\d+", css_color)[:3])
    return (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_404_page_has_the_sites_theme(url, browser, scheme):
    browser.execute_cdp_cmd(
        "Emulation.setEmulatedMedia",
        {"features": [{"name": "prefers-color-scheme", "value": scheme}]},
    )
    try:
        not_found_page(browser, f"{url}{PUBLISHED}/en/no-such-page/")
        # Material keeps the scheme a reader saw last: a first visit
        browser.execute_script("localStorage.clear()")
        not_found_page(browser, f"{url}{PUBLISHED}/en/no-such-page/")
        theme = browser.execute_script(_THEME)
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
    assert theme["header"] and theme["headerPosition"] == "sticky", theme
    assert theme["material"] and theme["guide"] and theme["search"], theme
    if scheme == "dark":
        assert theme["scheme"] == "slate", theme
        assert luminance(theme["background"]) < 0.3, theme
    else:
        assert theme["scheme"] == "default", theme
        assert luminance(theme["background"]) > 0.7, theme


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
