import asyncio

import uvicorn
from fastapi import FastAPI
from fastapi.responses import StreamingResponse

app = FastAPI()


async def ticks():
    print("stream started")
    while True:  # a feed that never ends: the client reads it until it leaves
        yield b"tick\n"
        await asyncio.sleep(0.2)


@app.post("/stream")
async def stream():
    return StreamingResponse(ticks(), media_type="text/plain")


uvicorn.run(app, host="127.0.0.1", port=0)
