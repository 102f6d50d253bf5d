"""The "What changed between versions" page: a matrix generated from the stored outputs.

One row per example that some documented Python prints differently, one column per
Python, each cell only the lines that differ from the latest Python's (identical lines
left out, ``⋯`` between separate places). Each row links to the section of the guide that
embeds the example, and carries its explanation from ``versions/differences/*.toml``::

    ["snippets/signals/wait_closed_idle_client.transcript"]
    en = "..."
    ko = "..."
    # optional: a difference that a later patch release fixed
    fixes = [{python = "3.11", fixed_in = "3.11.8", issue = "gh-113538"}]

A missing explanation (in either language) fails the build.
"""

from __future__ import annotations

import difflib
import html
import re
import sys
import textwrap
from functools import cache

from guide.layout import (
    DOCS,
    EXAMPLE,
    EXPLANATIONS,
    ROOT,
    rel,
    required_python,
)
from guide.outputs import Output, examples
from guide.pythons import LATEST, MINORS, patch, version_key

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

MARKER = "<!-- version-differences -->"
TEXT = {
    "en": {
        "same": "same as {p}",
        "not_run": "does not run (needs {n}+)",
        "nothing": "(no such lines)",
        "only": "{what}{p} only; fixed in {fixed}, {issue}",
    },
    "ko": {
        "same": "{p} 출력과 같음",
        "not_run": "실행되지 않음({n} 이상 필요)",
        "nothing": "(해당 줄 없음)",
        "only": "{what}{p}에서만 나타남({fixed}에서 수정, {issue})",
    },
}
_ISSUE = re.compile(r"^gh-(\d+)$")


@cache
def explanations() -> dict[str, dict]:
    """versions/differences/*.toml, merged: output path -> en, ko, fixes."""
    merged: dict[str, dict] = {}
    for path in sorted(EXPLANATIONS.glob("*.toml")):
        for key, entry in tomllib.loads(path.read_text("utf-8")).items():
            if key in merged:
                raise ValueError(f"{key} is explained twice")
            merged[key] = entry
    return merged


def fixes(output: Output) -> list[dict]:
    """The patch-release fixes recorded for an output (checked against the list)."""
    found = explanations().get(rel(output.reference), {}).get("fixes", [])
    for fix in found:
        minor, fixed_in = fix["python"], fix["fixed_in"]
        if minor not in MINORS:
            continue  # a Python no longer documented
        if not fixed_in.startswith(minor + ".") or not _ISSUE.match(
            fix["issue"]
        ):
            raise ValueError(f"{rel(output.reference)}: bad fix entry {fix}")
        if version_key(patch(minor)) >= version_key(fixed_in):
            raise ValueError(
                f"{rel(output.reference)}: {patch(minor)} already has the fix of "
                f"{fixed_in}; record its outputs again and drop the entry"
            )
    return [f for f in found if f["python"] in MINORS]


def what(fix: dict, lang: str) -> str:
    """The part of the output a fix is about, when not all of it: "…: "."""
    part = fix.get(lang)
    return f"{part}: " if part else ""


def issue_link(issue: str) -> str:
    number = _ISSUE.match(issue).group(1)
    return f"[{issue}](https://github.com/python/cpython/issues/{number})"


def _hunks(base: list[str], other: list[str]):
    """Per place where ``other`` differs from ``base``: base's lines, other's lines."""
    matcher = difflib.SequenceMatcher(None, base, other, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            yield range(i1, i2), other[j1:j2]


def cells(output: Output, lang: str) -> dict[str, str]:
    """Each documented Python's cell: the lines where it differs, or a short note."""
    t = TEXT[lang]
    printed = output.printed()
    base = printed[LATEST].splitlines()
    shown_of_base: set[int] = set()
    out: dict[str, str] = {}
    for minor in MINORS:
        if minor not in printed:
            needs = "{}.{}".format(*required_python(output.snippet))
            out[minor] = f"<em>{t['not_run'].format(n=needs)}</em>"
            continue
        if minor == LATEST:
            continue
        hunks = list(_hunks(base, printed[minor].splitlines()))
        if not hunks:
            out[minor] = f"<em>{t['same'].format(p=patch(LATEST))}</em>"
            continue
        for lines, _ in hunks:
            shown_of_base.update(lines)
        out[minor] = _pre(
            [
                textwrap.dedent("\n".join(o)) if o else t["nothing"]
                for _, o in hunks
            ]
        )
    runs, last = [], None
    for i in sorted(shown_of_base):
        if last is not None and i == last + 1:
            runs[-1].append(base[i])
        else:
            runs.append([base[i]])
        last = i
    out[LATEST] = _pre(
        [textwrap.dedent("\n".join(r)) for r in runs] or [t["nothing"]]
    )
    for fix in fixes(output):
        label = t["only"].format(
            what=what(fix, lang),
            p=patch(fix["python"]),
            fixed=fix["fixed_in"],
            issue=fix["issue"],
        )
        out[fix["python"]] = (
            f'<p class="guide-fix"><strong>{html.escape(label)}</strong></p>'
            + out[fix["python"]]
        )
    return out


def _pre(parts: list[str]) -> str:
    body = "\n⋯\n".join(html.escape(p) for p in parts)
    return f"<pre><code>{body}</code></pre>"


def _heading_text(line: str) -> tuple[str, str | None]:
    text = line.lstrip("#").strip()
    m = re.search(r"\{\s*#([\w-]+)\s*\}$", text)
    if m:
        return text[: m.start()].strip(), m.group(1)
    return text, None


def where_shown(lang: str) -> dict[str, tuple[str, str, str]]:
    """Each example -> (page, heading anchor, heading text) of the section embedding it,
    in the order the guide shows them (mkdocs.yml's nav, then each page's order)."""
    from pymdownx.slugs import slugify  # the toc's slugify (mkdocs.yml)

    slug = slugify(case="lower")
    found: dict[str, tuple[str, str, str]] = {}
    pages = [DOCS / lang / name for name in nav_order()]
    for page in (p for p in pages if p.suffix == ".md"):
        heading, anchor, used = "", "", {}
        for line in page.read_text(encoding="utf-8").splitlines():
            if re.match(r"^#{2,6} ", line):
                heading, explicit = _heading_text(line)
                plain = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading)
                plain = re.sub(r"[`*]", "", plain)
                anchor = explicit or slug(plain, "-")
                count = used.get(anchor, 0)
                used[anchor] = count + 1
                if count and not explicit:
                    anchor = f"{anchor}_{count}"
                continue
            m = EXAMPLE.match(line)
            if m:
                found.setdefault(m.group(2), (page.name, anchor, heading))
    return found


def nav_order() -> list[str]:
    """The pages in the order of mkdocs.yml's nav."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    nav = config.split("\nnav:\n", 1)[1]
    return re.findall(r"^  - (?:[^:\n]+: )?(\S+\.(?:md|ipynb))$", nav, re.M)


def rows() -> list[Output]:
    """The examples that differ somewhere, in the order the guide shows them."""
    order = list(where_shown("en"))
    differing = [o for o in examples() if o.differs()]
    return sorted(differing, key=lambda o: order.index(rel(o.snippet)))


def matrix(lang: str) -> str:
    """The page's matrix: HTML blocks with Markdown inside (md_in_html), laid out by
    docs/assets/guide.css as a grid of one column per Python (one under the other on
    a phone, each cell labelled with its Python)."""
    explained, shown = explanations(), where_shown(lang)
    columns = len(MINORS)
    head = "".join(
        f'<div class="guide-python">{patch(m)}</div>' for m in MINORS
    )
    out = [
        f'<div class="guide-matrix" style="--columns: {columns}" markdown>\n',
        f'<div class="guide-pythons" aria-hidden="true">{head}</div>\n',
    ]
    for output in rows():
        key = rel(output.reference)
        text = explained.get(key, {}).get(lang)
        if not text:
            raise ValueError(
                f"versions/differences/*.toml: no {lang} explanation for {key}"
            )
        page, anchor, heading = shown[rel(output.snippet)]
        link = f"{page}#{anchor}" if anchor else page
        by_python = cells(output, lang)
        cells_html = "".join(
            f'<div class="guide-cell"><div class="guide-python">{patch(m)}</div>'
            f"{by_python[m]}</div>"
            for m in MINORS
        )
        out.append(
            '<div class="guide-row" markdown>\n\n'
            f"`{output.name}` · [{heading or page}]({link})\n"
            "{: .guide-example }\n\n"
            f'<div class="guide-cells">{cells_html}</div>\n\n'
            f"{text.strip()}\n\n"
            "</div>\n"
        )
    out.append("</div>\n")
    return "\n".join(out)
