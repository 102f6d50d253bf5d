"""MkDocs hook: a site version documents one Python (``GUIDE_PYTHON``, latest by default).

* ``{* snippets/<chapter>/<name>.py *}`` on a page becomes the example: its code with the
  outputs of that Python, and tabs where Pythons printed different things (guide.pages).
* Each page with examples says which exact release printed its outputs.
* Every page of an end-of-life or early-release version says so at the top (Material's
  announcement bar, ``overrides/main.html``), with the later fixes that change an output
  of that page, and links the same page in ``latest``.
* ``<!-- version-differences -->`` becomes the matrix of what each Python prints
  differently, with the explanations of versions/differences/*.toml (guide.differences).

The build fails when an example has no stored output or no explanation of a difference.
"""

from __future__ import annotations

import posixpath

import markdown as md
from mkdocs.exceptions import PluginError

from guide import differences, pages
from guide.layout import examples_named
from guide.pythons import BY_MINOR


def on_config(config):
    try:
        documented = pages.documented_python()
    except ValueError as e:
        raise PluginError(str(e)) from None
    config.extra["documented_python"] = documented
    return config


def on_page_markdown(markdown, page, config, files):
    documented = config.extra["documented_python"]
    lang = pages.language(page.file.abs_src_path)
    try:
        if differences.MARKER in markdown:
            markdown = markdown.replace(
                differences.MARKER, differences.matrix(lang)
            )
        markdown = pages.state_interpreter(markdown, documented, lang)
        return pages.expand_examples(markdown, documented, lang)
    except (ValueError, FileNotFoundError) as e:
        raise PluginError(f"{page.file.src_uri}: {e}") from None


def on_page_context(context, page, config, nav):
    documented = config.extra["documented_python"]
    lang = pages.language(page.file.abs_src_path)
    # mike deploys each version beside `latest`, one folder up from the version's root
    latest_url = posixpath.join(context["base_url"], "..", "latest", page.url)
    notice = pages.version_notice(
        documented, lang, examples_named(page.file.content_string), latest_url
    )
    if notice:
        context["version_notice"] = md.markdown(notice)
        context["version_status"] = BY_MINOR[documented].status
    return context
