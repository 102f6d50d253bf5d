"""What a first visit downloads, in fewer bytes and rendered the same.

* A page's HTML: the template's blank lines and indentation go, and so do the spans of
  Pygments' whitespace tokens (``<span class="w">``, which no style colours) and name
  tokens (``<span class="n">``, which Material colours as the code's own text, in both
  palettes): their text stays. Whitespace inside
  ``<pre>``, ``<textarea>`` and ``<script>`` is kept as it is; elsewhere a run of
  whitespace with a line break becomes one line break, which HTML renders as the same
  single space.
* The guide's own stylesheets: comments go, whitespace runs become one space, and none
  is left around ``{``, ``}``, ``;``, ``,`` and ``>`` (never around ``:``, where a space
  means a descendant: ``.a :is(b)``).
"""

from __future__ import annotations

import re

KEPT = re.compile(r"<(pre|textarea|script)\b.*?</\1>", re.S)
INDENTED_BREAK = re.compile(r"[ \t]*\n\s*")
UNCOLOURED_TOKEN = re.compile(r'<span class="[wn]">([^<]*)</span>')
CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
CSS_SPACE_AROUND = re.compile(r"\s*([{};,>])\s*")


def compact(html: str) -> str:
    parts, last = [], 0
    for kept in KEPT.finditer(html):
        parts.append(INDENTED_BREAK.sub("\n", html[last : kept.start()]))
        parts.append(UNCOLOURED_TOKEN.sub(r"\1", kept.group(0)))
        last = kept.end()
    parts.append(INDENTED_BREAK.sub("\n", html[last:]))
    return "".join(parts)


def compact_css(css: str) -> str:
    css = re.sub(r"\s+", " ", CSS_COMMENT.sub("", css))
    return CSS_SPACE_AROUND.sub(r"\1", css).strip()
