"""HTTP clients for process examples: the ``get``, ``post``, ``websocket`` and
``stream`` steps of a scenario.

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

The long-lived clients stay connected until the server ends them, and are counted
the same way when the process has ended:

* ``websocket = N`` opens N WebSockets (aiohttp's ``ws_connect``) to ``<path>`` and
  reads until the connection ends: each ended with the server's close frame (its
  code, the code's name in RFC 6455 and the reason: ``closed 1001 (going away)
  'server shutdown'``), or without one, which RFC 6455 calls close code 1006 (``cut
  without a close frame (1006)``);
* ``stream = N`` opens N ``GET`` requests to a server-sent events stream
  (``text/event-stream``) at ``<path>`` and reads its events: each stream either
  ended (the response's body was complete) or was cut (the connection closed in the
  middle of it), after the type of the last event it got and the last ``retry``
  it was given (``ended after event 'shutdown' (retry 1000 ms)``).
"""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from concurrent.futures import Future

# The order in which outcomes are listed: answers by status, then the failures.
_FAILURES = ("lost", "refused", "timed out")
# The names RFC 6455 (section 7.4.1) and the IANA registry give the close codes
# a server sends.
_CLOSE_CODES = {
    1000: "normal closure",
    1001: "going away",
    1002: "protocol error",
    1003: "unsupported data",
    1007: "invalid data",
    1008: "policy violation",
    1009: "message too big",
    1011: "internal error",
    1012: "service restart",
    1013: "try again later",
}
# A long-lived client that is still open this long after it connected gives up.
LIFETIME = 60.0


class HttpLoad:
    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        # (kind: "http", "websocket" or "stream"; what; how many; the outcomes)
        self.batches: list[tuple[str, str, int, Future]] = []
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
        self.batches.append(("http", f"{method} {path}", count, batch))

    def open_websockets(self, port: int, path: str, count: int) -> None:
        """Open ``count`` WebSockets now, each read until it ends."""
        self._open("websocket", port, path, count, self._websocket)

    def open_streams(self, port: int, path: str, count: int) -> None:
        """Open ``count`` server-sent events streams now, each read until it ends."""
        self._open("stream", port, path, count, self._stream)

    def _open(self, kind, port: int, path: str, count: int, client) -> None:
        url = f"http://127.0.0.1:{port}{path}"

        async def batch() -> list[str]:
            import aiohttp

            # No total timeout: these connections are meant to stay open.
            session = aiohttp.ClientSession(
                timeout=aiohttp.ClientTimeout(
                    total=None, sock_connect=self.timeout
                ),
                connector=aiohttp.TCPConnector(limit=0),
            )
            self._sessions.append(session)
            return await asyncio.gather(
                *(
                    self._long_lived(aiohttp, client, session, url)
                    for _ in range(count)
                )
            )

        future = asyncio.run_coroutine_threadsafe(batch(), self._loop)
        what = path if kind == "websocket" else f"GET {path}"
        self.batches.append((kind, what, count, future))

    async def _long_lived(self, aiohttp, client, session, url: str) -> str:
        try:
            return await asyncio.wait_for(
                client(aiohttp, session, url), LIFETIME
            )
        except aiohttp.ClientConnectorError as exc:
            if isinstance(exc.os_error, ConnectionRefusedError):
                return "refused"
            return f"failed to connect ({exc.os_error!r})"
        except aiohttp.WSServerHandshakeError as exc:
            return f"answered {exc.status}"
        except (aiohttp.ServerDisconnectedError, aiohttp.ClientOSError):
            return "lost"
        except asyncio.TimeoutError:
            return "timed out"

    async def _websocket(self, aiohttp, session, url: str) -> str:
        ws = await asyncio.wait_for(session.ws_connect(url), self.timeout)
        async with ws:
            while True:
                message = await ws.receive()
                if message.type is aiohttp.WSMsgType.CLOSE:
                    code, reason = message.data, message.extra
                    name = _CLOSE_CODES.get(code)
                    return (
                        f"closed {code}"
                        + (f" ({name})" if name else "")
                        + (f" {reason!r}" if reason else "")
                    )
                if message.type in (
                    aiohttp.WSMsgType.CLOSED,
                    aiohttp.WSMsgType.CLOSING,
                    aiohttp.WSMsgType.ERROR,
                ):
                    # No close frame came: RFC 6455 reports this as 1006.
                    return "cut without a close frame (1006)"

    async def _stream(self, aiohttp, session, url: str) -> str:
        response = await asyncio.wait_for(session.get(url), self.timeout)
        async with response:
            if response.status != 200:
                await response.read()
                return f"answered {response.status}"
            events = _EventStream()
            try:
                async for line in response.content:
                    events.feed(line.decode("utf-8", "replace"))
            except (aiohttp.ClientPayloadError, aiohttp.ClientOSError):
                return f"cut {events.after()}"
            return f"ended {events.after()}"

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
        """One line per batch, then the totals of the HTTP requests; waits
        (bounded) for every request and every long-lived client."""
        lines, total = [], Counter()
        for kind, what, count, batch in self.batches:
            outcomes = Counter(batch.result(timeout=self.timeout + 5))
            if kind == "http":
                total.update(outcomes)
            listed = ", ".join(
                f"{outcomes[o]} {o}" for o in _ordered(outcomes)
            )
            noun = {"http": "request"}.get(kind, kind)
            lines.append(f"{count} {_plural(noun, count)} {what}: {listed}")
        if total:
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


def _plural(noun: str, count: int) -> str:
    return noun if count == 1 else f"{noun}s"


class _EventStream:
    """What a client of a ``text/event-stream`` keeps, as the HTML standard's
    parser does ("Parsing an event stream"): the type of the last event
    dispatched (``message`` unless an ``event:`` field names it; an event
    without data is not dispatched) and the last ``retry:`` time."""

    def __init__(self) -> None:
        self.last: str | None = None
        self.retry: int | None = None
        self._type, self._data = "", False

    def feed(self, line: str) -> None:
        line = line.rstrip("\r\n")
        if not line:  # a blank line dispatches the event
            if self._data:
                self.last = self._type or "message"
            self._type, self._data = "", False
            return
        name, _, value = line.partition(":")
        value = value[1:] if value.startswith(" ") else value
        if name == "event":
            self._type = value
        elif name == "data":
            self._data = True
        elif name == "retry" and value.isdigit():
            self.retry = int(value)

    def after(self) -> str:
        said = f"after event {self.last!r}" if self.last else "with no event"
        if self.retry is not None:
            said += f" (retry {self.retry} ms)"
        return said
