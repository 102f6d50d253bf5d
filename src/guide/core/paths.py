"""Where the guide keeps its files, in the tree being worked on, and its languages.

The tree is the nearest folder, from the current directory up, that holds
``pythons.toml`` (or the folder ``GUIDE_ROOT`` names): the tests, hooks, noxfile and
benchmarks all run from it. It is never the folder this package was installed from, so
a copy of the tree (``guide.tools.tree``) reads and writes its own files.
"""

from __future__ import annotations

import os
from pathlib import Path


def find_root(start: Path | None = None) -> Path:
    named = os.environ.get("GUIDE_ROOT")
    if named:
        return Path(named).resolve()
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "pythons.toml").is_file():
            return folder
    raise RuntimeError(
        f"no pythons.toml in {here} or above: run from the guide's tree "
        "(or name it in GUIDE_ROOT)"
    )


ROOT = find_root()
SNIPPETS = ROOT / "snippets"
DOCS = ROOT / "docs"
VERSIONS = ROOT / "versions"  # recorded outputs only
EXPLANATIONS = ROOT / "differences"  # why outputs differ, written by hand
GLOSSARY = ROOT / "glossary.toml"

# The site's languages: the default one at the site root, the others under <lang>/.
LANGUAGES = ("ko", "en")
DEFAULT_LANGUAGE = "ko"


def url_prefix(lang: str) -> str:
    """Where a language's pages start inside a site version: ``""`` or ``"en/"``."""
    if lang not in LANGUAGES:
        raise ValueError(f"not a language of the site: {lang}")
    return "" if lang == DEFAULT_LANGUAGE else f"{lang}/"


def language_of(source: str | Path) -> str:
    """The language of a page's source file (``docs/<lang>/...``)."""
    parts = Path(source).resolve().relative_to(DOCS.resolve()).parts
    return parts[0]


def rel(path: Path) -> str:
    """A path as pages and data files name it: relative to the tree, with /."""
    return path.relative_to(ROOT).as_posix()


def language_of_url(path: str) -> str:
    """The language of a page's path inside a site version (``"en/cancellation/"``)."""
    for lang in LANGUAGES:
        if lang != DEFAULT_LANGUAGE and path.startswith(url_prefix(lang)):
            return lang
    return DEFAULT_LANGUAGE


def in_language(path: str, lang: str) -> str:
    """The same page's path in another language."""
    own = url_prefix(language_of_url(path))
    return url_prefix(lang) + path.removeprefix(own)
