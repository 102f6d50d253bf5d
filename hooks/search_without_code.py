"""MkDocs hook (measured by benchmarks/site_weight.py): code blocks, transcripts and the
build's labels stay out of the search index.

Every page loads the whole search index (both languages) on its first visit. Most of it
is code: each snippet and transcript is in it twice, once per language. Material's
search plugin leaves out any element marked ``data-search-exclude``; this marks every
``<pre>``. The code's title (its file name) and all prose stay searchable; words found
only inside code are no longer found (the error lines of the outputs are found through
``hooks/search_extra.py``).

A result shows the start of its section's text, so what the build writes above the
prose is marked too: the notice under a page's title (which release printed its
outputs, an admonition without a title), the tab labels of differing outputs
(their releases), a transcript's or a diff's title (its releases), the box of what
other releases printed (``guide-outputs``) and the link to why they differ
(``guide-why``).
"""

from __future__ import annotations

import re

_EXCLUDED = [
    re.compile(r"<pre\b"),
    # the notice: ``!!! abstract ""`` (guide.build.render.state_interpreter)
    re.compile(r'<div class="admonition abstract"(?=>\s*<p>)'),
    re.compile(r'<div class="tabbed-labels"'),
    re.compile(r'<span class="filename"(?=>(?:Python )?\d)'),
    re.compile(r'<details class="[^"]*\bguide-outputs\b[^"]*"'),
    re.compile(r'<p class="guide-why"'),
]


def exclude(html: str) -> str:
    for pattern in _EXCLUDED:
        html = pattern.sub(lambda m: m.group(0) + " data-search-exclude", html)
    return html


def on_page_content(html, page, config, files):
    return exclude(html)
