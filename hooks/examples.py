"""MkDocs hook: a site version documents one Python (``GUIDE_PYTHON``, latest by default).

* ``{* snippets/<chapter>/<name>.py *}`` on a page becomes the example: its code with the
  outputs of that Python, and tabs where Pythons printed different things
  (guide.build.render).
* ``{* snippets/<chapter>/<name>.yaml *}`` becomes that file as it is (a manifest).
* Each page with examples says which exact release printed its outputs.
* Every page of an end-of-life or early-release version says so at the top (Material's
  announcement bar, ``overrides/main.html``), with the later fixes that change an output
  of that page, and links the same page in ``latest``.
* ``{{ version <package or tool> }}`` becomes the version that printed the outputs
  (guide.build.versions): the lock's, for that Python, or tools.toml's.
* ``<!-- version-differences -->`` becomes one section per difference between the
  Pythons, with the explanations of differences/*.toml (guide.build.changes); its
  links to the section showing each example are filled in once every page is rendered.

The build fails when an example has no stored output or no explanation of a difference.
"""

from __future__ import annotations

import posixpath

import markdown as md
from mkdocs.exceptions import PluginError

from guide.build import changes, render, versions
from guide.core.example import embedded
from guide.core.paths import language_of
from guide.core.pythons import BY_MINOR, documented_python

# example -> (anchor, heading) of the section showing it, for this build's language
_SECTIONS: dict[str, tuple[str, str]] = {}


def on_config(config):
    try:
        documented = documented_python()
    except ValueError as e:
        raise PluginError(str(e)) from None
    config.extra["documented_python"] = documented
    return config


def on_pre_build(config):
    _SECTIONS.clear()


def on_page_markdown(markdown, page, config, files):
    documented = config.extra["documented_python"]
    lang = language_of(page.file.abs_src_path)
    try:
        if changes.MARKER in markdown:
            nav = [
                p.removeprefix(f"{lang}/")
                for p in changes.nav_pages(config["nav"])
            ]
            markdown = markdown.replace(
                changes.MARKER, changes.page(lang, nav, documented)
            )
        markdown = render.state_interpreter(markdown, documented, lang)
        markdown = render.expand_examples(markdown, documented, lang)
        return versions.expand(markdown, documented)  # explanations' too
    except (ValueError, FileNotFoundError) as e:
        raise PluginError(f"{page.file.src_uri}: {e}") from None


def on_page_content(html, page, config, files):
    names = embedded(page.file.content_string)
    _SECTIONS.update(changes.sections(html, names))
    return html


def on_env(env, config, files):
    # every page is rendered now: the matrix links the sections MkDocs made
    for file in files.documentation_pages():
        if file.page is not None and file.page.content:
            file.page.content = changes.link_sections(
                file.page.content, _SECTIONS
            )
    return env


def on_page_context(context, page, config, nav):
    documented = config.extra["documented_python"]
    lang = language_of(page.file.abs_src_path)
    # mike deploys each version beside `latest`, one folder up from the version's root
    latest_url = posixpath.join(context["base_url"], "..", "latest", page.url)
    notice = render.version_notice(
        documented, lang, embedded(page.file.content_string), latest_url
    )
    if notice:
        context["version_notice"] = md.markdown(notice)
        context["version_status"] = BY_MINOR[documented].status
    return context
