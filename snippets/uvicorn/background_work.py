import asyncio

import uvicorn
from fastapi import BackgroundTasks, FastAPI

app = FastAPI()


async def send_receipt():
    await asyncio.sleep(1)
    print("BackgroundTasks: receipt sent")


async def update_stats():
    try:
        await asyncio.sleep(2)
        print("create_task: stats updated")
    except asyncio.CancelledError:
        print("create_task: cancelled")
        raise
    finally:
        print("create_task: finally")


@app.post("/order")
async def order(background_tasks: BackgroundTasks):
    background_tasks.add_task(send_receipt)  # after the response
    asyncio.create_task(update_stats())  # on its own: nobody waits for it
    print("order: answered")
    return {"ordered": True}


uvicorn.run(app, host="127.0.0.1", port=0, access_log=False)
