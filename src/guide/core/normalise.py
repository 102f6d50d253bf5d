"""The one normalisation of printed output: snippets, transcripts and notebooks.

Only what differs from one machine or run to the next is rewritten: the repository's
own folder (paths become relative to it), the standard library's folder (``<stdlib>``),
object ids (``0x...``), ports on 127.0.0.1 (``<port>``), pids (``<pid>``, also in
uvicorn's and gunicorn's own log lines) and thread ids.
Messages, warnings and traceback lines stay as printed, standard-library line numbers
included: a stored output belongs to the exact patch release that printed it.

``without_incidentals`` is the one rule for what a reader need not tell apart: two
outputs that differ only in standard-library line numbers and caret lines say the same
thing (the pages show them under one tab, each release's own lines on request).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from guide.core.paths import ROOT

_STDLIB = str(Path(os.__file__).parent)
_PATTERNS = [
    (re.compile(r"\b0x[0-9a-f]{4,}\b"), "0x..."),
    (re.compile(r"(127\.0\.0\.1['\"]?[:,] ?)\d{2,5}\b"), r"\g<1><port>"),
    (re.compile(r"\b(pid|PID)( ?[=:]? ?)\d+\b"), r"\g<1>\g<2><pid>"),
    # uvicorn's "Started server process [1234]", and gunicorn's
    # "Listening at: http://127.0.0.1:<port> (1234)"
    (re.compile(r"(\bprocess \[|127\.0\.0\.1:<port> \()\d+\b"), r"\g<1><pid>"),
    (re.compile(r"\b\d{9,}\b"), "<thread id>"),
]


def normalise(text: str) -> str:
    text = text.replace(_STDLIB, "<stdlib>")
    text = text.replace(str(ROOT) + os.sep, "").replace(str(ROOT), ".")
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


_STDLIB_LINE = re.compile(r'(<stdlib>/[^\s":]+(?:", line |:))\d+')
_CARETS = re.compile(r"^[ \t]*[\^~]+[ \t]*\n", re.M)


def without_incidentals(text: str) -> str:
    """The output without standard-library line numbers and caret lines."""
    return _CARETS.sub("", _STDLIB_LINE.sub(r"\g<1>N", text))
