import asyncio

import aiohttp
from aiohttp import web

SHUTDOWN_TIMEOUT = 1.0


async def work(request):
    try:
        await asyncio.sleep(10)  # longer than the drain allows
        return web.Response(text="done\n")
    except asyncio.CancelledError:
        print("handler: cancelled; its cleanup takes 5 s")
        #> handler: cancelled; its cleanup takes 5 s
        await asyncio.sleep(5)  # a slow rollback, say
        raise


async def main():
    app = web.Application()
    app.router.add_post("/work", work)
    runner = web.AppRunner(app, shutdown_timeout=SHUTDOWN_TIMEOUT)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0]
    async with aiohttp.ClientSession() as client:
        url = f"http://{host}:{port}/work"
        request = asyncio.create_task(client.post(url))
        await asyncio.sleep(0.3)  # the request is in flight

        loop = asyncio.get_running_loop()
        start = loop.time()
        await runner.cleanup()  # waits, cancels the handler, waits again
        took = round(loop.time() - start)
        print(f"shutdown_timeout={SHUTDOWN_TIMEOUT}: cleanup took {took} s")
        #> shutdown_timeout=1.0: cleanup took 2 s
        try:
            await asyncio.wait_for(request, 2)
        except aiohttp.ClientError as exc:
            print("client:", type(exc).__name__)
            #> client: ServerDisconnectedError


asyncio.run(main())
