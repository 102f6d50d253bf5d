"""A page's HTML as the browser renders it, in fewer bytes: the template's blank lines
and indentation go, and so do Pygments' whitespace tokens (``<span class="w">``, which
no style colours). Whitespace inside ``<pre>``, ``<textarea>`` and ``<script>`` is kept
as it is; elsewhere a run of whitespace with a line break becomes one line break, which
HTML renders as the same single space."""

from __future__ import annotations

import re

KEPT = re.compile(r"<(pre|textarea|script)\b.*?</\1>", re.S)
INDENTED_BREAK = re.compile(r"[ \t]*\n\s*")
WHITESPACE_TOKEN = re.compile(r'<span class="w">(\s*)</span>')


def compact(html: str) -> str:
    parts, last = [], 0
    for kept in KEPT.finditer(html):
        parts.append(INDENTED_BREAK.sub("\n", html[last : kept.start()]))
        parts.append(WHITESPACE_TOKEN.sub(r"\1", kept.group(0)))
        last = kept.end()
    parts.append(INDENTED_BREAK.sub("\n", html[last:]))
    return "".join(parts)
