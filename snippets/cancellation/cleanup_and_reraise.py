import asyncio


class Connection:
    def __init__(self):
        print("connection opened")
        #> connection opened

    def close(self):
        print("connection closed")
        #> connection closed


async def worker():
    conn = Connection()
    try:
        await asyncio.sleep(3600)  # using the connection
    finally:
        conn.close()  # runs on success, error and cancellation alike


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main: task.cancelled() is", task.cancelled())
        #> main: task.cancelled() is True


asyncio.run(main())
