"""The "What changed between versions" page: a matrix generated from the stored outputs.

One row per example that some documented Python prints differently, one column per
Python, each cell only the lines that differ from the latest Python's (identical lines
left out, ``⋯`` between separate places). Each row links to the section of the guide that
embeds the example, and carries its explanation (``guide.build.explanations``); a
missing explanation (in either language) fails the build.

The section is the one MkDocs itself made: the matrix links each example's page with a
placeholder (``where(name)``), and once every page is rendered, ``link_sections`` puts
in the anchor and the heading of the section around the example, read from the pages'
HTML (``sections``).
"""

from __future__ import annotations

import difflib
import html
import re
import textwrap

from guide.build import explanations
from guide.build.text import TEXT
from guide.core.example import Example, embedded, examples
from guide.core.paths import DOCS, rel
from guide.core.pythons import LATEST, MINORS, patch

MARKER = "<!-- version-differences -->"


def _hunks(base: list[str], other: list[str]):
    """Per place where ``other`` differs from ``base``: base's lines, other's lines."""
    matcher = difflib.SequenceMatcher(None, base, other, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            yield range(i1, i2), other[j1:j2]


def cells(output: Example, lang: str) -> dict[str, str]:
    """Each documented Python's cell: the lines where it differs, or a short note."""
    t = TEXT[lang]
    printed = output.printed()
    base = printed[LATEST].splitlines()
    shown_of_base: set[int] = set()
    out: dict[str, str] = {}
    for minor in MINORS:
        if minor not in printed:
            needs = "{}.{}".format(*output.requires)
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
    for fix in explanations.fixes(output):
        label = t["only"].format(
            what=explanations.what(fix, lang),
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


def nav_pages(nav) -> list[str]:
    """The page files of a MkDocs ``nav`` (as the configuration MkDocs loaded has it),
    in order."""
    found: list[str] = []
    for item in nav or []:
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, dict):
            for value in item.values():
                found += nav_pages(
                    [value] if isinstance(value, str) else value
                )
    return found


def shown_in(lang: str, nav: list[str]) -> dict[str, str]:
    """Each example -> the page embedding it, in the order the guide shows them."""
    found: dict[str, str] = {}
    for page in nav:
        source = DOCS / lang / page
        if source.suffix == ".md":
            for name in embedded(source.read_text(encoding="utf-8")):
                found.setdefault(name, page)
    return found


def rows(lang: str, nav: list[str]) -> list[Example]:
    """The examples that differ somewhere, in the order the guide shows them."""
    order = list(shown_in(lang, nav))
    differing = [o for o in examples() if o.differs()]
    return sorted(differing, key=lambda o: order.index(o.name))


def where(name: str) -> str:
    """The placeholder text of a link to the section that embeds an example."""
    return f"\u27e6{name}\u27e7"


_PLACEHOLDER = re.compile(
    r'href="([^"#]*)">\u27e6(snippets/[^\u27e7]+)\u27e7</a>'
)
_HEADING = re.compile(r'<h([2-6]) id="([^"]+)"[^>]*>(.*?)</h\1>', re.S)
_PERMALINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.S)
_FILENAME = '<span class="filename">{}</span>'


def sections(content: str, names: list[str]) -> dict[str, tuple[str, str]]:
    """Each example a page embeds (``names``, in order) -> the anchor and the heading
    (HTML) of the section it is in, as the page's HTML has them; an example before any
    section has neither."""
    found, at = {}, 0
    headings = list(_HEADING.finditer(content))
    for name in names:
        at = content.index(_FILENAME.format(name.rsplit("/", 1)[-1]), at)
        before = [h for h in headings if h.start() < at]
        if before:
            inner = _PERMALINK.sub("", before[-1].group(3)).strip()
            found[name] = (before[-1].group(2), inner)
        else:
            found[name] = ("", "")
    return found


def link_sections(content: str, shown: dict[str, tuple[str, str]]) -> str:
    """The matrix's placeholders, replaced by the anchor and heading of each section."""

    def link(m: re.Match) -> str:
        anchor, heading = shown[m.group(2)]
        href = f"{m.group(1)}#{anchor}" if anchor else m.group(1)
        return f'href="{href}">{heading or m.group(1)}</a>'

    return _PLACEHOLDER.sub(link, content)


def matrix(lang: str, nav: list[str]) -> str:
    """The page's matrix: HTML blocks with Markdown inside (md_in_html), laid out by
    docs/assets/guide.css as a grid of one column per Python (one under the other on
    a phone, each cell labelled with its Python)."""
    explained, pages = explanations.explanations(), shown_in(lang, nav)
    columns = len(MINORS)
    head = "".join(
        f'<div class="guide-python">{patch(m)}</div>' for m in MINORS
    )
    out = [
        f'<div class="guide-matrix" style="--columns: {columns}" markdown>\n',
        f'<div class="guide-pythons" aria-hidden="true">{head}</div>\n',
    ]
    for output in rows(lang, nav):
        key = rel(output.reference)
        text = explained.get(key, {}).get(lang)
        if not text:
            raise ValueError(
                f"differences/*.toml: no {lang} explanation for {key}"
            )
        by_python = cells(output, lang)
        cells_html = "".join(
            f'<div class="guide-cell"><div class="guide-python">{patch(m)}</div>'
            f"{by_python[m]}</div>"
            for m in MINORS
        )
        out.append(
            '<div class="guide-row" markdown>\n\n'
            f"`{output.output_name}` · [{where(output.name)}]({pages[output.name]})\n"
            "{: .guide-example }\n\n"
            f'<div class="guide-cells">{cells_html}</div>\n\n'
            f"{text.strip()}\n\n"
            "</div>\n"
        )
    out.append("</div>\n")
    return "\n".join(out)
