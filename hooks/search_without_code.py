"""MkDocs hook (measured by benchmarks/site_weight.py): code blocks and
transcripts stay out of the search index.

Every page loads the whole search index (both languages) on its first visit. Most of it
is code: each snippet and transcript is in it twice, once per language. Material's
search plugin leaves out any element marked ``data-search-exclude``; this marks every
``<pre>``. The code's title (its file name) and all prose stay searchable; words found
only inside code are no longer found.
"""

from __future__ import annotations

import re

_PRE = re.compile(r"<pre\b")


def on_page_content(html, page, config, files):
    return _PRE.sub("<pre data-search-exclude", html)
