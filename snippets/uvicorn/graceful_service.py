import asyncio
from contextlib import asynccontextmanager

import uvicorn
from fastapi import FastAPI, Request, Response

WORK = 1.0  # seconds each request takes
READINESS_PAUSE = 0.5  # for load balancers to notice (seconds in production)
DRAIN = 10  # uvicorn's timeout_graceful_shutdown, in whole seconds
CLOSE = 1.0  # seconds for background tasks, then for the pool
# The grace period must cover: READINESS_PAUSE + DRAIN + 2 * CLOSE


class Pool:
    """Stands in for a connection pool (asyncpg's, an HTTP client's)."""

    async def query(self):
        await asyncio.sleep(WORK)

    async def close(self):  # waits for connections to be given back
        await asyncio.sleep(0.1)
        print("pool: closed")


background = set()  # the tasks routes start, kept for the shutdown
finished = 0


async def audit():
    global finished
    await asyncio.sleep(0.3)  # work a route leaves behind
    finished += 1


@asynccontextmanager
async def lifespan(app):
    pool = Pool()
    try:
        yield {"pool": pool}
    finally:  # after uvicorn's drain
        if background:
            done, pending = await asyncio.wait(background, timeout=CLOSE)
            for task in pending:
                task.cancel()
        print(f"background tasks finished: {finished}")
        await asyncio.wait_for(pool.close(), CLOSE)


app = FastAPI(lifespan=lifespan)
app.state.stopping = False
in_flight = 0


@app.post("/work")
async def work(request: Request):
    global in_flight
    in_flight += 1
    print(f"in flight: {in_flight}")
    try:
        await request.state.pool.query()
        task = asyncio.create_task(audit())
        background.add(task)  # a reference, and a list to wait for
        task.add_done_callback(background.discard)
        return {"done": True}
    finally:
        in_flight -= 1


@app.get("/ready")
async def ready(response: Response):
    response.status_code = 503 if app.state.stopping else 200
    print(f"readiness probe: {response.status_code}")


class Server(uvicorn.Server):
    """uvicorn's Server, with a readiness pause before its shutdown."""

    async def serve(self, sockets=None):
        self.loop = asyncio.get_running_loop()
        await super().serve(sockets)

    def handle_exit(self, sig, frame):  # runs in signal.signal()'s handler
        if app.state.stopping:  # a second signal: shut down at once
            return super().handle_exit(sig, frame)
        app.state.stopping = True  # /ready fails from now on
        self.loop.call_soon_threadsafe(self.pause)

    def pause(self):
        print(f"SIGTERM: /ready now fails; {in_flight} requests in flight")
        self.loop.call_later(READINESS_PAUSE, self.stop)

    def stop(self):
        print(f"Pause over; draining {in_flight} requests")
        self.should_exit = True  # uvicorn stops accepting, then drains


config = uvicorn.Config(
    app,
    host="127.0.0.1",
    port=0,
    access_log=False,
    timeout_graceful_shutdown=DRAIN,
)
Server(config).run()
