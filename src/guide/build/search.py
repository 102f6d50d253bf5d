"""What the search index holds beyond a page's prose (called by ``hooks/search_extra.py``).

Code and outputs stay out of the index (``hooks/search_without_code.py``), but a reader
who pastes the error in front of them must land on the section that shows it. So each
section's entry gets, in fields of its own that the search box matches and the result
never shows:

* ``messages``: the distinct error and warning lines that the examples of the section
  print, on any documented Python: exception lines (``RuntimeError: ...``), warnings
  (``RuntimeWarning: ...``, without the file position before them) and what asyncio and
  the libraries log (``Task was destroyed but it is pending!``, ``Exception ignored
  ...``), and the error messages the section's prose quotes as code about them (a
  message an example does not print in full). Lines an example prints for itself
  (``main: done``) are left out.
* ``synonyms`` (Korean pages): the other words the glossary lists for each term the
  section uses (커넥션 for a section saying 연결), so that a reader's own word finds the
  chapter, not only the glossary's entry.
"""

from __future__ import annotations

import html as html_lib
import re

from guide.build import glossary
from guide.build.render import named_at
from guide.core.example import Example, split
from guide.core.scenario import HARNESS_LINE

# An exception line as a traceback ends (pytest's ``E   `` and an exception group's
# ``| `` before it allowed): ``RuntimeError: ...``, ``asyncio.exceptions.CancelledError``.
_EXCEPTION = re.compile(
    r"^(?:E\s+|[\s|+-]*)"
    r"((?:[a-z_]\w*\.)*[A-Z]\w*(?:Error|Exception|Warning|Interrupt|Exit|Group)"
    r"(?::.*)?"
    # or any exception with its module and a message (psycopg.errors.SomeName: ...)
    r"|(?:[a-z_]\w*\.)+[A-Z]\w*: .+)$"
)
# A warning as the warnings module prints it: ``<file>:<line>: SomeWarning: ...``.
_WARNING = re.compile(r"^\S+:\d+: (\w+Warning: .*)$")
# What asyncio, the interpreter and the libraries of the examples log, wherever it
# stands in a line (an example may print it after a label of its own).
_LOGGED = re.compile(
    r"(Task was destroyed but it is pending!"
    r"|(?:Task|Future) exception was never retrieved"
    r"|Exception ignored\b.*"
    r"|Exception in callback .*"
    r"|Unclosed .*"
    r"|unhandled exception during asyncio\.run\(\) shutdown"
    r"|an error occurred during closing of asynchronous generator .*"
    r"|Resetting connection with an active transaction"
    r"|Worker \(pid:<pid>\) was sent SIG\w+!.*)"
)
# What varies by run or machine and no reader types: an object's repr in a call, a
# standard-library position, the normalised ids.
_NOISE = [
    (re.compile(r"\(<.*>\)"), "()"),
    (re.compile(r" at <stdlib>\S*"), ""),
    (re.compile(r" at 0x\.\.\."), ""),
    (re.compile(r" \(pid:<pid>\)"), ""),
]


def message(line: str) -> str | None:
    """The error or warning ``line`` shows, as a reader would paste it; None if none."""
    line = line.rstrip()
    found = None
    if m := _WARNING.match(line):
        found = m.group(1)
    elif m := _EXCEPTION.match(line):
        found = m.group(1)
    elif m := _LOGGED.search(line):
        found = m.group(1)
    if found is None:
        return None
    for pattern, by in _NOISE:
        found = pattern.sub(by, found)
    return found.strip()


def printed_lines(example: Example) -> list[str]:
    """Every line the example printed on any documented Python, once: a transcript's
    lines without its command and the tests' ``[...]`` lines, or the ``#>`` lines."""
    lines: dict[str, None] = {}
    for text in example.printed().values():
        if example.is_process:
            found = [
                line
                for line in text.splitlines()
                if not line.startswith("$ ")
                and not HARNESS_LINE.fullmatch(line)
            ]
        else:
            found = [
                re.sub(r"^\s*#> ?", "", line) for _, line in split(text)[1]
            ]
        lines.update(dict.fromkeys(found))
    return list(lines)


def messages(example: Example) -> list[str]:
    """The distinct error and warning lines of ``example``, in the order printed."""
    found = (message(line) for line in printed_lines(example))
    return list(dict.fromkeys(m for m in found if m))


# -- sections -------------------------------------------------------------------------

# A heading that starts a section of the search index (Material's parser: one with an id)
_HEADING = re.compile(r"<h[1-6][^>]*\bid=\"([^\"]+)\"")
_PRE = re.compile(r"<pre\b.*?</pre>", re.S)
_TAG = re.compile(r"<[^>]+>")
_CODE = re.compile(r"<code>(.*?)</code>", re.S)


def _parts(content: str) -> list[tuple[str, str]]:
    """``(anchor, HTML)`` of each section of a page's HTML, in order; the part before
    the first heading with an id, and the first heading's (the page title), are
    ``""``."""
    starts = [(0, "")] + [
        (m.start(), "" if i == 0 else m.group(1))
        for i, m in enumerate(_HEADING.finditer(content))
    ]
    ends = [start for start, _ in starts[1:]] + [len(content)]
    return [
        (anchor, content[start:end])
        for (start, anchor), end in zip(starts, ends, strict=True)
    ]


def example_sections(content: str, names: list[str]) -> dict[str, list[str]]:
    """Each section's anchor (``""`` for the page's first) -> the examples shown in it,
    for the examples a page embeds (``names``, in order)."""
    found: dict[str, list[str]] = {}
    parts = iter(_parts(content))
    anchor, part = next(parts)
    for name in names:
        while named_at(part, name)[0] < 0:
            try:
                anchor, part = next(parts)
            except StopIteration:
                raise ValueError(f"{name}: not shown on the page") from None
        part = part[named_at(part, name)[1] :]
        found.setdefault(anchor, []).append(name)
    return found


def _prose(part: str) -> str:
    return _PRE.sub(" ", part)


def section_texts(content: str) -> dict[str, str]:
    """Each section's anchor -> its prose as text, code blocks left out."""
    texts: dict[str, str] = {}
    for anchor, part in _parts(content):
        text = html_lib.unescape(_TAG.sub(" ", _prose(part)))
        texts[anchor] = texts.get(anchor, "") + text
    return texts


def quoted_messages(content: str) -> dict[str, list[str]]:
    """Each section's anchor -> the error messages its prose quotes as inline code
    (``SomeError: what went wrong``)."""
    found: dict[str, list[str]] = {}
    for anchor, part in _parts(content):
        for code in _CODE.findall(_prose(part)):
            line = message(html_lib.unescape(_TAG.sub("", code)))
            if line and ": " in line:  # a message, not an exception's name
                found.setdefault(anchor, []).append(line)
    return found


def synonyms(text: str, terms=None) -> list[str]:
    """The glossary's other words for each term ``text`` uses."""
    words: list[str] = []
    for term in terms if terms is not None else glossary.terms():
        if term.ko in text:
            words += glossary.search_words(term)
    return list(dict.fromkeys(words))


def additions(
    content: str, names: list[str], lang: str, terms=None
) -> dict[str, dict[str, str]]:
    """Each section's anchor -> the fields its search entry gets: ``messages`` (the
    error lines its examples print and its prose quotes as code) and, on Korean
    pages, ``synonyms``."""
    # what a section's examples print, and what its prose quotes about them
    quoted, lines = quoted_messages(content), {}
    for anchor, shown in example_sections(content, names).items():
        lines[anchor] = [
            *(m for name in shown for m in messages(Example.named(name))),
            *quoted.get(anchor, []),
        ]
    found: dict[str, dict[str, str]] = {
        anchor: {"messages": "\n".join(dict.fromkeys(found))}
        for anchor, found in lines.items()
        if found
    }
    if lang == "ko":
        for anchor, text in section_texts(content).items():
            words = synonyms(text, terms)
            if words:
                found.setdefault(anchor, {})["synonyms"] = " ".join(words)
    return found


def location(page_url: str, anchor: str) -> str:
    """The ``location`` of a section's entry in Material's search index."""
    return f"{page_url}#{anchor}" if anchor else page_url


def extend_index(index: dict, fields: dict[str, dict[str, str]]) -> int:
    """Add ``fields`` (location -> fields) to the entries of a search index (in place);
    the number of entries extended."""
    extended = 0
    for doc in index["docs"]:
        extra = fields.get(doc["location"])
        if extra:
            doc.update(extra)
            extended += 1
    return extended
