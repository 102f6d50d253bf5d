import asyncio

from aiohttp import web

WORK = 2.0  # seconds each request takes
in_flight = 0


async def work(request):
    global in_flight
    in_flight += 1
    print(f"in flight: {in_flight}")
    try:
        await asyncio.sleep(WORK)  # stands in for the real work
        return web.Response(text="done\n")
    finally:
        in_flight -= 1


async def main():
    app = web.Application()
    app.router.add_post("/work", work)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0]
    print(f"Serving on http://{host}:{port}")
    await asyncio.Event().wait()  # serve until the process is stopped


asyncio.run(main())
