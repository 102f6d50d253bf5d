"""Pages name examples; the build shows their outputs (called by ``hooks/examples.py``).

A page embeds an example with one line, the same in both languages::

    {* snippets/cancellation/cancel_message.py *}

The build puts there the code with the outputs of the Python the site version documents
(``GUIDE_PYTHON``, a minor version of pythons.toml; ``latest`` by default). Where Pythons
printed different things it shows tabs instead, one per distinct output, each titled with
exactly the patch releases that printed it, the documented Python's tab open. A process
example shows its code, then its transcript the same way.

A file that is not a program (a Kubernetes manifest) is shown as it is, titled with its
name, from one line too: ``{* snippets/kubernetes/deployment.yaml *}``.
"""

from __future__ import annotations

import difflib
import html
import re

from guide.build import explanations
from guide.build.text import TEXT
from guide.core.example import EMBED, FILE_EMBED, Example
from guide.core.paths import ROOT
from guide.core.pythons import BY_MINOR, LATEST, MINORS, patch
from guide.core.scenario import HARNESS_LINE


def title(pythons: list[str]) -> str:
    return "Python " + ", ".join(patch(m) for m in pythons)


def releases(pythons: list[str]) -> str:
    """A tab's title: the exact releases, consecutive ones as a range
    (``3.10.x–3.12.y``), so that six releases fit a phone's width."""
    runs: list[list[str]] = []
    for minor in sorted(pythons, key=MINORS.index):
        if runs and MINORS.index(minor) == MINORS.index(runs[-1][-1]) + 1:
            runs[-1].append(minor)
        else:
            runs.append([minor])
    return ", ".join(
        patch(r[0]) if len(r) == 1 else f"{patch(r[0])}\u2013{patch(r[-1])}"
        for r in runs
    )


def diff(shown: str, other: str) -> str:
    """The lines where ``other`` differs from ``shown``, as a diff (``-`` shown, ``+``
    other), places apart separated by ``⋯``."""
    lines = difflib.unified_diff(
        shown.splitlines(), other.splitlines(), n=0, lineterm=""
    )
    out = []
    for line in lines:
        if line.startswith(("---", "+++")):
            continue
        out.append("\u22ef" if line.startswith("@@") else line)
    return "\n".join(out[1:] if out[:1] == ["\u22ef"] else out)


def diff_fence(
    shown: tuple[str, list[str]], other: tuple[str, list[str]]
) -> str:
    """``diff(shown, other)`` in a block titled with both groups' releases. It has no
    copy button: ``-``, ``+`` and ``⋯`` lines are of no use pasted anywhere."""
    name = f"{releases(shown[1])} \u2192 {releases(other[1])}"
    return _fence(diff(shown[0], other[0]), "diff", name, ".no-copy")


def _fence(body: str, lang: str, name: str, more: str = "") -> str:
    ticks = "`" * max(
        3, 1 + max((len(r) for r in re.findall(r"`+", body)), default=0)
    )
    info = f'{lang} title="{name}"'
    if more:  # classes and attributes: superfences' braced form
        info = f"{{ .{info} {more} }}"
    return f"{ticks}{info}\n{body.rstrip(chr(10))}\n{ticks}\n"


def _transcript_fence(body: str, name: str) -> str:
    """A process example's transcript. Its copy button copies the command, without
    the ``$ `` prompt (Material copies an ancestor's ``data-copy``); the lines the
    tests wrote are marked (``hl_lines``), and docs/assets/guide.css shows them as
    annotations that a selection leaves out."""
    lines = body.rstrip("\n").split("\n")
    command = lines[0][2:] if lines[0].startswith("$ ") else ""
    marked = " ".join(
        str(number)
        for number, line in enumerate(lines, 1)
        if HARNESS_LINE.fullmatch(line)
    )
    more = ".guide-transcript"
    if marked:
        more += f' hl_lines="{marked}"'
    more += f' data-copy="{html.escape(command)}"'
    return _fence(body, "text", name, more)


def indent(text: str, prefix: str) -> str:
    return "".join(
        prefix + line if line.strip() else line
        for line in text.splitlines(keepends=True)
    )


def _capitalised(text: str, lang: str) -> str:
    return text[:1].upper() + text[1:] if lang == "en" else text


def _patch_notes(output: Example, pythons: list[str], lang: str) -> str:
    notes = []
    for fix in explanations.fixes(output):
        if fix["python"] in pythons:
            notes.append(
                TEXT[lang]["patch_only"].format(
                    what=_capitalised(explanations.what(fix, lang), lang),
                    p=patch(fix["python"]),
                    fixed=fix["fixed_in"],
                    issue=explanations.issue_link(fix["issue"]),
                )
            )
    return "".join(f"{n}\n\n" for n in notes)


def _others(output: Example, shown, others, kind: str, lang: str) -> str:
    """Each other group's lines, as a diff against the one shown, on request."""
    t, blocks = TEXT[lang], []
    for text, pythons in others:
        label = t["prints_instead"].format(p=title(pythons))
        body = _patch_notes(output, pythons, lang) + diff_fence(
            shown, (text, pythons)
        )
        box = f'??? {kind} guide-outputs "{label}"'  # not searched: search_without_code
        blocks.append(f"{box}\n\n{indent(body, '    ')}")
    return "\n".join(blocks)


def outputs_block(output: Example, documented: str, lang: str) -> str:
    """The output (or, for #> examples, the code with it), as the documented Python
    printed it. A process example whose Pythons print different things gets one tab
    per family of outputs (guide.core.example: outputs that differ only incidentally
    are one family); an in-process example shows its code once. What another release
    printed is one click away, as a diff."""
    shown_python = documented if documented in output.pythons() else LATEST
    families = output.families()
    if not output.is_process:
        groups = output.groups()
        shown = next(g for g in groups if shown_python in g[1])
        others = [g for g in groups if g is not shown]
        block = _patch_notes(output, shown[1], lang) + _fence(
            shown[0], "python", output.snippet.name
        )
        if others:
            block += "\n" + _others(output, shown, others, "note", lang)
        return block
    tabs = []
    for family in families:
        pythons = [m for _, ms in family for m in ms]
        shown = next((g for g in family if shown_python in g[1]), family[0])
        others = [g for g in family if g is not shown]
        block = _patch_notes(output, shown[1], lang) + _transcript_fence(
            shown[0], title(shown[1])
        )
        if others:
            block += "\n" + _others(output, shown, others, "info", lang)
        if len(families) == 1:
            return block
        mark = "+" if shown_python in pythons else ""
        tabs.append(
            f'==={mark} "{releases(pythons)}"\n\n{indent(block, "    ")}'
        )
    return "\n".join(tabs)


def render_example(
    snippet: str, documented: str, lang: str, shown: dict | None = None
) -> str:
    """The example's code and outputs. ``shown`` maps the programs already shown on
    the page to their file names: a process example whose program is one of them (the
    same service, stopped another way) names it instead of showing it again."""
    output = Example.named(snippet)
    path = output.snippet
    if output.is_process:
        program = path.read_text(encoding="utf-8")
        shown = {} if shown is None else shown
        first = shown.setdefault(program, path.name)
        if first == path.name:
            code = _fence(program, "python", path.name)
        else:
            code = TEXT[lang]["same_program"].format(
                name=path.name, first=first
            )
            # the file is named where a code block would have its title
            # (guide.build.changes.sections finds an example's section by it)
            code += f'\n{{: data-example="{path.name}" }}\n'

        block = code + "\n" + outputs_block(output, documented, lang)
    else:
        block = outputs_block(output, documented, lang)
    if output.differs():
        why = TEXT[lang]["why_differs"].format(anchor=output.anchor)
        block += f"\n{why}\n{{: .guide-why }}\n"
    if not output.runs_on(documented):
        needs = "{}.{}".format(*output.requires)
        t = TEXT[lang]
        note = t["not_here"].format(x=documented, r=patch(LATEST))
        block += f'\n!!! warning "{t["needs"].format(n=needs)}"\n    {note}\n'
    return block


# Where the HTML of a page names an embedded example: its code block's title, or, for a
# program shown above on the same page, the sentence that says so (render_example).
_NAMED = ('<span class="filename">{}</span>', 'data-example="{}"')


def named_at(content: str, name: str, start: int = 0) -> tuple[int, int]:
    """Where the page's HTML ``content`` names the example ``name`` first, from
    ``start``: (start, end) of the mark, or (-1, -1)."""
    file = name.rsplit("/", 1)[-1]
    found = [
        (at, at + len(mark))
        for mark in (m.format(file) for m in _NAMED)
        if (at := content.find(mark, start)) >= 0
    ]
    return min(found) if found else (-1, -1)


def render_file(name: str) -> str:
    """A file under snippets/ that is not a program, as it is."""
    path = ROOT / name
    if not path.is_file():
        raise FileNotFoundError(f"no file {name}")
    return _fence(path.read_text(encoding="utf-8"), "yaml", path.name)


def expand_examples(markdown: str, documented: str, lang: str) -> str:
    shown: dict[
        str, str
    ] = {}  # the programs shown on this page, by their text

    def expand(m: re.Match) -> str:
        return indent(
            render_example(m.group(2), documented, lang, shown), m.group(1)
        )

    def expand_file(m: re.Match) -> str:
        return indent(render_file(m.group(2)), m.group(1))

    return FILE_EMBED.sub(expand_file, EMBED.sub(expand, markdown))


def state_interpreter(markdown: str, documented: str, lang: str) -> str:
    """Under the page's title: the exact release whose outputs the page shows."""
    if not EMBED.search(markdown):
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
            for fix in explanations.fixes(Example.named(snippet)):
                if fix["python"] == documented:
                    key = (fix["issue"], fix["fixed_in"])
                    same_fix.setdefault(key, []).append(fix)
        known = [
            t["fix"].format(
                what=explanations.what(
                    max(fixes, key=lambda f: len(f.get(lang, ""))), lang
                ),
                fixed=fixed,
                issue=explanations.issue_link(issue),
            )
            for (issue, fixed), fixes in same_fix.items()
        ]
        if known:
            parts.append(t["known"].format(fixes="; ".join(known)))
    return " ".join(parts)
