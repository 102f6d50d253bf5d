import asyncio
import logging

import uvicorn
from fastapi import FastAPI
from fastapi.responses import StreamingResponse

app = FastAPI()
in_flight = 0


@app.post("/work")
async def work():
    global in_flight
    in_flight += 1
    print(f"in flight: {in_flight}")
    await asyncio.sleep(3)  # longer than the shutdown allows
    return {"done": True}


async def ticks():
    print("stream started")
    while True:
        yield b"tick\n"
        await asyncio.sleep(0.2)


@app.post("/stream")
async def stream():
    return StreamingResponse(ticks(), media_type="text/plain")


def last_line_only(record):  # of a traceback, to keep the transcript short
    if record.exc_info:
        exc = record.exc_info[1]
        record.msg = f"{record.msg}{type(exc).__name__}: {exc}"
        record.exc_info = None
    return True


logging.getLogger("uvicorn.error").addFilter(last_line_only)
# after SIGTERM, wait at most 1 s for the requests in flight, then cancel
uvicorn.run(app, host="127.0.0.1", port=0, timeout_graceful_shutdown=1)
