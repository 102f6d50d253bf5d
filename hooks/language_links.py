"""MkDocs hook: drop the ``<link rel="alternate" hreflang>`` tags from page heads.

Material's language switcher fetches ``sitemap.xml`` beside each of those links, and
mkdocs-static-i18n points them at the current page, so every page logged two 404s.
The sitemap already lists each page's translations, and the switcher's own links are
unaffected.
"""

from __future__ import annotations

import re

_HREFLANG = re.compile(
    r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">'
)


def on_post_page(output, page, config):
    head, end, body = output.partition("</head>")
    return _HREFLANG.sub("", head) + end + body


def on_post_template(output, template_name, config):  # 404.html
    return on_post_page(output, None, config)
