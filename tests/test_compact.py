"""The page HTML is compacted without changing what a browser shows."""

from __future__ import annotations

from guide.build.compact import compact, compact_css


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


def test_pygments_whitespace_tokens_become_their_whitespace():
    html = '<pre><span class="k">def</span><span class="w"> </span>f</pre>'
    assert compact(html) == '<pre><span class="k">def</span> f</pre>'


def test_inline_spaces_are_kept():
    assert compact("<p>a <em>b</em>  c</p>") == "<p>a <em>b</em>  c</p>"


def test_stylesheets_lose_comments_and_spaces_but_not_descendants():
    css = (
        "/* why */\n.a :is(b, c),\n.d > e {\n  color: red;\n"
        "  margin: 0 1px;\n}\n"
    )
    assert compact_css(css) == ".a :is(b,c),.d>e{color: red;margin: 0 1px;}"
