"""The "What changed between versions" page, generated from the stored outputs.

One section per example that some documented Python prints differently, in the order
the guide shows them; on an older Python's site, the ones where that Python differs come
first. Each section is a heading with the example's anchor (``Example.anchor``, the same
in every language), the releases that differ and a link to the section of the guide that
shows the example, then, one click away, the explanation (``guide.build.explanations``;
a missing one, in either language, fails the build) and the lines that differ, as a diff
against the latest Python's output per group of releases.

The link is the one MkDocs itself made: the page links each example's page with a
placeholder (``where(name)``), and once every page is rendered, ``link_sections`` puts
in the anchor and the heading of the section around the example, read from the pages'
HTML (``sections``).
"""

from __future__ import annotations

import html
import re

from guide.build import explanations
from guide.build.render import diff_fence, indent, named_at, releases, title
from guide.build.text import TEXT
from guide.core.example import Example, embedded, examples
from guide.core.paths import DOCS, rel
from guide.core.pythons import LATEST, MINORS, patch

MARKER = "<!-- version-differences -->"
_HEADING_LINE = re.compile(r"^(#{1,6}) (.*?)(?:\s*\{[^}]*\})?\s*$")


def heading(lang: str, page: str, name: str) -> str:
    """The difference's heading: the title of the section showing the example, as the
    page's Markdown has it, and the example's file."""
    section = ""
    for line in (DOCS / lang / page).read_text(encoding="utf-8").splitlines():
        m = _HEADING_LINE.match(line)
        if m:
            section = m.group(2)
        elif name in line and line.strip().startswith("{*"):
            break
    file = name.rsplit("/", 1)[-1].removesuffix(".py")
    return f"{section} \u00b7 `{file}`"


def concerns(output: Example, documented: str) -> bool:
    """Whether the documented Python prints something else than the latest."""
    printed = output.printed()
    return documented in printed and printed[documented] != printed[LATEST]


def difference(output: Example, lang: str, page: str, level: str) -> str:
    """One difference: its heading, who differs, and (on request) why and the lines."""
    t = TEXT[lang]
    explained = explanations.explanations().get(rel(output.reference), {})
    text = explained.get(lang)
    if not text:
        raise ValueError(
            f"differences/*.toml: no {lang} explanation for "
            f"{rel(output.reference)}"
        )
    groups = output.groups()
    latest = next(g for g in groups if LATEST in g[1])
    others = [g for g in groups if g is not latest]
    differing = [m for _, ms in others for m in ms]
    link = f"[{where(output.name)}]({page})"
    lines = [
        f"{level} {heading(lang, page, output.name)}"
        f" {{ #{output.anchor} .guide-difference }}",
        "",
        t["differs_on"].format(p=releases(differing), where=link),
    ]
    missing = [m for m in MINORS if m not in output.pythons()]
    if missing:
        needs = "{}.{}".format(*output.requires)
        lines[-1] += " " + t["not_run"].format(p=releases(missing), n=needs)
    lines.append("{: .guide-differs }")
    body = [text.strip(), ""]
    for fix in explanations.fixes(output):
        label = t["only"].format(
            what=explanations.what(fix, lang),
            p=patch(fix["python"]),
            fixed=fix["fixed_in"],
            issue=explanations.issue_link(fix["issue"]),
        )
        body += [f"**{label}**", ""]
    for other_text, pythons in others:
        label = t["diff_label"].format(a=title(latest[1]), b=title(pythons))
        body += [
            f'<div role="group" aria-label="{html.escape(label)}" markdown>',
            "",
            diff_fence(latest, (other_text, pythons)),
            "</div>",
            "",
        ]
    lines += [
        "",
        f'??? note "{t["why_and_lines"]}"',
        "",
        indent("\n".join(body), "    "),
    ]
    return "\n".join(lines)


def page(lang: str, nav: list[str], documented: str) -> str:
    """The page's differences, the documented Python's first on an older site."""
    pages, found = shown_in(lang, nav), rows(lang, nav)
    if documented == LATEST:
        return "\n\n".join(
            difference(o, lang, pages[o.name], "##") for o in found
        )
    t = TEXT[lang]
    mine = [o for o in found if concerns(o, documented)]
    rest = [o for o in found if o not in mine]
    out = [
        f"## {t['on_this'].format(p=patch(documented))} {{ #on-this-python }}"
    ]
    out += [difference(o, lang, pages[o.name], "###") for o in mine]
    out += [f"## {t['elsewhere']} {{ #elsewhere }}"]
    out += [difference(o, lang, pages[o.name], "###") for o in rest]
    return "\n\n".join(out)


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


def sections(content: str, names: list[str]) -> dict[str, tuple[str, str]]:
    """Each example a page embeds (``names``, in order) -> the anchor and the heading
    (HTML) of the section it is in, as the page's HTML has them; an example before any
    section has neither."""
    found, at = {}, 0
    headings = list(_HEADING.finditer(content))
    for name in names:
        at, _ = named_at(content, name, at)
        if at < 0:
            raise ValueError(f"{name} is not named on the page")
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
