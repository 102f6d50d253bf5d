"""The guide's vocabulary (``glossary.toml``): one Korean term per concept.

Each term has two lists of other words, each with one job:

* ``search``: the words readers type for it. The glossary page shows them under the
  term, and search finds the sections using the term by them (``search_words``).
* ``refuse``: what the check alone looks for (a fragment of an inflected form, a
  misspelling): never shown, never searched.

* ``page(lang)``: the glossary page's entries (``<!-- glossary -->`` on
  ``docs/<language>/glossary.md``), one heading per term, so that a search for any of its
  words lands on it; each links the chapter that explains it.
* ``variants()``: every place where Korean text of the guide (pages, notebook markdown,
  explanations of differences, every sentence of ``guide.build.text``) uses one of a
  term's other words (``search`` or ``refuse``), with the term to use instead.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass

from guide.build.text import TEXT
from guide.core.paths import DOCS, EXPLANATIONS, GLOSSARY, rel

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

MARKER = "<!-- glossary -->"


@dataclass(frozen=True)
class Term:
    en: str
    ko: str
    search: tuple[
        str, ...
    ]  # readers' words: shown, searched, refused on the pages
    refuse: tuple[str, ...]  # the check's own patterns: refused, never shown
    chapter: str

    @property
    def refused(self) -> tuple[str, ...]:
        return self.search + self.refuse


KEYS = {"en", "ko", "search", "refuse", "chapter"}


def terms(text: str | None = None) -> tuple[Term, ...]:
    data = tomllib.loads(
        text if text is not None else GLOSSARY.read_text("utf-8")
    )
    for t in data["term"]:
        if set(t) - KEYS:
            raise ValueError(
                f"{t.get('en')}: unknown keys {sorted(set(t) - KEYS)}"
            )
    found = tuple(
        Term(
            t["en"],
            t["ko"],
            tuple(t.get("search", ())),
            tuple(t.get("refuse", ())),
            t["chapter"],
        )
        for t in data["term"]
    )
    for term in found:
        if not (DOCS / "ko" / term.chapter).exists():
            raise ValueError(f"{term.en}: no chapter {term.chapter}")
        if term.ko in term.refused:
            raise ValueError(
                f"{term.en}: {term.ko} is both the term and another word"
            )
    return found


def search_words(term: Term) -> tuple[str, ...]:
    """The words a search for ``term`` may be typed with, besides ``term.ko``: its
    ``search`` words (the one place that reads them for search)."""
    return term.search


# -- the page -------------------------------------------------------------------------


def page(lang: str, found: tuple[Term, ...] | None = None) -> str:
    """Markdown: a heading per term (English and Korean), its other words, its chapter."""
    t, out = TEXT[lang], []
    for term in found if found is not None else terms():
        if term.en == term.ko:
            heading = term.en
        elif lang == "en":
            heading = f"{term.en} ({term.ko})"
        else:
            heading = f"{term.ko} ({term.en})"
        lines = [f"### {heading}", ""]
        if lang == "en" and term.ko != term.en:
            lines.append(f"{t['glossary_ko']}: **{term.ko}**  ")
        if term.search:
            lines.append(
                f"{t['glossary_others']}: {' · '.join(search_words(term))}  "
            )
        lines.append(
            f"{t['glossary_chapter']}: [{_title(term.chapter, lang)}]({term.chapter})"
        )
        out.append("\n".join(lines) + "\n")
    return "\n".join(out)


def _title(chapter: str, lang: str) -> str:
    source = DOCS / lang / chapter
    if source.suffix == ".ipynb":
        cells = json.loads(source.read_text("utf-8"))["cells"]
        text = "".join(
            next(c for c in cells if c["cell_type"] == "markdown")["source"]
        )
    else:
        text = source.read_text("utf-8")
    return re.search(r"^# (.+)$", text, re.MULTILINE).group(1).strip()


# -- the check ------------------------------------------------------------------------

_FENCE = re.compile(r"^(\s*)(```|~~~)")
_HIDDEN = [
    re.compile(r"`[^`\n]*`"),  # inline code
    re.compile(r"\]\([^)\s]*\)"),  # a link's target
    re.compile(r"<[^>\n]*>"),  # HTML tags and comments on one line
    re.compile(r"\{[:#*][^}\n]*\}"),  # attribute lists, anchors, embeds
    re.compile(r"https?://\S+"),
]


def visible(line: str) -> str:
    """A line of Markdown without what a reader does not read as prose."""
    for pattern in _HIDDEN:
        line = pattern.sub(lambda m: " " * len(m.group(0)), line)
    return line


def prose_lines(text: str):
    """(line number, visible text) of Markdown, fenced code left out."""
    fence = None
    for number, line in enumerate(text.splitlines(), 1):
        m = _FENCE.match(line)
        if fence is None and m:
            fence = m.group(2)
            continue
        if fence is not None:
            if line.strip().startswith(fence):
                fence = None
            continue
        yield number, visible(line)


def korean_texts():
    """(name, Markdown) of every Korean text of the guide."""
    for source in sorted((DOCS / "ko").glob("*.md")):
        yield rel(source), source.read_text("utf-8")
    for source in sorted((DOCS / "ko").glob("*.ipynb")):
        cells = json.loads(source.read_text("utf-8"))["cells"]
        for i, cell in enumerate(cells):
            if cell["cell_type"] == "markdown":
                yield f"{rel(source)} cell {i}", "".join(cell["source"])
    for source in sorted(EXPLANATIONS.glob("*.toml")):
        for key, entry in tomllib.loads(source.read_text("utf-8")).items():
            yield f"{rel(source)} [{key}] ko", entry.get("ko", "")
            for fix in entry.get("fixes", []):
                yield f"{rel(source)} [{key}] fixes ko", fix.get("ko", "")
    for key, sentence in TEXT["ko"].items():  # the build's own sentences
        yield f"guide.build.text TEXT['ko'][{key!r}]", sentence


def _pattern(word: str) -> re.Pattern:
    # at the start of a word: Korean particles follow a word, so not at its end
    before = r"(?<![A-Za-z])" if word[:1].isascii() else r"(?<![가-힣])"
    after = r"(?![A-Za-z])" if word[-1:].isascii() else ""
    return re.compile(before + re.escape(word) + after)


def variants(texts=None, found: tuple[Term, ...] | None = None) -> list[str]:
    """Each use of another word for a term: "where:line: 'word' -> use 'term' (en)"."""
    checks = [
        (_pattern(word), word, term)
        for term in (found if found is not None else terms())
        for word in term.refused
    ]
    problems = []
    for name, text in texts if texts is not None else korean_texts():
        lines = list(prose_lines(text))
        for i, (number, line) in enumerate(lines):
            # a word may be broken across two lines of a paragraph
            following = lines[i + 1][1].lstrip() if i + 1 < len(lines) else ""
            joined = line.rstrip() + " " + following
            for pattern, word, term in checks:
                if any(
                    m.start() < len(line.rstrip())
                    for m in pattern.finditer(joined)
                ):
                    problems.append(
                        f"{name}:{number}: {word!r} -> use {term.ko!r} ({term.en})"
                    )
    return problems
