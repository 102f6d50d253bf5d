"""MkDocs hook: one search index per language, for ``overrides/search_on_demand.js``.

mkdocs-static-i18n leaves Material one ``search/search_index.json`` holding both
languages (ultrabug/mkdocs-static-i18n#271), and Material asks for it on every first
page load. This writes ``search/search_index.<language>.json`` beside it, each with the
pages of one language only, as UTF-8 (``json.dumps`` escapes every Hangul syllable into
six bytes). The page's script asks for its own language's file, once the reader goes to
the search box. The combined index is left as it is.
"""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.plugins import event_priority


def split_by_language(
    index: dict, languages: list[str], default: str
) -> dict[str, dict]:
    """``{language: index}``: a page under ``<language>/`` belongs to that language,
    any other to ``default``."""
    prefixes = {f"{lang}/": lang for lang in languages if lang != default}
    split = {lang: [] for lang in languages}
    for doc in index["docs"]:
        first = doc["location"].split("/")[0] + "/"
        split[prefixes.get(first, default)].append(doc)
    return {lang: {**index, "docs": docs} for lang, docs in split.items()}


def _languages(config) -> tuple[list[str], str]:
    i18n = config.plugins["i18n"].config
    languages = [lang.locale for lang in i18n.languages if lang.build]
    default = next(lang.locale for lang in i18n.languages if lang.default)
    return languages, default


# after mkdocs-static-i18n's on_post_build (-100) has written the index
@event_priority(-200)
def on_post_build(config):
    folder = Path(config.site_dir) / "search"
    index = json.loads((folder / "search_index.json").read_text("utf-8"))
    for lang, part in split_by_language(index, *_languages(config)).items():
        text = json.dumps(part, ensure_ascii=False, separators=(",", ":"))
        (folder / f"search_index.{lang}.json").write_text(text, "utf-8")
