"""The MkDocs hook that makes a site built by Python X.Y document X.Y."""

from __future__ import annotations

import sys

import pytest
from guide import PYTHONS, ROOT, VERSIONS, expected_file

sys.path.insert(0, str(ROOT / "hooks"))
import python_version as hook  # noqa: E402
import search_by_language  # noqa: E402

TABS = """=== "Python 3.11, 3.12, 3.13"

    x

===+ "Python 3.10"

    y
"""


@pytest.mark.parametrize(
    ("python", "selected"),
    [("3.10", "Python 3.10"), ("3.12", "Python 3.11, 3.12, 3.13")],
)
def test_only_the_tab_naming_the_python_is_selected(python, selected):
    marked = [
        line
        for line in hook.select_own_tab(TABS, python).splitlines()
        if line.startswith("===+")
    ]
    assert marked == [f'===+ "{selected}"']


def test_an_example_for_newer_pythons_is_flagged_on_older_ones():
    page = (ROOT / "docs/en/cancellation.md").read_text(encoding="utf-8")
    assert (
        hook.flag_newer_examples(page, "en", "3.10").count(
            "Needs Python 3.11+"
        )
        == 2
    )
    assert "Needs Python" not in hook.flag_newer_examples(page, "en", "3.11")


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_differences_show_every_output_that_differs(lang):
    text = hook.differences(lang)
    for variant in VERSIONS.rglob("*"):
        if variant.suffix in {".py", ".transcript"}:
            assert f"## `{variant.name}`" in text


def test_every_explanation_is_for_an_output_that_differs():
    explained = hook.explanations()
    for rel, texts in explained.items():
        stored = ROOT / rel
        assert stored.exists(), f"{rel} does not exist"
        assert {expected_file(stored, p) for p in PYTHONS} != {stored}, (
            f"{rel}: every Python prints the same; remove its explanation"
        )
        assert set(texts) == {"en", "ko"}, rel


def test_the_search_index_is_split_by_language():
    index = {
        "config": {"lang": ["en", "ko"]},
        "docs": [
            {"location": "", "title": "홈"},
            {"location": "cancellation/#취소", "title": "취소"},
            {"location": "en/", "title": "Home"},
            {"location": "en/cancellation/", "title": "Cancellation"},
            {"location": "english/", "title": "영어"},  # not under en/
        ],
    }
    split = search_by_language.split_by_language(index, ["ko", "en"], "ko")
    titles = {
        lang: [d["title"] for d in part["docs"]]
        for lang, part in split.items()
    }
    assert titles == {
        "ko": ["홈", "취소", "영어"],
        "en": ["Home", "Cancellation"],
    }
    assert split["en"]["config"] == index["config"]
