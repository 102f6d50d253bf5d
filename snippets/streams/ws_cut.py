import asyncio
import signal
import time

from aiohttp import web

DRAIN = 0.5  # aiohttp's shutdown_timeout (60 s by default)


async def main():
    loop = asyncio.get_running_loop()
    stopping = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stopping.set)
    open_sockets = 0

    async def echo(request):
        nonlocal open_sockets
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        open_sockets += 1
        print(f"websockets open: {open_sockets}")
        try:
            async for message in ws:  # until the client leaves
                await ws.send_str(message.data)
        finally:
            open_sockets -= 1
        return ws

    app = web.Application()
    app.router.add_get("/ws", echo)
    runner = web.AppRunner(app, shutdown_timeout=DRAIN)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0]
    print(f"Serving on http://{host}:{port}")

    await stopping.wait()
    print(f"SIGTERM: draining {open_sockets} websockets")
    started = time.monotonic()
    await runner.cleanup()  # stop accepting, drain, clean up
    took = round(time.monotonic() - started)
    print(f"Drain took {took} s; {open_sockets} websockets open")


asyncio.run(main())
