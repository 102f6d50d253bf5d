import asyncio
import signal

from websockets.asyncio.server import serve

DRAIN = 2.0  # seconds for the closing handshakes and the handlers


async def main():
    loop = asyncio.get_running_loop()
    stopping = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stopping.set)
    open_sockets = 0

    async def echo(websocket):
        nonlocal open_sockets
        open_sockets += 1
        print(f"websockets open: {open_sockets}")
        try:
            async for message in websocket:  # ends when either side closes
                await websocket.send(message)
        finally:
            open_sockets -= 1

    server = await serve(echo, "127.0.0.1", 0, close_timeout=DRAIN)
    host, port = server.sockets[0].getsockname()
    print(f"Serving on ws://{host}:{port}")

    await stopping.wait()
    print(f"SIGTERM: closing {open_sockets} websockets")
    server.close()  # stop accepting; close each connection with 1001
    try:
        await asyncio.wait_for(server.wait_closed(), DRAIN)
    except asyncio.TimeoutError:
        print("some handlers did not end in time")
    print(f"Server closed; {open_sockets} websockets open")


asyncio.run(main())
