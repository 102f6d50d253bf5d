"""The one rule for what is missing here (a Python, Chromium, a server, root): skipped
locally, a failure under CI.

CI is on when the ``CI`` environment variable says so in any usual spelling (``true``,
``1``, ``yes``, ``True``...); unset, empty, ``0``, ``false``, ``no`` and ``off`` mean
a local run. The noxfile, the pytest plugin and the browser tests all ask here.
"""

from __future__ import annotations

import os

_OFF = {"", "0", "false", "no", "off"}


def on_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in _OFF
