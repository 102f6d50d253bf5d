"""Pages name examples; the build shows their outputs (called by ``hooks/examples.py``).

A page embeds an example with one line, the same in both languages::

    {* snippets/cancellation/cancel_message.py *}

The build puts there the code with the outputs of the Python the site version documents
(``GUIDE_PYTHON``, a minor version of pythons.toml; ``latest`` by default). Where Pythons
printed different things it shows tabs instead, one per distinct output, each titled with
exactly the patch releases that printed it, the documented Python's tab open. A process
example shows its code, then its transcript the same way.
"""

from __future__ import annotations

import html
import re

from guide.build import explanations
from guide.build.text import TEXT
from guide.core.example import EMBED, Example
from guide.core.pythons import BY_MINOR, LATEST, patch


def title(pythons: list[str]) -> str:
    return "Python " + ", ".join(patch(m) for m in pythons)


def _fence(body: str, lang: str, name: str, more: str = "") -> str:
    ticks = "`" * max(
        3, 1 + max((len(r) for r in re.findall(r"`+", body)), default=0)
    )
    info = f'{lang} title="{name}"'
    if more:  # classes and attributes: superfences' braced form
        info = f"{{ .{info} {more} }}"
    return f"{ticks}{info}\n{body.rstrip(chr(10))}\n{ticks}\n"


# A transcript's lines that the tests wrote, not the program: the actions of the
# scenario (``[SIGINT]``, ``[client 1 connects]``) and how it ended (``[exit status 0]``).
HARNESS_LINE = re.compile(r"\[.*\]")


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


def _indent(text: str, prefix: str) -> str:
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


def outputs_block(output: Example, documented: str, lang: str) -> str:
    """The output (or, for #> examples, the code with it): one block, or tabs."""
    groups = output.groups()
    shown = documented if documented in output.pythons() else LATEST
    if len(groups) == 1:
        text, pythons = groups[0]
        if output.is_process:
            return _transcript_fence(text, title(pythons))
        return _fence(text, "python", output.snippet.name)
    tabs = []
    for text, pythons in groups:
        mark = "+" if shown in pythons else ""
        if output.is_process:
            fence = _transcript_fence(text, "")
        else:
            fence = _fence(text, "python", output.snippet.name)
        block = _patch_notes(output, pythons, lang) + fence
        tabs.append(
            f'==={mark} "{title(pythons)}"\n\n{_indent(block, "    ")}'
        )
    return "\n".join(tabs)


def render_example(snippet: str, documented: str, lang: str) -> str:
    output = Example.named(snippet)
    path = output.snippet
    if output.is_process:
        code = _fence(path.read_text(encoding="utf-8"), "python", path.name)
        block = code + "\n" + outputs_block(output, documented, lang)
    else:
        block = outputs_block(output, documented, lang)
    if not output.runs_on(documented):
        needs = "{}.{}".format(*output.requires)
        t = TEXT[lang]
        note = t["not_here"].format(x=documented, r=patch(LATEST))
        block += f'\n!!! warning "{t["needs"].format(n=needs)}"\n    {note}\n'
    return block


def expand_examples(markdown: str, documented: str, lang: str) -> str:
    def expand(m: re.Match) -> str:
        return _indent(
            render_example(m.group(2), documented, lang), m.group(1)
        )

    return EMBED.sub(expand, markdown)


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
