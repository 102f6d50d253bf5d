import asyncio
import signal

from aiohttp import web

WORK = 1.5  # seconds each request takes
DRAIN = 2.0  # aiohttp's shutdown_timeout: the drain may take twice this
CLEANUP = 0.5  # seconds for closing what the service holds
# No pause in here: the pod's preStop hook pauses before SIGTERM is sent.
# terminationGracePeriodSeconds >= preStop sleep + 2 * DRAIN + CLEANUP


async def main():
    loop = asyncio.get_running_loop()
    stopping = asyncio.Event()
    signals = (signal.SIGTERM, signal.SIGINT)

    def on_signal():
        stopping.set()
        for sig in signals:  # a second signal is not caught: it ends us
            loop.remove_signal_handler(sig)

    for sig in signals:
        loop.add_signal_handler(sig, on_signal)
    in_flight = 0

    async def work(request):
        nonlocal in_flight
        in_flight += 1
        print(f"in flight: {in_flight}")
        try:
            await asyncio.sleep(WORK)  # stands in for the real work
            return web.Response(text="done\n")
        finally:
            in_flight -= 1

    async def ready(request):  # readinessProbe: started, not overloaded
        return web.Response(text="ready\n")

    async def close_resources(app):  # on_cleanup: after the drain
        await asyncio.wait_for(asyncio.sleep(0.1), CLEANUP)  # pools, files
        print("resources closed")

    app = web.Application()
    app.router.add_post("/work", work)
    app.router.add_get("/ready", ready)
    app.on_cleanup.append(close_resources)
    runner = web.AppRunner(app, shutdown_timeout=DRAIN)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0]
    print(f"Serving on http://{host}:{port}")

    await stopping.wait()
    await site.stop()  # stop accepting: new connections are refused
    print(f"SIGTERM: stopped accepting; draining {in_flight} requests")
    # closes idle keep-alive connections, waits up to DRAIN for the
    # requests in flight, then runs on_cleanup
    await runner.cleanup()
    print(f"Drained: {in_flight} requests in flight")


asyncio.run(main())
