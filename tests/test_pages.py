"""What the build makes of a page's examples, and the "What changed" matrix
(guide.build.render, guide.build.changes), for every documented Python.

The expectations are written here, not computed by the code under test: tab titles
for a few examples are literal (update them when a re-recording changes who prints
what), and every example is checked to show each distinct output exactly once.
"""

from __future__ import annotations

import importlib.util
import re

import properdocs.replacement  # noqa: F401  (plugins' mkdocs.* imports: ProperDocs')
import pytest
from properdocs.config import load_config

from guide.build import changes, explanations, render
from guide.core.example import examples
from guide.core.paths import ROOT, rel
from guide.core.pythons import LATEST, MINORS, patch, version_key

NAV = changes.nav_pages(load_config(str(ROOT / "mkdocs.yml"))["nav"])
DIFFERING = changes.rows("en", NAV)
_TAB = re.compile(r'^===(\+?) "([^"]*)"\n\n((?:    .*\n|\n)*)', re.M)
_FENCE = re.compile(
    r'^(?P<ticks>`{3,})(?:\w+ title="[^"]*"|\{ \.\w+ title="[^"]*" [^\n]*\})\n'
    r"(?P<body>.*?)\n(?P=ticks)$",
    re.M | re.S,
)


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


def fences(markdown: str) -> list[str]:
    """The body of every fenced block: before the tabs, and in each tab."""
    first = _TAB.search(markdown)
    head = markdown[: first.start()] if first else markdown
    parts = [head, *(content for _, _, content in tabs(markdown))]
    return [m.group("body") for part in parts for m in _FENCE.finditer(part)]


def title(*minors: str) -> str:
    return "Python " + ", ".join(patch(m) for m in minors)


# Who printed what, newest first, gathered where outputs differ only in standard-library
# line numbers and caret lines: read off the stored outputs when they were recorded.
# A tab's title names its releases, consecutive ones as a range.
def _tab(*runs: tuple[str, ...]) -> str:
    return ", ".join("\u2013".join(patch(m) for m in run) for run in runs)


TABS = {
    "snippets/task_in_handler/slow_downstream.py": [
        _tab(("3.10",), ("3.13", "3.15")),
        _tab(("3.12",)),
        _tab(("3.11",)),
    ],
    "snippets/signals/get_event_loop_gone.py": [
        _tab(("3.14", "3.15")),
        _tab(("3.12", "3.13")),
        _tab(("3.10", "3.11")),
    ],
    "snippets/signals/stop_inside_run.py": [
        _tab(("3.11", "3.15")),
        _tab(("3.10",)),
    ],
}


def _minors(tab_title: str) -> list[str]:
    """The documented Pythons a tab title names (a range names those between)."""
    found = []
    for part in tab_title.split(", "):
        first, _, last = part.partition("\u2013")
        lo = next(m for m in MINORS if patch(m) == first)
        hi = next(m for m in MINORS if patch(m) == (last or first))
        found += MINORS[MINORS.index(lo) : MINORS.index(hi) + 1]
    return found


@pytest.mark.parametrize("documented", MINORS)
@pytest.mark.parametrize("name", TABS)
def test_tabs_are_titled_with_their_releases_newest_first(name, documented):
    found = tabs(render.render_example(name, documented, "en"))
    assert [t for _, t, _ in found] == TABS[name]
    opened = next(t for t in TABS[name] if documented in _minors(t))
    assert [t for chosen, t, _ in found if chosen] == [opened]


PROCESS_DIFFERING = [e for e in DIFFERING if e.is_process]


@pytest.mark.parametrize("documented", MINORS)
def test_every_tab_set_is_newest_first_with_one_tab_open(documented):
    assert PROCESS_DIFFERING, "nothing differs: this test would test nothing"
    for example in PROCESS_DIFFERING:
        found = tabs(render.render_example(example.name, documented, "en"))
        newest = [max(map(version_key, _minors(t))) for _, t, _ in found]
        assert newest == sorted(newest, reverse=True), example.name
        assert sum(chosen for chosen, _, _ in found) == (len(found) > 1)
        named = [m for _, t, _ in found for m in _minors(t)]
        if found:
            assert sorted(named) == sorted(example.pythons()), example.name


_DIFF = re.compile(
    r'^( *)(`{3,})\{ \.diff title="[^"]*" \.no-copy \}\n(?P<body>.*?)\n\1\2$',
    re.M | re.S,
)


@pytest.mark.parametrize("documented", MINORS)
@pytest.mark.parametrize("example", examples(), ids=lambda e: e.id)
def test_the_documented_output_is_whole_and_the_others_a_click_away(
    example, documented
):
    rendered = render.render_example(example.name, documented, "en")
    printed = example.printed()
    shown = documented if documented in printed else LATEST
    whole = fences(rendered)
    assert printed[shown].rstrip("\n") in whole
    # the open tab (or the only block) holds the documented Python's output
    opened = [c for chosen, _, c in tabs(rendered) if chosen]
    if opened:
        assert printed[shown].rstrip("\n") in opened[0]
    others = {t for t in printed.values() if t.rstrip("\n") not in whole}
    diffs = [
        [line.strip() for line in m.group("body").splitlines()]
        for m in _DIFF.finditer(rendered)
    ]
    assert len(diffs) == len(others), example.name
    for text in others:
        lines = {line.strip() for line in text.splitlines()}
        assert any(
            all(d[1:].strip() in lines for d in body if d.startswith("+"))
            for body in diffs
        ), example.name
    if example.is_process:  # the program, once
        assert (
            whole.count(example.snippet.read_text("utf-8").rstrip("\n")) == 1
        )


def test_incidental_differences_share_a_tab_and_real_ones_do_not():
    # 3.10 prints another traceback (no Runner frame): a tab of its own; 3.11 to 3.15
    # differ only in line numbers and carets: one tab, each release's lines on request
    found = tabs(
        render.render_example(
            "snippets/signals/stop_inside_run.py", "3.13", "en"
        )
    )
    assert len(found) == 2
    assert found[0][2].count("??? info") == 4  # the four other releases


def test_an_example_for_newer_pythons_is_flagged_on_older_ones():
    newer = [e for e in examples() if e.requires]
    assert newer
    for example in newer:
        for minor in MINORS:
            text = render.render_example(example.name, minor, "en")
            runs = version_key(minor) >= example.requires
            assert ("Needs Python" in text) != runs, (example.name, minor)


def test_a_page_says_which_release_printed_its_outputs():
    page = "# Title\n\n{* snippets/cancellation/cancel_message.py *}\n"
    for minor in MINORS:
        stated = render.state_interpreter(page, minor, "en")
        assert f"**CPython {patch(minor)}**" in stated


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_each_difference_is_a_heading_with_one_anchor_in_every_language(lang):
    text = changes.page(lang, NAV, LATEST)
    anchors = re.findall(
        r"^## .* \{ #([\w-]+) \.guide-difference \}$", text, re.M
    )
    # in the guide's order: the nav's pages, each page's examples top down
    order = [
        name
        for page in NAV
        if page.endswith(".md")
        for name in re.findall(
            r"\{\* (\S+) \*\}",
            (ROOT / "docs" / lang / page).read_text("utf-8"),
        )
    ]
    differing = sorted(
        (e for e in examples() if e.differs()),
        key=lambda e: order.index(e.name),
    )
    expected = [
        e.name.removeprefix("snippets/").removesuffix(".py").replace("/", "-")
        for e in differing
    ]
    assert anchors == [a.replace("_", "-") for a in expected]
    assert text.count(
        'role="group" aria-label="Lines that differ'
        if lang == "en"
        else 'role="group" aria-label="달라진 줄'
    ) == sum(len(e.groups()) - 1 for e in differing)


@pytest.mark.parametrize("documented", [m for m in MINORS if m != LATEST])
def test_an_older_site_puts_its_own_differences_first(documented):
    text = changes.page("en", NAV, documented)
    mine, _, rest = text.partition("{ #elsewhere }")
    own = {
        e.anchor
        for e in DIFFERING
        if documented in e.printed()
        and e.printed()[documented] != e.printed()[LATEST]
    }
    assert own
    assert (
        set(re.findall(r"\{ #([\w-]+)[ .\w-]* \}", mine)) - {"on-this-python"}
        == own
    )
    assert not own & set(re.findall(r"\{ #([\w-]+)[ .\w-]* \}", rest))


def test_sections_are_read_from_the_html_mkdocs_made():
    html = (
        '<h1 id="t">T</h1><pre><span class="filename">a.py</span></pre>'
        '<h2 id="first">The <code>first</code><a class="headerlink" '
        'href="#first">¶</a></h2><span class="filename">b.py</span>'
        '<h3 id="x_1">X</h3><span class="filename">a.py</span>'
    )
    names = ["snippets/c/a.py", "snippets/c/b.py", "snippets/d/a.py"]
    assert changes.sections(html, names) == {
        "snippets/c/a.py": ("", ""),
        "snippets/c/b.py": ("first", "The <code>first</code>"),
        "snippets/d/a.py": ("x_1", "X"),
    }
    link = f'<a href="../c/">{changes.where("snippets/c/b.py")}</a>'
    shown = changes.sections(html, names)
    assert changes.link_sections(link, shown) == (
        '<a href="../c/#first">The <code>first</code></a>'
    )


def test_a_program_named_instead_of_shown_is_found_in_its_section():
    html = (
        '<h2 id="one">One</h2><span class="filename">a.py</span>'
        '<h2 id="two">Two</h2><p data-example="b.py">Same as a.py</p>'
    )
    assert changes.sections(html, ["snippets/c/a.py", "snippets/c/b.py"]) == {
        "snippets/c/a.py": ("one", "One"),
        "snippets/c/b.py": ("two", "Two"),
    }
    with pytest.raises(ValueError, match="not named on the page"):
        changes.sections(html, ["snippets/c/z.py"])


def test_the_matrix_fails_without_an_explanation(monkeypatch):
    explained = dict(explanations.explanations())
    del explained[rel(DIFFERING[0].reference)]
    monkeypatch.setattr(explanations, "explanations", lambda: explained)
    with pytest.raises(ValueError, match="no en explanation"):
        changes.page("en", NAV, LATEST)


def test_a_patch_release_fix_is_labelled(monkeypatch):
    output = DIFFERING[0]
    older = next(m for m in output.pythons() if m != LATEST)
    major, minor, micro = map(int, patch(older).split("."))
    fix = {
        "python": older,
        "fixed_in": f"{major}.{minor}.{micro + 1}",
        "issue": "gh-1",
    }
    explained = dict(explanations.explanations())
    explained[rel(output.reference)] = {
        **explained[rel(output.reference)],
        "fixes": [fix],
    }
    monkeypatch.setattr(explanations, "explanations", lambda: explained)
    label = f"{patch(older)} only; fixed in {fix['fixed_in']}, "
    assert label in changes.page("en", NAV, LATEST)
    rendered = render.render_example(output.name, older, "en")
    assert f"**{patch(older)} only**: fixed in {fix['fixed_in']}" in rendered


def test_a_fix_already_in_the_recorded_release_is_refused(monkeypatch):
    output = DIFFERING[0]
    older = next(m for m in output.pythons() if m != LATEST)
    fix = {"python": older, "fixed_in": patch(older), "issue": "gh-1"}
    monkeypatch.setattr(
        explanations,
        "explanations",
        lambda: {rel(output.reference): {"fixes": [fix]}},
    )
    with pytest.raises(ValueError, match="already has the fix"):
        explanations.fixes(output)


def test_every_explanation_is_of_an_example_and_in_both_languages():
    for key, entry in explanations.explanations().items():
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


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_program_shown_above_is_named_not_shown_again(lang):
    # the three Kubernetes examples run one service, stopped three ways
    names = [
        "snippets/kubernetes/no_prestop.py",
        "snippets/kubernetes/prestop_sleep.py",
        "snippets/kubernetes/grace_counts_prestop.py",
    ]
    texts = {(ROOT / n).read_text("utf-8") for n in names}
    assert len(texts) == 1  # the premise: one program
    page = "\n\n".join(f"{{* {n} *}}" for n in names)
    shown = render.expand_examples(page, LATEST, lang)
    assert shown.count('title="no_prestop.py"') == 1
    assert 'title="prestop_sleep.py"' not in shown
    assert shown.count("`no_prestop.py`") == 2  # named by each of the others
    assert shown.count("[requests: ") == 3  # every transcript is still there


def test_only_the_tests_lines_of_a_transcript_are_marked():
    """gunicorn's ``[INFO] Started server process [<pid>]`` is the program's line."""
    rendered = render.render_example(
        "snippets/uvicorn/gunicorn_graceful.py", LATEST, "en"
    )
    fence = re.search(
        r'\{ \.text title="[^"]*" [^}]*hl_lines="([\d ]+)"', rendered
    )
    body = rendered[fence.end() :].split("\n", 1)[1].split("\n```", 1)[0]
    lines = body.split("\n")
    marked = [lines[int(n) - 1] for n in fence.group(1).split()]
    assert "[SIGTERM]" in marked
    assert "[exit status 0]" in marked
    assert "[INFO] Started server process [<pid>]" in lines
    assert not [line for line in marked if line.startswith("[INFO]")]
