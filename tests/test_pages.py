"""What the build makes of a page's examples, and the "What changed" matrix (guide.pages,
guide.differences), for every documented Python."""

from __future__ import annotations

import importlib.util
import re

import pytest

from guide import differences, pages
from guide.layout import ROOT, rel, snippet_files
from guide.outputs import Output, examples
from guide.pythons import LATEST, MINORS, patch

DIFFERING = differences.rows()
_TAB = re.compile(r'^===(\+?) "([^"]*)"\n\n((?:    .*\n|\n)*)', re.M)


def tabs(markdown: str) -> list[tuple[bool, str, str]]:
    """(selected, title, content) of each tab, content unindented."""
    return [
        (
            m.group(1) == "+",
            m.group(2),
            re.sub(r"^    ", "", m.group(3), flags=re.M),
        )
        for m in _TAB.finditer(markdown)
    ]


def test_some_examples_differ_between_pythons():
    assert DIFFERING, "nothing differs: the tab tests below would test nothing"


@pytest.mark.parametrize("documented", MINORS)
@pytest.mark.parametrize("output", DIFFERING, ids=lambda o: o.name)
def test_tabs_group_identical_outputs_titled_with_their_releases(
    output, documented
):
    rendered = pages.render_example(rel(output.snippet), documented, "en")
    found = tabs(rendered)
    groups = output.groups()
    assert [t for _, t, _ in found] == [
        "Python " + ", ".join(patch(m) for m in pythons)
        for _, pythons in groups
    ]
    for (_, _, content), (text, _) in zip(found, groups, strict=True):
        assert text.rstrip("\n") in content
    shown = documented if documented in output.pythons() else LATEST
    selected = [title for chosen, title, _ in found if chosen]
    assert selected == [
        f"Python {', '.join(patch(m) for m in next(p for _, p in groups if shown in p))}"
    ]


@pytest.mark.parametrize(
    "output",
    [o for o in examples() if not o.differs()][:3],
    ids=lambda o: o.name,
)
def test_one_output_for_every_python_is_shown_once_without_tabs(output):
    rendered = pages.render_example(rel(output.snippet), LATEST, "ko")
    assert not tabs(rendered)
    assert output.expected(LATEST).rstrip("\n") in rendered


def test_an_example_for_newer_pythons_is_flagged_on_older_ones():
    newer = [p for p in snippet_files() if Output(p).pythons() != list(MINORS)]
    assert newer
    for path in newer:
        runs = Output(path).pythons()
        for minor in MINORS:
            text = pages.render_example(rel(path), minor, "en")
            assert ("Needs Python" in text) == (minor not in runs), (
                path,
                minor,
            )


def test_a_page_says_which_release_printed_its_outputs():
    page = "# Title\n\n{* snippets/cancellation/cancel_message.py *}\n"
    for minor in MINORS:
        stated = pages.state_interpreter(page, minor, "en")
        assert f"**CPython {patch(minor)}**" in stated


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_matrix_has_a_row_per_differing_output_and_a_column_per_python(
    lang,
):
    html = differences.matrix(lang)
    rows = re.findall(r"^`([^`]+)` · \[", html, re.M)
    assert rows == [o.name for o in DIFFERING]  # in the guide's order
    assert sorted(rows) == sorted(o.name for o in examples() if o.differs())
    assert html.count('class="guide-cell"') == len(DIFFERING) * len(MINORS)


def test_the_matrix_fails_without_an_explanation(monkeypatch):
    explained = dict(differences.explanations())
    del explained[rel(DIFFERING[0].reference)]
    monkeypatch.setattr(differences, "explanations", lambda: explained)
    with pytest.raises(ValueError, match="no en explanation"):
        differences.matrix("en")


def test_a_patch_release_fix_is_labelled(monkeypatch):
    output = DIFFERING[0]
    older = next(m for m in output.pythons() if m != LATEST)
    major, minor, micro = map(int, patch(older).split("."))
    fix = {
        "python": older,
        "fixed_in": f"{major}.{minor}.{micro + 1}",
        "issue": "gh-1",
    }
    explained = dict(differences.explanations())
    explained[rel(output.reference)] = {
        **explained[rel(output.reference)],
        "fixes": [fix],
    }
    monkeypatch.setattr(differences, "explanations", lambda: explained)
    label = f"{patch(older)} only; fixed in {fix['fixed_in']}, gh-1"
    assert label in differences.cells(output, "en")[older]
    rendered = pages.render_example(rel(output.snippet), older, "en")
    assert f"**{patch(older)} only**: fixed in {fix['fixed_in']}" in rendered


def test_a_fix_already_in_the_recorded_release_is_refused(monkeypatch):
    output = DIFFERING[0]
    older = next(m for m in output.pythons() if m != LATEST)
    fix = {"python": older, "fixed_in": patch(older), "issue": "gh-1"}
    monkeypatch.setattr(
        differences,
        "explanations",
        lambda: {rel(output.reference): {"fixes": [fix]}},
    )
    with pytest.raises(ValueError, match="already has the fix"):
        differences.fixes(output)


def test_every_explanation_is_of_an_example_and_in_both_languages():
    for key, entry in differences.explanations().items():
        assert (ROOT / key).exists() or (ROOT / key).with_suffix(
            ".py"
        ).exists(), key
        assert {"en", "ko"} <= set(entry), key


def _hook(name: str):
    spec = importlib.util.spec_from_file_location(
        name, ROOT / "hooks" / f"{name}.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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
    split = _hook("search_by_language").split_by_language(
        index, ["ko", "en"], "ko"
    )
    titles = {
        lang: [d["title"] for d in part["docs"]]
        for lang, part in split.items()
    }
    assert titles == {
        "ko": ["홈", "취소", "영어"],
        "en": ["Home", "Cancellation"],
    }
    assert split["en"]["config"] == index["config"]
