import asyncio

import pytest


# The code under test: borrow a connection, use it, always give it back.
async def transfer(pool, payload):
    conn = await pool.acquire()  # await 1
    try:
        await conn.send(payload)  # await 2
        return await conn.receive()  # await 3
    finally:
        pool.release(conn)


# Test doubles: every await of `transfer` goes through `Gate.passing()`.
class Gate:
    """Lets every await through, except the k-th: it waits to be cancelled."""

    def __init__(self, k):
        self.k = k
        self.count = 0
        self.reached = asyncio.Event()

    async def passing(self):
        self.count += 1
        if self.count == self.k:
            self.reached.set()
            await asyncio.Event().wait()  # parked here until cancelled
        await asyncio.sleep(0)  # the others suspend too, as real I/O would


class Connection:
    def __init__(self, gate):
        self.gate = gate

    async def send(self, data):
        await self.gate.passing()

    async def receive(self):
        await self.gate.passing()
        return b"pong"


class Pool:
    def __init__(self, gate):
        self.gate = gate
        self.checked_out = 0

    async def acquire(self):
        await self.gate.passing()
        self.checked_out += 1
        return Connection(self.gate)

    def release(self, conn):
        self.checked_out -= 1


AWAITS = 3


@pytest.mark.asyncio
async def test_every_await_is_counted():
    gate = Gate(k=0)  # stops nowhere
    pool = Pool(gate)
    assert await transfer(pool, b"ping") == b"pong"
    assert gate.count == AWAITS  # a new await? then AWAITS must grow
    assert pool.checked_out == 0


@pytest.mark.asyncio
@pytest.mark.parametrize("k", range(1, AWAITS + 1))
async def test_cancelled_at_await(k):
    gate = Gate(k)
    pool = Pool(gate)
    task = asyncio.create_task(transfer(pool, b"ping"))
    await asyncio.wait_for(gate.reached.wait(), timeout=1)
    task.cancel()  # the task is suspended at its k-th await
    with pytest.raises(asyncio.CancelledError):
        await asyncio.wait_for(task, timeout=1)
    assert task.cancelled()
    assert pool.checked_out == 0, "the connection was not released"


if __name__ == "__main__":
    # One line per test, short tracebacks; -qq also drops the timing line.
    options = ["-qq", "-o", "verbosity_test_cases=1", "--tb=short", "-rN"]
    options += ["-o", "console_output_style=classic", "-p", "no:cacheprovider"]
    options += ["-o", "asyncio_default_fixture_loop_scope=function"]
    raise SystemExit(pytest.main([__file__, *options]))
