"""MkDocs hook: notebook pages (``docs/<language>/*.ipynb``), rendered by mkdocs-jupyter.

* mkdocs-static-i18n rebuilds every file in its own ``on_files`` (priority -100) as a
  plain MkDocs ``File``, and MkDocs takes only Markdown files for pages: the notebook
  would be copied, as JSON, to ``jupyter/index.html`` (ultrabug/mkdocs-static-i18n#198).
  Running after it, this hook makes the notebooks pages again; mkdocs-jupyter then
  renders them from their stored outputs.
* For the same reason i18n knows no translation of a notebook, so its language switcher
  led to the home page; we point it at the notebook of the other language. (The
  default language, ko, lives at the site root.)
* nbconvert's template always adds a MathJax ``<script>`` and a module script that
  imports Mermaid from cdnjs when the page has a diagram; mkdocs-jupyter cannot turn
  them off. The pages load nothing from another host: those scripts are removed, and the
  build fails if a notebook page still refers to a script elsewhere.
* mkdocs-jupyter inlines nbconvert's whole JupyterLab stylesheet (575 KB, 86 KB
  gzipped) and the Pygments colours twice into every notebook page; none of its options
  turns that off. Every ``<style>`` of the notebook's content is taken out and the page
  links ``assets/notebook.css`` (the few rules it uses, in Material's colours) instead;
  ``highlight_extra_classes: highlight`` in mkdocs.yml gives the code Material's colours.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import PurePosixPath

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

NOTEBOOK_CSS = "assets/notebook.css"

_SCRIPT = re.compile(r"<script\b[^>]*>.*?</script>", re.S | re.I)
_LOADS = re.compile(
    r"""(?:\bsrc=|\bimport\s*\(|@import)\s*["']?https?://(?!127\.0\.0\.1[:/])""",
    re.I,
)


def _is_page() -> bool:
    return True


def is_notebook(page_or_file) -> bool:
    file = getattr(page_or_file, "file", page_or_file)
    return file.src_uri.endswith(".ipynb")


@event_priority(-200)  # after mkdocs-static-i18n's on_files (-100)
def on_files(files, config):
    for file in files:
        if is_notebook(file):
            file.is_documentation_page = _is_page
    return files


_STYLE = re.compile(r"<style\b[^>]*>.*?</style>\s*", re.S | re.I)


def on_page_content(html, page, config, files):
    return _STYLE.sub("", html) if is_notebook(page) else html


def link_notebook_css(html: str, page_url: str) -> str:
    href = get_relative_url(NOTEBOOK_CSS, page_url)
    link = f'<link rel="stylesheet" href="{href}">\n'
    return html.replace("</head>", link + "</head>", 1)


_SWITCH = re.compile(r'href="[^"]*"( hreflang="(\w+)")')


def link_translations(html: str, page_url: str, name: str) -> str:
    """The language switcher's links to the notebook in each language."""

    def relink(m: re.Match) -> str:
        target = f"{name}/" if m.group(2) == "ko" else f"{m.group(2)}/{name}/"
        href = posixpath.relpath(target, page_url or ".") + "/"
        return f'href="{href}"{m.group(1)}'

    return _SWITCH.sub(relink, html)


def drop_foreign_scripts(html: str) -> str:
    """Without the scripts nbconvert adds for MathJax and Mermaid."""

    def keep(m: re.Match) -> str:
        script = m.group()
        foreign = _LOADS.search(script) or 'src=""' in script
        return "" if foreign or "text/x-mathjax-config" in script else script

    return _SCRIPT.sub(keep, html)


def on_post_page(output, page, config):
    if not is_notebook(page):
        return output
    output = drop_foreign_scripts(output)
    output = link_notebook_css(output, page.url)
    name = PurePosixPath(page.file.src_uri).stem
    output = link_translations(output, page.url, name)
    found = _LOADS.search(output)
    if found:
        raise PluginError(
            f"{page.file.src_uri}: loads from another host: "
            f"{output[found.start() : found.start() + 120]!r}"
        )
    return output
