import asyncio
from contextlib import asynccontextmanager

import uvicorn
from fastapi import FastAPI, Request

WORK = 1.0  # seconds each query takes
CLOSE = 1.0  # the longest the pool may take to close


class Pool:
    """Stands in for a connection pool (asyncpg's, an HTTP client's)."""

    async def query(self):
        await asyncio.sleep(WORK)

    async def close(self):  # waits for connections to be given back
        await asyncio.sleep(0.1)
        print("pool: closed")

    def terminate(self):  # closes them at once, in use or not
        print("pool: terminated")


@asynccontextmanager
async def lifespan(app):
    pool = Pool()
    print("pool: open")
    try:
        yield {"pool": pool}  # request.state.pool in every request
    finally:  # after uvicorn's drain: no request uses the pool any more
        try:
            await asyncio.wait_for(pool.close(), CLOSE)
        except asyncio.TimeoutError:
            pool.terminate()


app = FastAPI(lifespan=lifespan)
in_flight = 0


@app.post("/work")
async def work(request: Request):
    global in_flight
    in_flight += 1
    print(f"in flight: {in_flight}")
    await request.state.pool.query()
    return {"done": True}


uvicorn.run(app, host="127.0.0.1", port=0, access_log=False)
