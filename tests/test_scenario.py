"""Scenarios are checked before they run (guide.core.scenario), and the one rule for
what is missing here answers the same for every spelling of CI (guide.core.ci)."""

from __future__ import annotations

import os
import re
import sys
from concurrent.futures import Future
from types import SimpleNamespace

import pytest

from guide.core import scenario
from guide.core.ci import on_ci
from guide.core.example import examples
from guide.testing.http_load import HttpLoad, _EventStream
from guide.testing.processes import ProcessRun

GOOD = """
timeout = 5
[[step]]
wait = 'Serving on 127\\.0\\.0\\.1:(?P<port>\\d+)'
[[step]]
signal = "SIGINT"
wait_idle = false
[[step]]
post = 3
path = "/work"
"""


def test_every_scenario_of_the_guide_is_valid():
    checked = [e.scenario for e in examples() if e.is_process]
    assert checked


def test_a_scenario_that_runs_py_spy_says_so_in_its_snippet():
    """`# needs: py-spy` is what skips it (or fails it under CI) where py-spy
    cannot read a process."""
    for example in examples():
        if example.is_process and any(
            s.action == "inspect" and s.value == "py-spy"
            for s in example.scenario.steps
        ):
            assert "py-spy" in example.needs, example.name


def test_a_good_scenario_is_read_step_by_step():
    read = scenario.parse(GOOD, "x.scenario.toml")
    assert read.timeout == 5
    assert [(s.action, s.value, s.options) for s in read.steps] == [
        ("wait", r"Serving on 127\.0\.0\.1:(?P<port>\d+)", {}),
        ("signal", "SIGINT", {"wait_idle": False}),
        ("post", 3, {"path": "/work"}),
    ]
    assert read.argv("py", "s.py") == ["py", "s.py"]


def test_long_lived_clients_are_steps_with_a_path():
    read = scenario.parse(
        '[[step]]\nwebsocket = 3\npath = "/ws"\n'
        '[[step]]\nstream = 2\npath = "/events"\n',
        "x.scenario.toml",
    )
    assert [(s.action, s.value, s.options) for s in read.steps] == [
        ("websocket", 3, {"path": "/ws"}),
        ("stream", 2, {"path": "/events"}),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '[[step]]\nwebsocket = 3\npaht = "/ws"\n',
            "step 1 (websocket): unknown key 'paht' (its options: path)",
        ),
        ('[[step]]\nstream = "3"\n', "step 1 (stream): stream = '3'"),
        ("[[step]]\nwebsocket = true\n", "websocket = True is not int"),
        (
            '[[step]]\nsignal = "SIGINT"\nwait_idel = false\n',
            "x.scenario.toml: step 1 (signal): unknown key 'wait_idel'",
        ),
        (
            '[[step]]\nwait = "x"\n[[step]]\nsend = "hi"\ntoo = 2\n',
            "x.scenario.toml: step 2 (send): unknown key 'too'",
        ),
        ("[[step]]\nsleep = 1\n", "step 1: needs exactly one action"),
        ('[[step]]\nwait = "a"\nconnect = 1\n', "needs exactly one action"),
        ('[[step]]\nconnect = "1"\n', "step 1 (connect): connect = '1'"),
        ("[[step]]\nexits_within = true\n", "is not int or float"),
        ('[[step]]\npause = "1"\n', "pause = '1' is not int or float"),
        (
            "[[step]]\npause = 1\npath = '/'\n",
            "step 1 (pause): unknown key 'path'",
        ),
        ("timeot = 3\n", "x.scenario.toml: unknown key 'timeot'"),
        ("[[step]]\nlistening = 1\n", "listening = 1 is not bool"),
        (
            '[[step]]\nsignal = "SIGTERM"\nto = "pid2"\n',
            "to must be one of pid1, group",
        ),
        ('[[step]]\nsignal = "SIGTERM"\nto = "pid1"\n', "needs a command"),
        ('[[step]]\ninspect = "pyspy"\n', "'pyspy' is not one of pstree"),
    ],
)
def test_a_wrong_scenario_names_the_file_the_step_and_the_key(text, message):
    with pytest.raises(scenario.ScenarioError, match=re.escape(message)):
        scenario.parse(text, "x.scenario.toml")


def test_a_pause_is_a_step_of_its_own():
    """``pause = S``: time passes, nothing is sent (a ``preStop`` sleep)."""
    read = scenario.parse(
        '[[step]]\npause = 0.5\n[[step]]\nsignal = "SIGTERM"\n', "x"
    )
    assert [(s.action, s.value, s.options) for s in read.steps] == [
        ("pause", 0.5, {}),
        ("signal", "SIGTERM", {}),
    ]
    assert scenario.parse("[[step]]\npause = 2\n", "x").steps[0].value == 2


def test_a_command_is_filled_in():
    read = scenario.parse(
        'command = ["unshare", "--pid", "{python}", "{snippet}"]\n',
        "x",
    )
    assert read.argv("/p y/python", "s.py") == [
        "unshare",
        "--pid",
        "/p y/python",
        "s.py",
    ]
    shell = scenario.parse('command = ["sh", "-c", "{python} {snippet}"]', "x")
    assert shell.argv("/p y/python", "s.py") == [
        "sh",
        "-c",
        "'/p y/python' s.py",
    ]


def test_a_signal_to_the_group_needs_no_command_and_gets_a_group():
    read = scenario.parse(
        '[[step]]\nsignal = "SIGINT"\nto = "group"\n', "x.scenario.toml"
    )
    assert read.steps[0].options == {"to": "group"}
    assert read.own_group
    assert not scenario.parse(GOOD, "x.scenario.toml").own_group


# Ignores Ctrl-C (a handler, which its child does not inherit), and reports how
# its child ended; the child is in its process group.
_GROUP_PROGRAM = """
import os, signal, subprocess
signal.signal(signal.SIGINT, lambda *args: None)
print("own group:", os.getpgrp() == os.getpid(), flush=True)
child = subprocess.Popen(["sleep", "30"])
print("ready", flush=True)
print("child:", child.wait(timeout=10), flush=True)
"""


def test_a_signal_to_the_group_reaches_the_program_and_its_children(tmp_path):
    program = tmp_path / "group.py"
    program.write_text(_GROUP_PROGRAM, encoding="utf-8")
    steps = scenario.parse(
        '[[step]]\nwait = "ready"\n'
        '[[step]]\nsignal = "SIGINT"\nto = "group"\nwait_idle = false\n',
        "group.scenario.toml",
    )
    example = SimpleNamespace(scenario=steps, name=str(program))
    run = ProcessRun(example, python=sys.executable)
    transcript = run.run()
    assert transcript.splitlines()[1:] == [
        "own group: True",
        "ready",
        "[SIGINT to the process group]",
        "child: -2",
        "[exit status 0]",
    ]
    assert os.getpgrp() != run.proc.pid  # the tests' own group was spared


@pytest.mark.parametrize("value", ["true", "True", "1", "yes", "on"])
def test_ci_is_on_for_every_spelling(monkeypatch, value):
    monkeypatch.setenv("CI", value)
    assert on_ci()


@pytest.mark.parametrize("value", [None, "", "0", "false", "FALSE", "no"])
def test_ci_is_off_unset_or_false(monkeypatch, value):
    if value is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", value)
    assert not on_ci()


def _events(*lines: str) -> _EventStream:
    events = _EventStream()
    for line in lines:
        events.feed(line + "\n")
    return events


def test_an_event_stream_keeps_the_last_event_and_retry():
    events = _events(
        ": a comment",
        "event: hello",
        "data: connected",
        "",
        "event: shutdown",
        "data: reconnect",
        "retry: 1000",
        "",
    )
    assert events.after() == "after event 'shutdown' (retry 1000 ms)"


def test_an_event_without_data_or_a_blank_line_is_not_dispatched():
    assert _events("data: x", "").after() == "after event 'message'"
    assert _events("event: ping", "").after() == "with no event"
    assert _events("event: late", "data: x").after() == "with no event"
    assert _events("retry: soon", "data:x", "").last == "message"


def test_long_lived_clients_are_counted_apart_from_requests():
    load = HttpLoad(timeout=1)
    try:
        for kind, what, outcomes in [
            ("websocket", "/ws", ["closed 1001 (going away)"] * 2),
            ("stream", "GET /events", ["cut after event 'hello'"]),
        ]:
            done = Future()
            done.set_result(outcomes)
            load.batches.append((kind, what, len(outcomes), done))
        assert load.tally() == [
            "2 websockets /ws: 2 closed 1001 (going away)",
            "1 stream GET /events: 1 cut after event 'hello'",
        ]
    finally:
        load.close()
