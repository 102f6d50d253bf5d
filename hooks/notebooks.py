"""MkDocs hook: notebook pages (``docs/<language>/*.ipynb``), rendered by mkdocs-jupyter.

* mkdocs-static-i18n rebuilds every file in its own ``on_files`` (priority -100) as a
  plain MkDocs ``File``, and MkDocs takes only Markdown files for pages: the notebook
  would be copied, as JSON, to ``jupyter/index.html`` (ultrabug/mkdocs-static-i18n#198).
  Running after it, this hook makes the notebooks pages again; mkdocs-jupyter then
  renders them from their stored outputs.
* For the same reason i18n knows no translation of a notebook, so its language switcher
  led to the home page; we point it at the notebook of the other language. (The
  default language, ko, lives at the site root.)
* A site version documents one Python, and its notebook pages show that Python's
  outputs, like every other example: mkdocs-jupyter renders the notebook with the
  documented Python's outputs (``guide.core.notebook.for_python``: the notebook's own
  for the latest, ``versions/<X.Y>/docs/<name>.outputs.json`` where another printed
  something else), and under the title the page says which release printed them.
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

import json
import posixpath
import re
import tempfile
from pathlib import Path, PurePosixPath

import markdown as md
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

from guide.build.text import TEXT
from guide.core import notebook
from guide.core.paths import language_of
from guide.core.pythons import patch

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


@event_priority(
    -100
)  # after mkdocs-jupyter's on_pre_page, which sets page.render
def on_pre_page(page, config, files):
    """mkdocs-jupyter renders the file at ``abs_src_path``: for the time of the render,
    that is the notebook with the documented Python's outputs."""
    if not is_notebook(page):
        return page
    documented = config.extra["documented_python"]
    render = page.render
    source = page.file.abs_src_path

    def render_with_outputs(config, files):
        try:
            shown = notebook.for_python(Path(source), documented)
        except ValueError as e:
            raise PluginError(f"{page.file.src_uri}: {e}") from None
        with tempfile.TemporaryDirectory(prefix="notebook-") as folder:
            copy = Path(folder) / Path(source).name
            copy.write_text(json.dumps(shown, ensure_ascii=False), "utf-8")
            page.file.abs_src_path = str(copy)
            try:
                render(config, files)
            finally:
                page.file.abs_src_path = source

    page.render = render_with_outputs
    return page


def outputs_notice(documented: str, lang: str) -> str:
    """Under the title, as on every page with examples: the release that printed them."""
    line = TEXT[lang]["outputs"].format(v=patch(documented))
    return md.markdown(
        f'!!! abstract ""\n    {line}', extensions=["admonition"]
    )


_STYLE = re.compile(r"<style\b[^>]*>.*?</style>\s*", re.S | re.I)
_TITLE = re.compile(r"</h1>", re.I)


def on_page_content(html, page, config, files):
    if not is_notebook(page):
        return html
    html = _STYLE.sub("", html)
    lang = language_of(page.file.abs_src_path)
    notice = outputs_notice(config.extra["documented_python"], lang)
    html, found = _TITLE.subn("</h1>\n" + notice, html, count=1)
    if not found:
        raise PluginError(
            f"{page.file.src_uri}: no title to put the notice under"
        )
    return html


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
