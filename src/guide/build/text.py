"""Every sentence the build writes for readers, in both languages, and nothing else.

The pages' own prose is in ``docs/``; these are the sentences the machinery adds: the
release that printed a page's outputs, version notices, tab notes, the "What changed"
page's cells, the glossary page's labels and the 404 page.
``tests/test_glossary.py`` checks every Korean sentence here against the glossary, and
that both languages have the same sentences with the same fields.
"""

from __future__ import annotations

TEXT = {
    "en": {
        # under a page's title (guide.build.render)
        "outputs": "Outputs on this page were printed by **CPython {v}**, and the tests "
        "check them on it.",
        # an example a documented Python does not run
        "needs": "Needs Python {n}+",
        "not_here": "This example does not run on Python {x}; the output shown was "
        "printed by Python {r}.",
        # a tab whose output a later patch release fixed
        "patch_only": "{what}**{p} only**: fixed in {fixed} ({issue}).",
        # the version notice at the top of every page of a version
        "end_of_life": "**Python {minor} has reached end of life**: it no longer gets "
        "fixes, not even security fixes. [Read this page for Python {latest}]({url}).",
        "early": "The outputs of this version were printed by CPython {patch}, an early "
        "release of {minor}; the newest is {newest}. A later {minor} release may print "
        "something else where a fix changed the behaviour.",
        "known": "Known on this page: {fixes}.",
        "fix": "{what}fixed in {fixed} ({issue})",
        # what another release printed, under an example (guide.build.render)
        "prints_instead": "What {p} printed instead",
        "why_differs": "Why the outputs differ: [What changed between versions]"
        "(changes.md#{anchor})",
        # a process example whose program is one shown above on the same page
        "same_program": "`{name}` is the same program as `{first}` above; only what "
        "the test does to it differs:",
        # the "What changed" page (guide.build.changes)
        "on_this": "On Python {p}",
        "elsewhere": "On the other Pythons",
        "differs_on": "Differs on {p}. Shown in {where}.",
        "not_run": "Does not run on {p} (needs {n}+).",
        "why_and_lines": "Why, and the lines that differ",
        "diff_label": "Lines that differ: {a} (−) and {b} (+)",
        "only": "{what}{p} only; fixed in {fixed}, {issue}",
        # the glossary page's labels (guide.build.glossary)
        "glossary_ko": "Korean",
        "glossary_others": "Also written",
        "glossary_chapter": "Explained in",
        # the 404 page (overrides/404.html, hooks/not_found.py), the site root's
        "missing_title": "Page not found",
        "missing": "There is no page at this address.",
        "missing_same": "The same page in the latest version",
        "missing_home": "The latest version's home page",
    },
    "ko": {
        "outputs": "이 페이지의 출력은 **CPython {v}**에서 실행한 결과이며, 테스트는 "
        "같은 버전에서 이 출력을 확인합니다.",
        "needs": "Python {n} 이상 필요",
        "not_here": "이 예제는 Python {x}에서 실행되지 않습니다. 위의 출력은 "
        "Python {r}에서 실행한 결과입니다.",
        "patch_only": "{what}**{p}에서만** 나타나며, {fixed}에서 수정되었습니다({issue}).",
        "end_of_life": "**Python {minor} 지원이 종료되었습니다.** 보안 수정을 포함해 "
        "더 이상 어떤 수정도 받지 않습니다. [Python {latest}용 같은 페이지 보기]({url}).",
        "early": "이 버전의 출력은 {minor}의 초기 릴리스인 CPython {patch}에서 실행한 "
        "결과입니다(최신 릴리스는 {newest}). 이후의 {minor} 릴리스에서는 수정으로 동작이 "
        "바뀐 곳의 출력이 다를 수 있습니다.",
        "known": "이 페이지에 알려진 수정: {fixes}.",
        "fix": "{what}{fixed}에서 수정({issue})",
        "prints_instead": "{p}에서 대신 출력한 내용",
        "why_differs": "출력이 다른 이유: [버전 사이에 달라진 점](changes.md#{anchor})",
        "same_program": "`{name}`는 위의 `{first}`와 같은 프로그램이고, 테스트가 하는 일만 "
        "다릅니다.",
        "on_this": "Python {p}에서",
        "elsewhere": "다른 Python에서",
        "differs_on": "{p}에서 출력이 다릅니다. 예제는 {where}에 있습니다.",
        "not_run": "{p}에서는 실행되지 않습니다({n} 이상 필요).",
        "why_and_lines": "이유와 달라진 줄",
        "diff_label": "달라진 줄: {a} (−), {b} (+)",
        "only": "{what}{p}에서만 나타남({fixed}에서 수정, {issue})",
        "glossary_ko": "이 가이드의 용어",
        "glossary_others": "다른 표기",
        "glossary_chapter": "설명하는 장",
        "missing_title": "페이지를 찾을 수 없습니다",
        "missing": "이 주소에는 페이지가 없습니다.",
        "missing_same": "최신 버전의 같은 페이지",
        "missing_home": "최신 버전의 첫 페이지",
    },
}
