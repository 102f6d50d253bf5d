import asyncio
import itertools
import signal

DEADLINE = 1.0  # seconds that open connections get after the signal


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    connections = {}  # handler task -> its writer, to close them ourselves
    numbers = itertools.count(1)

    async def handle(reader, writer):
        n = next(numbers)
        connections[asyncio.current_task()] = writer
        print(f"client {n}: connected")
        try:
            while line := await reader.readline():
                await asyncio.sleep(0.3)  # the work a request takes
                writer.write(line.upper())
                await writer.drain()
        finally:
            writer.close()
            del connections[asyncio.current_task()]
            print(f"client {n}: connection closed")

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    host, port = server.sockets[0].getsockname()
    print(f"Serving on {host}:{port}")
    await stop.wait()

    server.close()  # stop accepting; open connections go on
    print(f"Shutting down: {len(connections)} connections open")
    if connections:
        print(f"Waiting up to {DEADLINE} s for them to finish")
        _, pending = await asyncio.wait(list(connections), timeout=DEADLINE)
        if pending:
            print(f"Deadline passed: closing {len(pending)} still open")
            for task in pending:
                connections[task].close()  # its handler reads EOF and ends
            _, pending = await asyncio.wait(pending, timeout=DEADLINE)
            for task in pending:  # a client that does not read our reply
                connections[task].transport.abort()  # unsent data dropped
                task.cancel()
            if pending:
                await asyncio.wait(pending, timeout=DEADLINE)
    # every connection is gone: this returns at once, but stays bounded
    await asyncio.wait_for(server.wait_closed(), DEADLINE)
    print("Server closed.")


asyncio.run(main())
