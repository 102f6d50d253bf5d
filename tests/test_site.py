"""The site as a whole: it builds strict, both languages match, every example is shown."""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

import pytest

from guide.core import notebook
from guide.core.example import (
    embedded,
    embedded_files,
    examples,
    owner,
    shown_files,
    stored_files,
)
from guide.core.paths import DOCS, LANGUAGES, ROOT, VERSIONS, rel, url_prefix
from guide.core.pythons import LATEST, patch
from guide.testing.browser import build_site


def pages(language: str) -> dict[str, str]:
    folder = DOCS / language
    return {
        p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(folder.rglob("*.md"))
    }


@pytest.fixture(scope="module")
def built(request, tmp_path_factory) -> Path:
    """The site, built strict (``properdocs build --strict``): the browser tests' build
    where their fixtures are installed (one build per test process), else its own."""
    if request.config.pluginmanager.hasplugin(
        "guide.testing.browser_fixtures"
    ):
        return request.getfixturevalue("site").folder
    site = tmp_path_factory.mktemp("site")
    build_site(site, "http://127.0.0.1:8000/", ROOT / "mkdocs.yml")
    return site


def test_site_builds_strict(built):
    for language in LANGUAGES:
        prefix = url_prefix(language)
        assert (built / prefix / "cancellation" / "index.html").is_file()


def test_no_placeholder_is_left_on_a_page(built):
    """``{{ version ... }}`` and ``{{ release ... }}`` are all filled in, a misspelt
    one included (the build fails on an unknown name, not on a wrong form)."""
    left = [
        str(page.relative_to(built))
        for page in sorted(built.rglob("*.html"))
        if "{{" in page.read_text(encoding="utf-8")
    ]
    assert not left


@pytest.mark.parametrize("language", LANGUAGES)
def test_notebook_pages_link_a_small_stylesheet(built, language):
    """Not JupyterLab's whole stylesheet inlined (575 KB): hooks/notebooks.py."""
    prefix = url_prefix(language)
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


@pytest.mark.parametrize("language", LANGUAGES)
def test_notebook_pages_show_and_name_the_documented_pythons_outputs(
    built, language
):
    """This build documents the latest Python: its outputs, and its release named
    once under the title (hooks/notebooks.py; tests/test_notebook_pages.py plants
    outputs of their own for the other Pythons)."""
    html = (built / url_prefix(language) / "jupyter" / "index.html").read_text(
        encoding="utf-8"
    )
    named = re.findall(r"<strong>CPython ([0-9.]+)</strong>", html)
    assert named == [patch(LATEST)]
    source = DOCS / language / "jupyter.ipynb"
    for cell in notebook.code_cells(notebook.for_python(source, LATEST)):
        for kind, _, text in notebook.shown(cell["outputs"]):
            assert kind != "error"
            assert escape(text.rstrip("\n"), quote=False) in html, text


def test_every_page_exists_in_both_languages():
    assert sorted(pages("ko")) == sorted(pages("en"))


@pytest.mark.parametrize("page", sorted(pages("ko")))
def test_both_languages_embed_the_same_examples_in_order(page):
    english = pages("en").get(page)
    assert english is not None, f"docs/en/{page} is missing"
    assert embedded(pages("ko")[page]) == embedded(english)
    assert embedded_files(pages("ko")[page]) == embedded_files(english)


def test_every_snippet_is_embedded_in_both_languages():
    for language in LANGUAGES:
        shown = [e for t in pages(language).values() for e in embedded(t)]
        missing = [e.name for e in examples() if e.name not in shown]
        assert not missing, f"not embedded in docs/{language}: {missing}"
        twice = sorted({e for e in shown if shown.count(e) > 1})
        assert not twice, f"embedded twice in docs/{language}: {twice}"


def test_every_shown_file_is_shown_once_in_both_languages():
    """A file that is not a program (``{* snippets/<chapter>/<name>.yaml *}``)."""
    for language in LANGUAGES:
        shown = [
            f for t in pages(language).values() for f in embedded_files(t)
        ]
        for path in shown_files():
            assert shown.count(rel(path)) == 1, (
                f"{rel(path)} shown {shown.count(rel(path))} times "
                f"in docs/{language}"
            )


@pytest.mark.parametrize("path", shown_files(), ids=rel)
def test_a_shown_manifest_is_valid_yaml(path):
    import yaml  # PyYAML: MkDocs reads its configuration with it

    documents = list(yaml.safe_load_all(path.read_text(encoding="utf-8")))
    assert documents and all(isinstance(d, dict) for d in documents)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_shown_file_is_on_its_page_as_it_is(built, language):
    for page, text in pages(language).items():
        for name in embedded_files(text):
            url = page.removesuffix(".md").removesuffix("index")
            html = (
                built / url_prefix(language) / url / "index.html"
            ).read_text(encoding="utf-8")
            assert f'class="filename">{Path(name).name}<' in html, name


# What a page must not type by hand: outputs and their tab titles are the build's.
_BY_HAND = {
    "a tab": re.compile(r'^[ \t]*===[+!]? "', re.M),
    "an embedded file": re.compile(r"^[ \t]*--8<--", re.M),
    "a code block": re.compile(
        r"^[ \t]*(```|~~~)\s*(python|py|console|text)\b", re.M
    ),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_type_no_code_outputs_or_tab_titles(language):
    for page, text in pages(language).items():
        for what, pattern in _BY_HAND.items():
            found = pattern.search(text)
            assert not found, (
                f"docs/{language}/{page} types {what}: {found.group(0)!r}; "
                "embed the example with {* snippets/... *} instead"
            )


@pytest.mark.parametrize("stored", stored_files(), ids=rel)
def test_stored_outputs_belong_to_an_example(stored):
    output = owner(stored)  # ValueError says why not
    minor = stored.relative_to(VERSIONS).parts[0]
    assert output.expected(minor) != output.expected(output.pythons()[-1]), (
        f"{rel(stored)}: the same as the latest Python's outputs; delete it"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_what_changed_links_the_section_showing_each_example(built, language):
    page = built / url_prefix(language) / "changes" / "index.html"
    html = page.read_text(encoding="utf-8")
    assert "\u27e6" not in html, "a link to a section was left unfilled"
    rows = []
    for example in (e for e in examples() if e.differs()):
        at = html.index(f'id="{example.anchor}"')
        href = re.compile(r'<a href="([^"#]*#[^"]*|[^"]*)">').search(html, at)
        rows.append((example.snippet.name, href.group(1)))
    for name, href in rows:
        target, _, anchor = href.partition("#")
        assert anchor, f"{name}: {href} names no section"
        shown = (page.parent / target / "index.html").resolve()
        text = shown.read_text(encoding="utf-8")
        assert f'id="{anchor}"' in text, f"{name}: no #{anchor} in {target}"
        stem = name.removesuffix(".transcript").removesuffix(".py")
        section = text[text.index(f'id="{anchor}"') :]
        assert f'class="filename">{stem}.py<' in section, (name, href)
