"""What the search index gets beyond a page's prose, and what it leaves out
(guide.build.search, hooks/search_extra.py, hooks/search_without_code.py).

Whether a pasted error then finds its page in a real browser is in
tests/test_browser.py; these check the pieces without a build.
"""

from __future__ import annotations

import importlib.util
import re

import pytest

from guide.build import glossary, search
from guide.core.example import Example
from guide.core.paths import ROOT
from guide.core.pythons import LATEST, MINORS, patch


def _hook(name: str):
    spec = importlib.util.spec_from_file_location(
        name, ROOT / "hooks" / f"{name}.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "RuntimeError: Event loop stopped before Future completed.",
            "RuntimeError: Event loop stopped before Future completed.",
        ),
        (
            "asyncio.exceptions.CancelledError",
            "asyncio.exceptions.CancelledError",
        ),
        ("  | ValueError: bad value", "ValueError: bad value"),
        (
            "E   AssertionError: the connection was not released",
            "AssertionError: the connection was not released",
        ),
        (
            "<stdlib>/asyncio/events.py:89: RuntimeWarning: The executor did "
            "not finishing joining its threads within 0.1 seconds.",
            "RuntimeWarning: The executor did not finishing joining its "
            "threads within 0.1 seconds.",
        ),
        (
            "psycopg.errors.InFailedSqlTransaction: current transaction is "
            "aborted",
            "psycopg.errors.InFailedSqlTransaction: current transaction is "
            "aborted",
        ),
        ("Task was destroyed but it is pending!", None),
        # an example's own label before what asyncio logged
        (
            "event loop: Task exception was never retrieved",
            "Task exception was never retrieved",
        ),
        (
            "Exception ignored while closing generator <coroutine object "
            "worker at 0x...>:",
            "Exception ignored while closing generator <coroutine object "
            "worker>:",
        ),
        (
            "Exception in callback StreamReaderProtocol.connection_made."
            "<locals>.callback(<Task cancell...reraise.py:8>>) at "
            "<stdlib>/asyncio/streams.py:248",
            "Exception in callback StreamReaderProtocol.connection_made."
            "<locals>.callback()",
        ),
        (  # gunicorn's, after its own log level
            "[ERROR] Worker (pid:<pid>) was sent SIGKILL! Perhaps out of memory?",
            "Worker was sent SIGKILL! Perhaps out of memory?",
        ),
        # what examples print for themselves
        ("main: done", ""),
        ("fails: the caller sees OSError('disk full')", ""),
        ("wait_for: asyncio.TimeoutError, built-in too: False", ""),
        ('  File "snippets/signals/x.py", line 4, in <module>', ""),
        ("Traceback (most recent call last):", ""),
    ],
)
def test_an_error_line_is_told_from_what_an_example_prints(line, expected):
    expected = line if expected is None else expected
    assert search.message(line) == (expected or None)


def test_the_messages_of_an_example_come_from_every_python():
    stop = search.messages(
        Example.named("snippets/signals/stop_inside_run.py")
    )
    assert "RuntimeError: Event loop stopped before Future completed." in stop
    leaves = search.messages(
        Example.named("snippets/signals/stop_leaves_tasks.py")
    )
    assert "Task was destroyed but it is pending!" in leaves
    assert any(
        m.startswith("Exception ignored while closing generator")
        for m in leaves
    )
    # 3.10 and 3.11 word it differently: a reader on either finds it too
    empty = search.messages(
        Example.named("snippets/signals/wait_empty_set.py")
    )
    assert {
        "ValueError: Set of coroutines/Futures is empty.",
        "ValueError: Set of Tasks/Futures is empty.",
    } <= set(empty)
    # an in-process example: its #> lines
    unretrieved = search.messages(
        Example.named("snippets/cleanup/shield_unretrieved.py")
    )
    assert unretrieved == ["Task exception was never retrieved"]
    # a program's own bracketed line is not the tests'
    gunicorn = search.messages(
        Example.named("snippets/uvicorn/gunicorn_graceful.py")
    )
    assert gunicorn == ["Worker was sent SIGKILL! Perhaps out of memory?"]
    # no error printed, nothing added
    assert (
        search.messages(Example.named("snippets/cancellation/uncancel.py"))
        == []
    )


PAGE = """
<h1 id="title">Title</h1>
<p>Intro, the first section.</p>
<h2 id="stop">loop.stop()</h2>
<p>It fails with <code>RuntimeError: Event loop stopped before Future completed.</code>,
and <code>RuntimeError</code> is a name only; 연결을 닫습니다.</p>
<div class="highlight"><span class="filename">stop_inside_run.py</span><pre><code>x
</code></pre></div>
<h2 id="plain">No example</h2>
<p>Quoted without an example: <code>ValueError: not indexed here</code>; 연결.</p>
"""


def test_a_section_gets_the_errors_its_examples_print_and_its_prose_quotes():
    terms = (
        glossary.Term("connection", "연결", ("커넥션",), (), "cleanup.md"),
    )
    found = search.additions(
        PAGE, ["snippets/signals/stop_inside_run.py"], "ko", terms
    )
    assert set(found) == {"stop", "plain"}  # the first says neither
    assert found["stop"]["messages"].splitlines()[0] == (
        "RuntimeError: Event loop stopped before Future completed."
    )
    assert "RuntimeError" not in found["stop"]["messages"].splitlines()
    assert "messages" not in found["plain"]  # no example in that section
    assert found["stop"]["synonyms"] == found["plain"]["synonyms"] == "커넥션"
    english = search.additions(
        PAGE, ["snippets/signals/stop_inside_run.py"], "en", terms
    )
    assert set(english) == {"stop"} and set(english["stop"]) == {"messages"}


def test_an_example_not_on_the_page_is_an_error():
    with pytest.raises(ValueError, match="uncancel.py"):
        search.example_sections(PAGE, ["snippets/cancellation/uncancel.py"])


def test_the_glossary_search_words_are_read_for_search_in_one_place():
    term = next(t for t in glossary.terms() if t.ko == "연결")
    assert "커넥션" in glossary.search_words(term)
    words = search.synonyms("연결이 끊기면", glossary.terms())
    assert set(glossary.search_words(term)) <= set(words)


def test_the_fields_go_to_the_entries_of_their_sections():
    index = {
        "docs": [
            {"location": "signals/", "title": "t", "text": ""},
            {"location": "signals/#stop", "title": "s", "text": ""},
            {"location": "en/signals/#stop", "title": "s", "text": ""},
        ]
    }
    fields = {
        search.location("signals/", "stop"): {"messages": "RuntimeError: x"}
    }
    assert search.extend_index(index, fields) == 1
    assert index["docs"][1]["messages"] == "RuntimeError: x"
    assert "messages" not in index["docs"][0]
    assert "messages" not in index["docs"][2]
    assert search.location("signals/", "") == "signals/"


def test_what_the_build_writes_above_the_prose_stays_out_of_search():
    exclude = _hook("search_without_code").exclude
    html = (
        '<div class="admonition abstract">\n<p>Outputs on this page...</p>\n'
        '<div class="admonition abstract">\n<p class="admonition-title">A'
        "</p>\n"
        f'<div class="tabbed-labels"><label>{patch(LATEST)}</label></div>'
        f'<span class="filename">Python {patch(MINORS[0])}, {patch(MINORS[1])}</span>'
        '<span class="filename">stop_inside_run.py</span><pre>'
        '<details class="note guide-outputs">\n<summary>What Python 3.X printed'
        '</summary><span class="filename">3.1 \u2192 3.2</span>'
        '<p class="guide-why">Why the outputs differ: ...</p>'
    )
    marked = exclude(html)
    assert marked.count("data-search-exclude") == 7
    assert re.search(r'<details class="[^"]*" data-search-exclude>', marked)
    assert '<div class="admonition abstract">\n<p class' in marked
    assert '<span class="filename">stop_inside_run.py' in marked


def test_the_checks_own_patterns_are_not_search_words():
    term = next(t for t in glossary.terms() if t.refuse)
    words = search.synonyms(term.ko, glossary.terms())
    assert term.search and set(term.search) <= set(words)
    assert not set(term.refuse) & set(words)
