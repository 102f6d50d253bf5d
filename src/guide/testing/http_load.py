"""HTTP requests for process examples: the ``get`` and ``post`` steps of a scenario.

A scenario step ``get = N`` or ``post = N`` (with ``path = "/work"``, default ``/``)
sends N concurrent requests of that method to ``http://127.0.0.1:<port><path>`` with
aiohttp's client, the port being the one a ``wait`` step captured. (aiohttp's client
sends a GET again, once, when its connection closes before the response: a POST is
not repeated, so a scenario counts what a service loses with POST requests.)
Each step is a batch with its own ``ClientSession``: its connections are new, and
stay open (keep-alive) until the process under test has ended, as a real client's
would. Every request is bounded by ``timeout`` seconds; nothing is sent anywhere but
127.0.0.1.

When the process has ended, each batch is counted: how many requests were answered
(by status), lost (the connection closed or reset before a response), refused (no
connection: the service was not accepting), or timed out. Counts, not timings, so
the transcript is the same on every run.
"""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from concurrent.futures import Future

# The order in which outcomes are listed: answers by status, then the failures.
_FAILURES = ("lost", "refused", "timed out")


class HttpLoad:
    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self.batches: list[tuple[str, int, Future]] = []
        self._sessions: list = []
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._loop.run_forever, daemon=True
        )
        self._thread.start()

    def send(self, method: str, port: int, path: str, count: int) -> None:
        """Start ``count`` concurrent requests now; they are counted by ``tally``."""
        url = f"http://127.0.0.1:{port}{path}"
        batch = asyncio.run_coroutine_threadsafe(
            self._batch(method, url, count), self._loop
        )
        self.batches.append((f"{method} {path}", count, batch))

    async def _batch(self, method: str, url: str, count: int) -> list[str]:
        import aiohttp

        session = aiohttp.ClientSession(
            timeout=aiohttp.ClientTimeout(total=self.timeout),
            connector=aiohttp.TCPConnector(limit=0),
        )
        self._sessions.append(session)
        return await asyncio.gather(
            *(self._one(aiohttp, session, method, url) for _ in range(count))
        )

    @staticmethod
    async def _one(aiohttp, session, method: str, url: str) -> str:
        try:
            async with session.request(method, url) as response:
                await response.read()
                return f"answered {response.status}"
        except aiohttp.ClientConnectorError as exc:
            if isinstance(exc.os_error, ConnectionRefusedError):
                return "refused"
            return f"failed to connect ({exc.os_error!r})"
        except (
            aiohttp.ServerDisconnectedError,
            aiohttp.ClientOSError,
            aiohttp.ClientPayloadError,
        ):
            return "lost"
        except asyncio.TimeoutError:
            return "timed out"

    def tally(self) -> list[str]:
        """One line per batch, then the totals; waits (bounded) for every request."""
        lines, total = [], Counter()
        for what, count, batch in self.batches:
            outcomes = Counter(batch.result(timeout=self.timeout + 5))
            total.update(outcomes)
            listed = ", ".join(
                f"{outcomes[o]} {o}" for o in _ordered(outcomes)
            )
            noun = "request" if count == 1 else "requests"
            lines.append(f"{count} {noun} {what}: {listed}")
        if self.batches:
            answered = sum(
                n for o, n in total.items() if o.startswith("answered")
            )
            lines.append(
                f"requests: {sum(total.values())} sent, {answered} answered, "
                + ", ".join(f"{total[o]} {o}" for o in _FAILURES[:2])
                + "".join(
                    f", {n} {o}"
                    for o, n in sorted(total.items())
                    if not o.startswith("answered") and o not in _FAILURES[:2]
                )
            )
        return lines

    def close(self) -> None:
        async def close_sessions() -> None:
            for session in self._sessions:
                await session.close()

        try:
            asyncio.run_coroutine_threadsafe(
                close_sessions(), self._loop
            ).result(timeout=self.timeout)
        finally:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=self.timeout)
            self._loop.close()


def _ordered(outcomes: Counter) -> list[str]:
    answered = sorted(o for o in outcomes if o.startswith("answered"))
    failures = [o for o in _FAILURES if o in outcomes]
    others = sorted(set(outcomes) - set(answered) - set(failures))
    return answered + failures + others
