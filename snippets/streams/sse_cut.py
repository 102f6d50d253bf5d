import asyncio
import signal
import time

from aiohttp import web

DRAIN = 0.5  # aiohttp's shutdown_timeout (60 s by default)
UPDATE_EVERY = 30.0  # seconds between two updates to a client


async def main():
    loop = asyncio.get_running_loop()
    stopping = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stopping.set)
    open_streams = 0

    async def events(request):
        nonlocal open_streams
        response = web.StreamResponse(
            headers={"Content-Type": "text/event-stream"}
        )
        await response.prepare(request)
        await response.write(b"event: hello\ndata: connected\n\n")
        open_streams += 1
        print(f"streams open: {open_streams}")
        try:
            while True:  # an update every UPDATE_EVERY seconds, forever
                await asyncio.sleep(UPDATE_EVERY)
                await response.write(b"event: update\ndata: news\n\n")
        finally:
            open_streams -= 1

    app = web.Application()
    app.router.add_get("/events", events)
    runner = web.AppRunner(app, shutdown_timeout=DRAIN)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0]
    print(f"Serving on http://{host}:{port}")

    await stopping.wait()
    print(f"SIGTERM: draining {open_streams} streams")
    started = time.monotonic()
    await runner.cleanup()  # stop accepting, drain, clean up
    took = round(time.monotonic() - started)
    print(f"Drain took {took} s; {open_streams} streams open")


asyncio.run(main())
