"""MkDocs hook: every page's HTML without the template's indentation and blank lines,
and the guide's own stylesheets without comments (guide.build.compact): bytes a first
visit would otherwise download."""

from __future__ import annotations

from pathlib import Path

from guide.build.compact import compact, compact_css

STYLESHEETS = ("assets/guide.css", "assets/notebook.css")


def on_post_page(output, page, config):
    return compact(output)


def on_post_build(config):
    for name in STYLESHEETS:
        for sheet in Path(config["site_dir"]).glob(f"**/{name}"):
            sheet.write_text(
                compact_css(sheet.read_text(encoding="utf-8")),
                encoding="utf-8",
            )
