import asyncio
import signal


async def handle(reader, writer):
    print("New connection.")
    try:
        while line := await reader.readline():
            writer.write(line.upper())
            await writer.drain()
        print("Client left.")
    finally:
        writer.close()


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    host, port = server.sockets[0].getsockname()
    print(f"Serving on {host}:{port}")
    await stop.wait()
    print("Closing the server...")
    server.close()  # stop accepting
    await server.wait_closed()
    print("Server closed.")


asyncio.run(main())
