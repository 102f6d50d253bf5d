"""MkDocs hook: a site built by Python X.Y documents Python X.Y.

* Each page says which interpreter's outputs it shows.
* A tab group of outputs opens on the tab that names X.Y (``=== "Python 3.10, 3.11"``).
* An example that needs a newer Python is flagged as not running on X.Y.
* ``<!-- version-differences -->`` on a page becomes, for every snippet whose outputs
  differ between versions, its explanation and the differing lines side by side.

The stored outputs are read from the repository (see tests/guide.py); the build fails
if a process example has no transcript.
"""

from __future__ import annotations

import difflib
import platform
import re
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from guide import (  # noqa: E402
    PYTHONS,
    REFERENCE,
    VERSIONS,
    expected_file,
    required_python,
    snippet_files,
)

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

PYTHON = f"{sys.version_info.major}.{sys.version_info.minor}"
MARKER = "<!-- version-differences -->"
TEXT = {
    "en": {
        "outputs": "Outputs on this page were printed by **CPython {v}**, and the tests "
        "check them on it.",
        "needs": "Needs Python {n}+",
        "not_here": "This example does not run on Python {x}; its output above was "
        "printed by Python {r}.",
    },
    "ko": {
        "outputs": "이 페이지의 출력은 **CPython {v}**에서 실행한 결과이며, 테스트가 "
        "이 버전에서 확인합니다.",
        "needs": "Python {n} 이상 필요",
        "not_here": "이 예제는 Python {x}에서 실행되지 않습니다. 위의 출력은 "
        "Python {r}에서 실행한 결과입니다.",
    },
}
_TAB = re.compile(r'^===([+]?) "([^"]*)"', re.M)
_EMBED_BLOCK = re.compile(
    r'^(```[^\n]*\n--8<--[ \t]*"(snippets/[^"]+\.py)"\n```\n)', re.M
)


def on_config(config):
    if PYTHON not in PYTHONS:
        raise PluginError(
            f"Python {PYTHON} is not one of the documented {PYTHONS}"
        )
    missing = [
        p.relative_to(ROOT).as_posix()
        for p in snippet_files()
        if p.with_suffix(".scenario.toml").exists()
        and not p.with_suffix(".transcript").exists()
    ]
    if missing:
        raise PluginError(f"no stored transcript for {missing}")
    config.extra["python_version"] = PYTHON
    return config


def language(page) -> str:
    return (
        "ko"
        if "/docs/ko/" in Path(page.file.abs_src_path).as_posix()
        else "en"
    )


def select_own_tab(markdown: str, python: str = PYTHON) -> str:
    """``===+`` (selected) on the tab whose title names ``python``; only there."""

    def mark(m: re.Match) -> str:
        named = re.findall(r"\b3\.\d+\b", m.group(2))
        return f'==={"+" if python in named else ""} "{m.group(2)}"'

    return _TAB.sub(mark, markdown)


def flag_newer_examples(markdown: str, lang: str, python: str = PYTHON) -> str:
    """After an example that does not run on ``python``, say so."""
    here = tuple(map(int, python.split(".")))

    def flag(m: re.Match) -> str:
        needs = required_python(ROOT / m.group(2))
        if here >= needs:
            return m.group(1)
        n = f"{needs[0]}.{needs[1]}"
        t = TEXT[lang]
        note = t["not_here"].format(x=python, r=REFERENCE)
        return f'{m.group(1)}\n!!! warning "{t["needs"].format(n=n)}"\n    {note}\n'

    return _EMBED_BLOCK.sub(flag, markdown)


def state_interpreter(markdown: str, lang: str) -> str:
    if "--8<--" not in markdown:
        return markdown
    line = TEXT[lang]["outputs"].format(v=platform.python_version())
    title, sep, rest = markdown.partition("\n")
    return f'{title}\n\n!!! abstract ""\n    {line}\n{sep}{rest}'


def differences(lang: str) -> str:
    """Every snippet with outputs of its own on some Python, with its explanation."""
    explained = explanations()
    out = []
    for snippet in snippet_files():
        stored = [snippet.with_suffix(".transcript"), snippet]
        for reference in (p for p in stored if p.exists()):
            groups = _groups(reference, snippet)
            if len(groups) < 2:
                continue
            rel = reference.relative_to(ROOT).as_posix()
            text = explained.get(rel, {}).get(lang)
            if not text:
                raise PluginError(
                    f"versions/differences/*.toml: no {lang} text for {rel}"
                )
            out.append(f"## `{reference.name}`\n\n{text.strip()}\n")
            base_file, base_pythons = groups[0]
            for other_file, other_pythons in groups[1:]:
                out.append(
                    _side_by_side(
                        base_file, base_pythons, other_file, other_pythons
                    )
                )
    return "\n".join(out)


def explanations() -> dict[str, dict[str, str]]:
    """versions/differences/*.toml: one file per chapter or so, merged."""
    merged: dict[str, dict[str, str]] = {}
    for path in sorted((VERSIONS / "differences").glob("*.toml")):
        merged.update(tomllib.loads(path.read_text("utf-8")))
    return merged


def _groups(reference: Path, snippet: Path) -> list[tuple[Path, list[str]]]:
    needs = required_python(snippet)
    by_file: dict[Path, list[str]] = {}
    for python in PYTHONS:
        if tuple(map(int, python.split("."))) >= needs:
            by_file.setdefault(expected_file(reference, python), []).append(
                python
            )
    return sorted(by_file.items(), key=lambda item: item[0] != reference)


def _side_by_side(
    left: Path, lp: list[str], right: Path, rp: list[str]
) -> str:
    a = left.read_text("utf-8").splitlines()
    b = right.read_text("utf-8").splitlines()
    rows = []
    for group in difflib.SequenceMatcher(None, a, b).get_grouped_opcodes(1):
        i1, i2 = group[0][1], group[-1][2]
        j1, j2 = group[0][3], group[-1][4]
        rows.append(("\n".join(a[i1:i2]), "\n".join(b[j1:j2])))
    cells = []
    for pythons, column in ((lp, 0), (rp, 1)):
        title = "Python " + ", ".join(pythons)
        body = "\n...\n".join(row[column] for row in rows)
        cells.append(f'```text title="{title}"\n{body}\n```\n')
    return '<div class="grid" markdown>\n\n' + "\n".join(cells) + "\n</div>\n"


def on_page_markdown(markdown, page, config, files):
    lang = language(page)
    if MARKER in markdown:
        markdown = markdown.replace(MARKER, differences(lang))
    markdown = select_own_tab(markdown)
    markdown = flag_newer_examples(markdown, lang)
    return state_interpreter(markdown, lang)
