"""MkDocs hook: what a section's search entry gets beyond its prose (guide.build.search).

The error and warning lines the section's examples print (``messages``), and on Korean
pages the glossary's other words for the terms it uses (``synonyms``), each in a field
of its own (``plugins.search.fields`` in mkdocs.yml): the search box matches them, a
result never shows them, and the code and outputs themselves stay out of the index.

Material writes the index after every page is rendered, and mkdocs-static-i18n writes it
again with both languages once the last language is built (on_post_build, priority
-100); this adds the fields to the entries then, before hooks/search_by_language.py
splits the index (-200).
"""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from guide.build import search
from guide.core.example import embedded
from guide.core.paths import language_of

# location in the search index -> fields, for the pages of every language built so far
_FIELDS: dict[str, dict[str, str]] = {}


def on_page_content(html, page, config, files):
    names = embedded(page.file.content_string)
    lang = language_of(page.file.abs_src_path)
    try:
        found = search.additions(html, names, lang)
    except (ValueError, FileNotFoundError) as e:
        raise PluginError(f"{page.file.src_uri}: {e}") from None
    for anchor, fields in found.items():
        _FIELDS[search.location(page.url, anchor)] = fields
    return html


@event_priority(-150)
def on_post_build(config):
    path = Path(config.site_dir) / "search" / "search_index.json"
    index = json.loads(path.read_text("utf-8"))
    search.extend_index(index, _FIELDS)
    path.write_text(
        json.dumps(index, ensure_ascii=False, separators=(",", ":")), "utf-8"
    )
