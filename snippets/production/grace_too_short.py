import asyncio

from aiohttp import web

WORK = 3.0  # seconds each request takes: longer than the grace period


async def work(request):
    print("request started")
    await asyncio.sleep(WORK)  # stands in for the real work
    return web.Response(text="done\n")


async def close_resources(app):
    print("resources closed")  # never reached when SIGKILL comes first


app = web.Application()
app.router.add_post("/work", work)
app.on_cleanup.append(close_resources)
# run_app handles SIGTERM: stops accepting, then waits up to
# shutdown_timeout (60 s by default) for the requests in flight
web.run_app(app, host="127.0.0.1", port=0)
