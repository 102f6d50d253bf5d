"""MkDocs hook: ``<!-- glossary -->`` on the glossary page becomes its entries, made from
``glossary.toml`` (guide.build.glossary): one heading per term, with the other words
Korean developers use for it, so that a search for any of them finds the entry."""

from __future__ import annotations

from mkdocs.exceptions import PluginError

from guide.build import glossary
from guide.core.paths import language_of


def on_page_markdown(markdown, page, config, files):
    if glossary.MARKER not in markdown:
        return markdown
    try:
        entries = glossary.page(language_of(page.file.abs_src_path))
    except (ValueError, OSError) as e:
        raise PluginError(f"{page.file.src_uri}: {e}") from None
    return markdown.replace(glossary.MARKER, entries)
