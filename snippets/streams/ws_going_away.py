import asyncio
import signal
import time

from aiohttp import WSCloseCode, web

DRAIN = 10.0  # shutdown_timeout: for the requests in flight
CLOSE = 2.0  # seconds for every websocket's closing handshake
websockets = web.AppKey("websockets", set[web.WebSocketResponse])


async def echo(request):
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    open_sockets = request.app[websockets]
    open_sockets.add(ws)
    print(f"websockets open: {len(open_sockets)}")
    try:
        async for message in ws:  # ends when either side closes
            await ws.send_str(message.data)
    finally:
        open_sockets.discard(ws)
    return ws


async def close_websockets(app):  # on_shutdown: before the drain
    open_sockets = set(app[websockets])
    closing = (
        ws.close(code=WSCloseCode.GOING_AWAY, message=b"server shutdown")
        for ws in open_sockets
    )
    try:  # all at once, bounded: a client that stops reading is cut
        await asyncio.wait_for(asyncio.gather(*closing), CLOSE)
    except asyncio.TimeoutError:
        print("some websockets did not answer: cut")
    print(f"Closed {len(open_sockets)} websockets with 1001")


async def main():
    loop = asyncio.get_running_loop()
    stopping = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stopping.set)
    app = web.Application()
    app[websockets] = set()
    app.router.add_get("/ws", echo)
    app.on_shutdown.append(close_websockets)
    runner = web.AppRunner(app, shutdown_timeout=DRAIN)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0]
    print(f"Serving on http://{host}:{port}")

    await stopping.wait()
    print(f"SIGTERM: closing {len(app[websockets])} websockets")
    started = time.monotonic()
    await runner.cleanup()  # stop accepting, on_shutdown, drain
    took = round(time.monotonic() - started)
    print(f"Drain took {took} s; {len(app[websockets])} websockets open")


asyncio.run(main())
