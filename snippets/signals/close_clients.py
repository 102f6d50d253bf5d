# requires: Python 3.13+
import asyncio
import itertools
import signal

DEADLINE = 1.0  # seconds that open connections get after the signal


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    numbers = itertools.count(1)

    async def handle(reader, writer):
        n = next(numbers)
        print(f"client {n}: connected")
        try:
            while line := await reader.readline():
                await asyncio.sleep(0.3)  # the work a request takes
                writer.write(line.upper())
                await writer.drain()
        finally:
            writer.close()
            print(f"client {n}: connection closed")

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    host, port = server.sockets[0].getsockname()
    print(f"Serving on {host}:{port}")
    await stop.wait()

    server.close()  # stop accepting; open connections go on
    print(f"Shutting down: waiting up to {DEADLINE} s for connections")
    # since 3.12, wait_closed() waits for every connection to end
    if not await closed_within(server, DEADLINE):
        print("Deadline passed: closing the rest")
        server.close_clients()  # each close first sends what is unsent
        if not await closed_within(server, DEADLINE):
            print("A client is not reading: aborting")
            server.abort_clients()  # reset: what is unsent is dropped
            await closed_within(server, DEADLINE)
    print("Server closed.")


async def closed_within(server, seconds):
    try:
        await asyncio.wait_for(server.wait_closed(), seconds)
    except TimeoutError:
        return False
    return True


asyncio.run(main())
