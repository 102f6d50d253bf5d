import asyncio

import uvicorn
from fastapi import FastAPI

WORK = 1.0  # seconds each request takes
app = FastAPI()
in_flight = 0


@app.post("/work")
async def work():
    global in_flight
    in_flight += 1
    print(f"in flight: {in_flight}")
    try:
        await asyncio.sleep(WORK)  # stands in for the real work
        return {"done": True}
    finally:
        in_flight -= 1


# as most services run it: uvicorn's own signal handling, its defaults
uvicorn.run(app, host="127.0.0.1", port=0)
