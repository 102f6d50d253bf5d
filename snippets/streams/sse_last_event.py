import asyncio
import signal
import time

from aiohttp import web

DRAIN = 10.0  # shutdown_timeout: for the requests in flight
WRITE = 1.0  # seconds for each write to a client
LAST_EVENT = b"event: shutdown\ndata: reconnect\nretry: 1000\n\n"
# each open stream's queue of events; None: no more events
streams = web.AppKey("streams", set[asyncio.Queue])


async def send(response, event):
    await asyncio.wait_for(response.write(event), WRITE)


async def events(request):
    response = web.StreamResponse(
        headers={"Content-Type": "text/event-stream"}
    )
    await response.prepare(request)
    await send(response, b"event: hello\ndata: connected\n\n")
    queue = asyncio.Queue()  # the service puts each update here
    open_streams = request.app[streams]
    open_streams.add(queue)
    print(f"streams open: {len(open_streams)}")
    try:
        while (event := await queue.get()) is not None:
            await send(response, event)
        await send(response, LAST_EVENT)  # clients reconnect elsewhere
        await asyncio.wait_for(response.write_eof(), WRITE)
    finally:
        open_streams.discard(queue)
    return response


async def end_streams(app):  # on_shutdown: before the drain
    for queue in app[streams]:
        queue.put_nowait(None)
    print(f"Ending {len(app[streams])} streams")


async def main():
    loop = asyncio.get_running_loop()
    stopping = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stopping.set)
    app = web.Application()
    app[streams] = set()
    app.router.add_get("/events", events)
    app.on_shutdown.append(end_streams)
    runner = web.AppRunner(app, shutdown_timeout=DRAIN)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0]
    print(f"Serving on http://{host}:{port}")

    await stopping.wait()
    print(f"SIGTERM: {len(app[streams])} streams open")
    started = time.monotonic()
    await runner.cleanup()  # stop accepting, on_shutdown, drain
    took = round(time.monotonic() - started)
    print(f"Drain took {took} s; {len(app[streams])} streams open")


asyncio.run(main())
