"""The versioned site that ``nox -s pages`` deployed with mike into build/pages-repo.

One toolchain builds every version, each documenting one Python of pythons.toml: these
tests read what landed on the gh-pages branch of that temporary repository.
"""

from __future__ import annotations

import functools
import json
import posixpath
import subprocess
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from guide.build import explanations
from guide.core.example import Example, embedded, examples
from guide.core.paths import DOCS, LANGUAGES, ROOT, in_language, url_prefix
from guide.core.pythons import BY_MINOR, LATEST, MINORS, patch

REPO = ROOT / "build" / "pages-repo"


@functools.cache
def show(path: str) -> str:
    result = subprocess.run(
        ["git", "show", f"gh-pages:{path}"],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, (
        f"{path} is not on gh-pages: {result.stderr}"
    )
    return result.stdout


@functools.cache
def parsed(page: str) -> BeautifulSoup:
    """A deployed page's head and header (the canonical link, the language switcher,
    the version notice), parsed once for all the tests that read it (do not modify).
    The content is left out: it is most of the page, and of the time to parse it."""
    header = show(page).split("<main", 1)[0]
    return BeautifulSoup(header, "lxml")


@functools.cache
def listed(version: str) -> list[str]:
    result = subprocess.run(
        ["git", "ls-tree", "-r", "--name-only", "gh-pages", version],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    return [p for p in result.stdout.split() if p.endswith("index.html")]


@pytest.fixture(scope="module", autouse=True)
def deployed():
    if not (REPO / ".git").exists():
        pytest.fail("no versioned site: run `uv run nox -s pages` first")


def test_versions_json_lists_every_python_and_latest():
    versions = json.loads(show("versions.json"))
    assert sorted(v["version"] for v in versions) == sorted(MINORS)
    aliases = {v["version"]: v["aliases"] for v in versions}
    assert aliases[LATEST] == ["latest"]
    assert all(not a for v, a in aliases.items() if v != LATEST)


def test_default_is_latest():
    assert "latest/" in show("index.html")


@pytest.mark.parametrize("version", MINORS)
def test_language_switcher_stays_inside_the_version(version):
    pages = listed(version)
    assert len(pages) >= 10, pages
    for page in pages:
        links = parsed(page).select("a[hreflang]")
        assert {a["hreflang"] for a in links} == {"ko", "en"}, page
        for a in links:
            target = posixpath.normpath(
                posixpath.join(posixpath.dirname(page), a["href"])
            )
            assert target.split("/")[0] == version, (
                f"{page}: {a['href']} leaves"
            )
            lang_dir = url_prefix(a["hreflang"])
            same_page = in_language(page.removeprefix(f"{version}/"), "ko")
            assert target + "/index.html" == posixpath.normpath(
                f"{version}/{lang_dir}{same_page}"
            ) or target == f"{version}/{lang_dir}{same_page}".removesuffix(
                "/index.html"
            ), f"{page}: {a['href']}"


def open_text(html: str) -> str:
    """What a reader sees without opening anything: the page without its closed
    ``details`` (other releases' lines) and without the tabs that are not selected."""
    soup = BeautifulSoup(html, "lxml")
    for details in soup.select("details:not([open])"):
        details.decompose()
    for group in soup.select("div.tabbed-set"):
        inputs = group.find_all("input", recursive=False)
        blocks = group.select(":scope > div.tabbed-content > div.tabbed-block")
        chosen = [i for i, tab in enumerate(inputs) if tab.has_attr("checked")]
        assert len(chosen) == 1
        for i, block in enumerate(blocks):
            if i != chosen[0]:
                block.decompose()
    return soup.get_text()


def own_lines() -> list[tuple[str, str, str]]:
    """(version, page, a line that only that Python printed), for every version whose
    outputs differ from another's somewhere, taken from the stored outputs."""
    where = {
        example: page.stem
        for page in sorted((ROOT / "docs" / "en").glob("*.md"))
        for example in embedded(page.read_text(encoding="utf-8"))
    }
    found = {}
    for output in examples():
        printed = output.printed()
        for minor, text in printed.items():
            others = {t for m, t in printed.items() if m != minor}
            lines = [
                line.strip()
                for line in text.splitlines()
                if line.strip() and not any(line in t for t in others)
            ]
            if lines and minor not in found:
                found[minor] = (where[output.name], lines[0])
    return [(minor, *found[minor]) for minor in MINORS if minor in found]


@pytest.mark.parametrize("lang", [url_prefix(lang) for lang in LANGUAGES])
@pytest.mark.parametrize(("version", "page", "line"), own_lines())
def test_each_version_shows_its_own_output(version, page, line, lang):
    html = show(f"{version}/{lang}{page}/index.html")
    assert line in open_text(html), (
        f"{version}/{lang}{page}: its own output is not what the page shows open"
    )


@pytest.mark.parametrize("version", MINORS)
def test_each_page_names_the_release_that_printed_it(version):
    html = show(f"{version}/cancellation/index.html")
    assert f"CPython {patch(version)}</strong>" in html


def same_page(page: str) -> str:
    """A page's path inside its version: ``3.10/en/x/index.html`` -> ``en/x/``."""
    return page.split("/", 1)[1].removesuffix("index.html")


@pytest.mark.parametrize("version", MINORS)
def test_every_canonical_link_names_the_same_page_in_latest(version):
    for page in listed(version):
        canonical = parsed(page).select_one('link[rel="canonical"]')["href"]
        assert urlsplit(canonical).path == f"/latest/{same_page(page)}", page


def notice(page: str):
    return parsed(page).select_one(".guide-version-notice")


@pytest.mark.parametrize("version", MINORS)
def test_end_of_life_versions_say_so_and_link_latest_on_every_page(version):
    # `latest` is mike's alias (a symlink): the pages of the version it names
    in_latest = {f"latest/{same_page(p)}index.html" for p in listed(LATEST)}
    for page in listed(version):
        found = notice(page)
        if BY_MINOR[version].status != "end-of-life":
            assert found is None or "end of life" not in found.get_text(), page
            continue
        assert found is not None, f"{page}: no end-of-life notice"
        text = found.get_text(" ", strip=True)
        assert ("end of life" in text) or ("지원이 종료" in text), page
        links = [
            posixpath.normpath(
                posixpath.join(posixpath.dirname(page), a["href"])
            )
            for a in found.select("a[href]")
            if "latest" in a["href"]
        ]
        assert links == [f"latest/{same_page(page)}".rstrip("/")], page
        assert f"{links[0]}/index.html" in in_latest, page


@pytest.mark.parametrize("version", MINORS)
def test_early_releases_say_so_once_on_every_page(version):
    python = BY_MINOR[version]
    for page in listed(version):
        if not python.early:
            assert notice(page) is None, page
            continue
        assert len(parsed(page).select(".guide-version-notice")) == 1, page
        text = notice(page).get_text(" ", strip=True)
        assert python.patch in text and python.newest in text, page


def fixes_by_page(version: str) -> dict[str, list[str]]:
    """page path -> the issues of later fixes to an output it shows, from the data."""
    found = {}
    for lang in LANGUAGES:
        prefix = url_prefix(lang)
        for source in sorted((DOCS / lang).glob("*.md")):
            issues = [
                fix["issue"]
                for snippet in embedded(source.read_text(encoding="utf-8"))
                for fix in explanations.fixes(Example.named(snippet))
                if fix["python"] == version
            ]
            if issues:
                found[f"{version}/{prefix}{source.stem}/index.html"] = issues
    return found


@pytest.mark.parametrize("version", [m for m in MINORS if BY_MINOR[m].early])
def test_early_release_pages_name_the_later_fixes_of_their_outputs(version):
    expected = fixes_by_page(version)
    for page, issues in expected.items():
        text = notice(page).get_text(" ", strip=True)
        for issue in issues:
            assert issue in text, f"{page}: {issue} not named"
