"""MkDocs hook: every page's HTML without the template's indentation and blank lines
(guide.build.compact), which a first visit otherwise downloads."""

from __future__ import annotations

from guide.build.compact import compact


def on_post_page(output, page, config):
    return compact(output)
