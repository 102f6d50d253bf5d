"""MkDocs hook: the 404 page (``overrides/404.html``), in the site's theme.

``guide.tools.deploy`` makes the latest version's ``404.html`` the site root's, which a
static host (GitHub Pages) sends for every missing path of the site, at any depth. MkDocs
renders an error page with absolute links (against ``site_url``, which mike's
``canonical_version`` points at ``latest``), so its stylesheets, scripts and links all
lead into ``latest``.

The page holds both languages, each with a link to its home page in latest, and shows
both without JavaScript; ``overrides/not_found.js`` keeps the reader's language and
finds the same page in latest. This hook gives the template those sentences
(``guide.build.text``) and each language's home page, points the header's language
switcher at those home pages, and keeps the default language's page: the other
language's build writes the same ``404.html`` after it.
"""

from __future__ import annotations

from guide.build.text import TEXT
from guide.core.paths import DEFAULT_LANGUAGE, LANGUAGES, url_prefix

TEMPLATE = "404.html"
_switcher: dict = {}
_theme: dict = {}


def on_env(env, config, files):
    _theme["env"] = env
    return env


def _material(lang: str, key: str) -> str:
    """One of Material's own sentences, in ``lang``."""
    partial = _theme["env"].get_template(f"partials/languages/{lang}.html")
    return str(partial.module.t(key)).strip()


def _languages(config) -> list[dict]:
    """Each language of the site: its code, name and site name (mkdocs-static-i18n)."""
    configured = {
        lang.locale: lang for lang in config.plugins["i18n"].config.languages
    }
    return [
        {
            "lang": lang,
            "name": configured[lang].name,
            "site_name": configured[lang].site_name or config.site_name,
        }
        for lang in LANGUAGES
    ]


def _building_default_language(config) -> bool:
    return config.plugins["i18n"].current_language == DEFAULT_LANGUAGE


def on_template_context(context, template_name, config):
    if template_name != TEMPLATE:
        return context
    # mike's site_url for a version lacks the final slash ("/guide/latest"); Material
    # resolves its search index and versions.json against this base
    latest = context["base_url"].rstrip("/") + "/"
    context["base_url"] = latest
    languages = []
    for language in _languages(config):
        t = TEXT[language["lang"]]
        languages.append(
            {
                **language,
                "prefix": url_prefix(language["lang"]),
                "home": latest + url_prefix(language["lang"]),
                "title": f"404 · {language['site_name']}",
                "heading": t["missing_title"],
                "missing": t["missing"],
                "same": t["missing_same"],
                "home_text": t["missing_home"],
                "search": _material(language["lang"], "search.placeholder"),
            }
        )
    script = (
        "lang",
        "prefix",
        "site_name",
        "title",
        "home",
        "search",
    )  # not_found.js's
    context["not_found"] = {
        "languages": languages,
        "data": {
            "latest": latest,
            "languages": [{k: lang[k] for k in script} for lang in languages],
        },
    }
    _switcher["saved"] = config.extra.get("alternate")
    config.extra["alternate"] = [
        {"name": lang["name"], "link": lang["home"], "lang": lang["lang"]}
        for lang in languages
    ]
    return context


def on_post_template(output, template_name, config):
    if template_name != TEMPLATE:
        return output
    if "saved" in _switcher:  # the pages set their own switcher links again
        config.extra["alternate"] = _switcher.pop("saved")
    if not _building_default_language(config):
        return ""  # MkDocs writes nothing for an empty page
    return output
