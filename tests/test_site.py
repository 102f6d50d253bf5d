"""The site as a whole: it builds strict, both languages match, every snippet is shown."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from guide import (
    DOCS,
    PYTHONS,
    REFERENCE,
    ROOT,
    SNIPPETS,
    VERSIONS,
    expected_file,
    required_python,
    snippet_files,
    variant_path,
    without_outputs,
)

LANGUAGES = ("ko", "en")
_EMBED = re.compile(r'^[ \t]*--8<--[ \t]*"([^"]+)"', re.M)


def pages(language: str) -> dict[str, str]:
    folder = DOCS / language
    return {
        p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(folder.rglob("*.md"))
    }


def embeds(text: str) -> list[str]:
    return _EMBED.findall(text)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The site, built strict (``mkdocs build --strict``) into a temporary folder."""
    site = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stderr
    return site


def test_site_builds_strict(built):
    for language in LANGUAGES:
        prefix = "" if language == "ko" else "en/"
        assert (built / prefix / "cancellation" / "index.html").is_file()


@pytest.mark.parametrize("language", LANGUAGES)
def test_notebook_pages_link_a_small_stylesheet(built, language):
    """Not JupyterLab's whole stylesheet inlined (575 KB): hooks/notebooks.py."""
    prefix = "" if language == "ko" else "en/"
    page = built / prefix / "jupyter" / "index.html"
    html = page.read_text(encoding="utf-8")
    assert "<style" not in html
    css = re.findall(
        r'<link rel="stylesheet" href="([^"]*notebook\.css)">', html
    )
    assert len(css) == 1
    assert (page.parent / css[0]).resolve().is_file()
    # the code in Material's colours (highlight_extra_classes in mkdocs.yml)
    assert 'class="highlight-ipynb hl-python highlight"' in html


def test_every_page_exists_in_both_languages():
    assert sorted(pages("ko")) == sorted(pages("en"))


@pytest.mark.parametrize("page", sorted(pages("ko")))
def test_both_languages_embed_the_same_snippets_in_order(page):
    english = pages("en").get(page)
    assert english is not None, f"docs/en/{page} is missing"
    assert embeds(pages("ko")[page]) == embeds(english)


def test_every_snippet_is_embedded_in_both_languages():
    for language in LANGUAGES:
        shown = {e for text in pages(language).values() for e in embeds(text)}
        missing = [
            p.relative_to(ROOT).as_posix()
            for p in snippet_files()
            if p.relative_to(ROOT).as_posix() not in shown
        ]
        assert not missing, f"not embedded in docs/{language}: {missing}"


def _variants():
    return sorted(VERSIONS.rglob("*.py")) if VERSIONS.is_dir() else []


@pytest.mark.parametrize(
    "variant", _variants(), ids=lambda p: p.relative_to(VERSIONS).as_posix()
)
def test_version_outputs_belong_to_a_snippet(variant):
    python, *rest = variant.relative_to(VERSIONS).parts
    assert python in PYTHONS and python != REFERENCE, (
        f"{python} is not an older Python"
    )
    snippet = ROOT.joinpath(*rest)
    assert snippet.is_file(), f"{variant} has no snippet {snippet}"
    assert variant == variant_path(snippet, python)
    main, own = (
        snippet.read_text(encoding="utf-8"),
        variant.read_text(encoding="utf-8"),
    )
    assert without_outputs(own) == without_outputs(main), "the code differs"
    assert own != main, "same outputs as the snippet: delete this copy"


def _outputs_shown_anywhere() -> list[Path]:
    """Every stored output file a page must show: transcripts and older versions'."""
    transcripts = sorted(SNIPPETS.rglob("*.transcript"))
    return transcripts + _variants() + sorted(VERSIONS.rglob("*.transcript"))


def test_every_stored_output_is_shown_in_both_languages():
    for language in LANGUAGES:
        shown = {e for text in pages(language).values() for e in embeds(text)}
        missing = [
            p.relative_to(ROOT).as_posix()
            for p in _outputs_shown_anywhere()
            if p.relative_to(ROOT).as_posix() not in shown
        ]
        assert not missing, f"not shown in docs/{language}: {missing}"


_TAB_EMBED = re.compile(
    r'^=== "([^"]*)"\n(?:[ \t]*\n)*[ \t]+```[^\n]*\n[ \t]+--8<--[ \t]*"([^"]+)"',
    re.M,
)


def printed_by(embedded: str) -> set[str]:
    """The Pythons whose expected output is this file."""
    path = ROOT / embedded
    if path.is_relative_to(VERSIONS):
        return {path.relative_to(VERSIONS).parts[0]}
    snippet = path.with_suffix(".py")
    needs = required_python(snippet)
    return {
        python
        for python in PYTHONS
        if tuple(map(int, python.split("."))) >= needs
        and expected_file(path, python) == path
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_tab_titles_name_the_pythons_that_printed_the_output(language):
    for page, text in pages(language).items():
        for title, embedded in _TAB_EMBED.findall(text):
            named = set(re.findall(r"\b3\.\d+\b", title))
            assert named == printed_by(embedded), (
                f"docs/{language}/{page}: tab {title!r} shows {embedded}"
            )
