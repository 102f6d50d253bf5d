"""Search in a real browser, as a reader uses it: Korean words with particles, the
glossary's other words, English pages, a pasted error line landing on the section that
shows it, results that start with a page's prose, and the search worker and index
fetched only when a reader searches (``BROWSER_TESTS_MKDOCS_CONFIG`` as in
``test_browser.py``). A file of its own, so that a run's two workers share the browser
tests.
"""

from __future__ import annotations

import json
import re
from urllib.parse import unquote, urlsplit

import pytest
from selenium.webdriver.support.ui import WebDriverWait

from guide.build import glossary
from guide.build.text import TEXT
from guide.core.paths import (
    language_of_url,
    url_prefix,
)
from guide.testing.browser import (
    search,
    skip_without_chromium,
)
from guide.testing.browser_fixtures import WAIT, Site, visit

skip_without_chromium()

# The page the searches start from.
CHAPTER = "cancellation/"


def pages_containing(site: Site, words: list[str], lang: str) -> set[str]:
    return {
        doc["location"].split("#")[0]
        for doc in site.search_index()
        if language_of_url(doc["location"]) == lang
        and any(w in doc["title"] + " " + doc["text"] for w in words)
    }


def test_korean_search_finds_words_with_particles(site, browser):
    # 취소 (cancellation) is mostly written with a particle attached: 취소를, 취소가...
    expected = pages_containing(site, ["취소를", "취소가"], "ko")
    assert expected, "no Korean page says 취소를 or 취소가"
    visit(browser, site.url + CHAPTER)
    found = {site.page(url) for url in search(browser, "취소")}
    assert expected <= found, f"missing: {sorted(expected - found)}"
    assert all(language_of_url(p) == "ko" for p in found), found


def test_korean_search_finds_the_glossary_entry_of_other_words(site, browser):
    # A reader who searches with another word than the guide's (커넥션 for 연결)
    # finds the glossary's entry among the first five results.
    visit(browser, site.url + CHAPTER)
    missed = {}
    for term in glossary.terms():
        # one word per term; a phrase of common words (우아한 종료) ranks its chapter
        # first, which is right too (benchmarks/korean_search.py counts both)
        for word in [w for w in term.search if " " not in w][:1]:
            found = list(
                dict.fromkeys(
                    site.page(url) for url in search(browser, word, enough=5)
                )
            )[:5]
            if "glossary/" not in found:
                missed[word] = found
    assert not missed, missed


def test_english_search_finds_the_english_page(site, browser):
    expected = pages_containing(site, ["uncancel"], "en")
    assert url_prefix("en") + CHAPTER in expected
    visit(browser, site.url + url_prefix("en"))
    found = {site.page(url) for url in search(browser, "uncancel")}
    assert expected <= found, f"missing: {sorted(expected - found)}"
    assert all(language_of_url(p) == "en" for p in found), found


_INDEX_REQUESTS = """
return performance.getEntriesByType("resource").map(r => r.name)
  .filter(name => name.includes("/search/search_index"));
"""


@pytest.mark.parametrize("language", ["ko", "en"])
def test_the_search_index_waits_for_a_search(site, browser, language):
    """Loaded when a reader searches, and only the page's language's."""
    page = url_prefix(language) + CHAPTER
    visit(browser, site.url + page)
    assert browser.execute_script(_INDEX_REQUESTS) == []
    search(browser, "asyncio")
    assert browser.execute_script(_INDEX_REQUESTS) == [
        f"{site.url}search/search_index.{language}.json"
    ]


def test_a_search_result_highlights_the_word_it_found(site, browser):
    """The page a result leads to (``?h=``) asks for the index at once, to mark it."""
    visit(browser, site.url + CHAPTER + "?h=취소")
    marks = (
        "return document.querySelectorAll('mark[data-md-highlight]').length"
    )
    WebDriverWait(browser, WAIT).until(lambda d: d.execute_script(marks))
    assert browser.execute_script(_INDEX_REQUESTS) == [
        f"{site.url}search/search_index.ko.json"
    ]


_WORKER_REQUESTS = """
return performance.getEntriesByType("resource").map(r => r.name)
  .filter(name => name.includes("/workers/search."));
"""


@pytest.mark.parametrize("language", ["ko", "en"])
def test_the_search_worker_waits_for_a_search(site, browser, language):
    """Material's search worker (12 KiB) is fetched when a reader searches."""
    visit(browser, site.url + url_prefix(language) + CHAPTER)
    assert browser.execute_script(_WORKER_REQUESTS) == []
    search(browser, "asyncio")
    assert len(browser.execute_script(_WORKER_REQUESTS)) == 1


# -- a pasted error finds the section that shows it (guide.build.search) --------------

# An error or warning line an example prints, as a reader pastes it, and the pages
# that show and explain it (the same in both languages: the message is not translated).
PASTED = [
    (
        "RuntimeError: Event loop stopped before Future completed.",
        ["signals/"],
    ),
    ("Exception ignored while closing generator", ["signals/"]),
    (
        "psycopg.errors.InFailedSqlTransaction: current transaction is "
        "aborted, commands ignored until end of transaction block",
        ["postgres/"],
    ),
    ("current transaction is aborted", ["postgres/"]),
    ("Task exception was never retrieved", ["structured/", "cleanup/"]),
    (
        "Task was destroyed but it is pending!",
        ["task_in_handler/", "debugging/", "structured/"],
    ),
]


def _sections_with(site: Site, line: str) -> set[str]:
    """The index entries (``page#anchor``) whose ``messages`` hold ``line``."""
    return {
        doc["location"]
        for doc in site.search_index()
        if any(line in m for m in doc.get("messages", "").splitlines())
    }


@pytest.mark.parametrize("language", ["ko", "en"])
def test_a_pasted_error_finds_the_section_that_shows_it(
    site, browser, language
):
    prefix = url_prefix(language)
    visit(browser, site.url + prefix + CHAPTER)
    missed = {}
    for line, pages in PASTED:
        links = search(
            browser, line, enough=10
        )  # the top 3 and their sections
        found = list(dict.fromkeys(site.page(u) for u in links))
        top = [p.removeprefix(prefix) for p in found[:3]]
        # and among the links, the section whose examples print it
        sections = {
            p
            for p in _sections_with(site, line)
            if language_of_url(p) == language
        }
        shown = {
            site.page(u) + "#" + unquote(urlsplit(u).fragment) for u in links
        }
        if not set(pages) & set(top) or (sections and not sections & shown):
            missed[line] = {"top 3": top, "sections": sorted(sections)}
    assert not missed, json.dumps(missed, indent=1, ensure_ascii=False)


# Each result's link and text, its title and Material's "missing" line left out.
_TEASERS = """
return [...document.querySelectorAll(".md-search-result__article")].map(a => {
  const copy = a.cloneNode(true);
  copy.querySelectorAll("h1, h2, .md-search-result__terms, nav")
    .forEach(e => e.remove());
  return [a.closest("a").href, copy.textContent.trim()];
});
"""


@pytest.mark.parametrize("language", ["ko", "en"])
def test_a_search_result_starts_with_the_page_prose(site, browser, language):
    """Not with the notice of the release that printed the outputs (the start of a
    page's first section), nor with tab labels run together ("Python 3.X.YPython
    3.X.Z")."""
    notice = re.sub(r"\*\*|\{v\}.*", "", TEXT[language]["outputs"]).strip()
    prefix = url_prefix(language)
    visit(browser, site.url + prefix + CHAPTER)
    titles = {doc["location"]: doc["title"] for doc in site.search_index()}
    teasers = []
    # a page's title shows its first section's text (where the notice is), and
    # these words sections with tabs
    for query in [
        *(
            titles[prefix + page]
            for page in (CHAPTER, "signals/", "postgres/")
        ),
        "loop.stop",
        "wait_for",
    ]:
        search(browser, query)
        teasers += browser.execute_script(_TEASERS)
    pages = [t for href, t in teasers if t and "#" not in href]
    assert pages, "no page's result shows its text"
    wrong = [
        t[:80]
        for _, t in teasers
        if t.startswith(notice) or re.search(r"Python [\d.]+Python", t)
    ]
    assert not wrong, wrong
