import asyncio
import logging
from contextlib import asynccontextmanager

import uvicorn
from fastapi import FastAPI, Request

WORK = 1.0  # seconds each query takes


class Pool:
    """Stands in for a connection pool (asyncpg's, an HTTP client's)."""

    def __init__(self):
        self.terminated = False

    async def query(self):
        await asyncio.sleep(WORK)
        if self.terminated:
            raise ConnectionError("connection closed in the middle of a query")

    def terminate(self):  # closes every connection at once, in use or not
        self.terminated = True
        print("pool: terminated")


pool = Pool()


@asynccontextmanager
async def lifespan(app):
    print("pool: open")
    yield {"pool": pool}


app = FastAPI(lifespan=lifespan)
in_flight = 0


@app.post("/work")
async def work(request: Request):
    global in_flight
    in_flight += 1
    print(f"in flight: {in_flight}")
    await request.state.pool.query()
    return {"done": True}


class Server(uvicorn.Server):
    def handle_exit(self, sig, frame):
        pool.terminate()  # wrong place: before the drain, not after it
        super().handle_exit(sig, frame)


def last_line_only(record):  # of a traceback, to keep the transcript short
    if record.exc_info:
        exc = record.exc_info[1]
        record.msg = f"{record.msg}{type(exc).__name__}: {exc}"
        record.exc_info = None
    return True


logging.getLogger("uvicorn.error").addFilter(last_line_only)
config = uvicorn.Config(app, host="127.0.0.1", port=0, access_log=False)
Server(config).run()
