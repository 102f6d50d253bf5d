"""Pages name examples; the build shows their outputs (the MkDocs hook in hooks/).

A page embeds an example with one line, the same in both languages::

    {* snippets/cancellation/cancel_message.py *}

The build puts there the code with the outputs of the Python the site version documents
(``GUIDE_PYTHON``, a minor version of pythons.toml; ``latest`` by default). Where Pythons
printed different things it shows tabs instead, one per distinct output, each titled with
exactly the patch releases that printed it, the documented Python's tab open. A process
example shows its code, then its transcript the same way.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from guide import differences
from guide.layout import (
    EXAMPLE,
    ROOT,
    required_python,
    runs_on,
)
from guide.outputs import Output
from guide.pythons import BY_MINOR, LATEST, MINORS, patch

TEXT = {
    "en": {
        "outputs": "Outputs on this page were printed by **CPython {v}**, and the tests "
        "check them on it.",
        "needs": "Needs Python {n}+",
        "not_here": "This example does not run on Python {x}; the output shown was "
        "printed by Python {r}.",
        "patch_only": "{what}**{p} only**: fixed in {fixed} ({issue}).",
        "end_of_life": "**Python {minor} has reached end of life**: it no longer gets "
        "fixes, not even security fixes. [Read this page for Python {latest}]({url}).",
        "early": "The outputs of this version were printed by CPython {patch}, an early "
        "release of {minor}; the newest is {newest}. A later {minor} release may print "
        "something else where a fix changed the behaviour.",
        "known": "Known on this page: {fixes}.",
        "fix": "{what}fixed in {fixed} ({issue})",
    },
    "ko": {
        "outputs": "이 페이지의 출력은 **CPython {v}**에서 실행한 결과이며, 테스트는 "
        "같은 버전에서 이 출력을 확인합니다.",
        "needs": "Python {n} 이상 필요",
        "not_here": "이 예제는 Python {x}에서 실행되지 않습니다. 위의 출력은 "
        "Python {r}에서 실행한 결과입니다.",
        "patch_only": "{what}**{p}에서만** 나타나며, {fixed}에서 수정되었습니다({issue}).",
        "end_of_life": "**Python {minor} 지원이 종료되었습니다**: 보안 수정을 포함해 "
        "더 이상 어떤 수정도 받지 않습니다. [Python {latest}용 같은 페이지 보기]({url}).",
        "early": "이 버전의 출력은 {minor}의 초기 릴리스인 CPython {patch}에서 실행한 "
        "결과입니다(최신 릴리스는 {newest}). 이후의 {minor} 릴리스에서는 수정으로 동작이 "
        "바뀐 곳의 출력이 다를 수 있습니다.",
        "known": "이 페이지에서 알려진 수정: {fixes}.",
        "fix": "{what}{fixed}에서 수정({issue})",
    },
}


def documented_python() -> str:
    """The minor version a build documents: ``GUIDE_PYTHON``, or latest."""
    chosen = os.environ.get("GUIDE_PYTHON") or LATEST
    if chosen not in MINORS:
        raise ValueError(
            f"GUIDE_PYTHON={chosen} is not one of the documented {MINORS}"
        )
    return chosen


def title(pythons: list[str]) -> str:
    return "Python " + ", ".join(patch(m) for m in pythons)


def _fence(body: str, lang: str, name: str) -> str:
    ticks = "`" * max(
        3, 1 + max((len(r) for r in re.findall(r"`+", body)), default=0)
    )
    return f'{ticks}{lang} title="{name}"\n{body.rstrip(chr(10))}\n{ticks}\n'


def _indent(text: str, prefix: str) -> str:
    return "".join(
        prefix + line if line.strip() else line
        for line in text.splitlines(keepends=True)
    )


def _capitalised(text: str, lang: str) -> str:
    return text[:1].upper() + text[1:] if lang == "en" else text


def _patch_notes(output: Output, pythons: list[str], lang: str) -> str:
    notes = []
    for fix in differences.fixes(output):
        if fix["python"] in pythons:
            notes.append(
                TEXT[lang]["patch_only"].format(
                    what=_capitalised(differences.what(fix, lang), lang),
                    p=patch(fix["python"]),
                    fixed=fix["fixed_in"],
                    issue=differences.issue_link(fix["issue"]),
                )
            )
    return "".join(f"{n}\n\n" for n in notes)


def outputs_block(output: Output, documented: str, lang: str) -> str:
    """The output (or, for #> examples, the code with it): one block, or tabs."""
    kind = "console" if output.is_transcript else "python"
    groups = output.groups()
    shown = documented if documented in output.pythons() else LATEST
    if len(groups) == 1:
        text, pythons = groups[0]
        name = title(pythons) if output.is_transcript else output.snippet.name
        return _fence(text, kind, name)
    tabs = []
    for text, pythons in groups:
        mark = "+" if shown in pythons else ""
        name = output.snippet.name if not output.is_transcript else ""
        block = _patch_notes(output, pythons, lang) + _fence(text, kind, name)
        tabs.append(
            f'==={mark} "{title(pythons)}"\n\n{_indent(block, "    ")}'
        )
    return "\n".join(tabs)


def render_example(snippet: str, documented: str, lang: str) -> str:
    path = ROOT / snippet
    if not path.is_file():
        raise FileNotFoundError(f"no example {snippet}")
    output = Output(path)
    if output.is_transcript:
        code = _fence(path.read_text(encoding="utf-8"), "python", path.name)
        block = code + "\n" + outputs_block(output, documented, lang)
    else:
        block = outputs_block(output, documented, lang)
    if not runs_on(path, documented):
        needs = "{}.{}".format(*required_python(path))
        t = TEXT[lang]
        note = t["not_here"].format(x=documented, r=patch(LATEST))
        block += f'\n!!! warning "{t["needs"].format(n=needs)}"\n    {note}\n'
    return block


def expand_examples(markdown: str, documented: str, lang: str) -> str:
    def expand(m: re.Match) -> str:
        return _indent(
            render_example(m.group(2), documented, lang), m.group(1)
        )

    return EXAMPLE.sub(expand, markdown)


def state_interpreter(markdown: str, documented: str, lang: str) -> str:
    """Under the page's title: the exact release whose outputs the page shows."""
    if not EXAMPLE.search(markdown):
        return markdown
    line = TEXT[lang]["outputs"].format(v=BY_MINOR[documented].patch)
    head, sep, rest = markdown.partition("\n")
    return f'{head}\n\n!!! abstract ""\n    {line}\n{sep}{rest}'


def version_notice(
    documented: str, lang: str, snippets: list[str], latest_url: str
) -> str:
    """Markdown for the top of every page of an end-of-life or early-release version:
    that it gets no fixes (with the same page in latest), that its outputs come from an
    early release, and the later fixes known to change an output of this page."""
    python, t = BY_MINOR[documented], TEXT[lang]
    parts = []
    if python.status == "end-of-life":
        parts.append(
            t["end_of_life"].format(
                minor=documented, latest=LATEST, url=latest_url
            )
        )
    if python.early:
        parts.append(
            t["early"].format(
                patch=python.patch, minor=documented, newest=python.newest
            )
        )
        # one entry per fix: where several examples of the page show it, the label
        # that names the most of the output
        same_fix = {}
        for snippet in dict.fromkeys(snippets):
            for fix in differences.fixes(Output(ROOT / snippet)):
                if fix["python"] == documented:
                    key = (fix["issue"], fix["fixed_in"])
                    same_fix.setdefault(key, []).append(fix)
        known = [
            t["fix"].format(
                what=differences.what(
                    max(fixes, key=lambda f: len(f.get(lang, ""))), lang
                ),
                fixed=fixed,
                issue=differences.issue_link(issue),
            )
            for (issue, fixed), fixes in same_fix.items()
        ]
        if known:
            parts.append(t["known"].format(fixes="; ".join(known)))
    return " ".join(parts)


def language(src_path: str) -> str:
    return "ko" if "/docs/ko/" in Path(src_path).as_posix() else "en"
