"""The page HTML is compacted without changing what a browser shows."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from guide.build.compact import compact, compact_css

ASSETS = Path(__file__).parents[1] / "docs" / "assets"


def test_indentation_and_blank_lines_go():
    html = "<div>\n    <p>one\n\n      two</p>\n\n  </div>\n"
    assert compact(html) == "<div>\n<p>one\ntwo</p>\n</div>\n"


def test_pre_textarea_and_script_are_kept_as_written():
    kept = (
        "<pre data-x><code>def f():\n\n    return  1\n</code></pre>"
        "<textarea>\n  a\n</textarea><script>\n  var a = 1;\n</script>"
    )
    assert (
        compact("<div>\n  " + kept + "\n  </div>") == f"<div>\n{kept}\n</div>"
    )


def test_pygments_whitespace_and_name_tokens_become_their_text():
    html = (
        '<pre><span class="k">def</span><span class="w"> </span>'
        '<span class="nf">f</span><span class="p">(</span><span class="n">x</span>'
        '<span class="p">)</span></pre>'
    )
    assert compact(html) == (
        '<pre><span class="k">def</span> <span class="nf">f</span>'
        '<span class="p">(</span>x<span class="p">)</span></pre>'
    )


def test_name_tokens_are_coloured_as_the_code_text_in_both_palettes():
    """What makes unwrapping them lossless, in the stylesheets the site ships."""
    material = Path(importlib.util.find_spec("material").origin).parent
    sheets = material / "templates" / "assets" / "stylesheets"
    main = next(sheets.glob("main.*.min.css")).read_text(encoding="utf-8")
    palette = next(sheets.glob("palette.*.min.css")).read_text(
        encoding="utf-8"
    )
    ours = "".join(p.read_text(encoding="utf-8") for p in ASSETS.glob("*.css"))
    rules = re.findall(r"[^{}]*\.n\b[^{}]*\{([^}]*)\}", main + palette + ours)
    assert rules == ["color:var(--md-code-hl-name-color)"]
    names = re.findall(r"--md-code-hl-name-color:([^;}]+)", main + palette)
    assert set(names) == {"var(--md-code-fg-color)"}


def test_inline_spaces_are_kept():
    assert compact("<p>a <em>b</em>  c</p>") == "<p>a <em>b</em>  c</p>"


def test_stylesheets_lose_comments_and_spaces_but_not_descendants():
    css = (
        "/* why */\n.a :is(b, c),\n.d > e {\n  color: red;\n"
        "  margin: 0 1px;\n}\n"
    )
    assert compact_css(css) == ".a :is(b,c),.d>e{color: red;margin: 0 1px;}"
