import asyncio


async def worker():
    print("worker: started")
    #> worker: started
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        print("worker: CancelledError raised at the await")
        #> worker: CancelledError raised at the await
        raise
    print("worker: never printed")


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0)  # let the worker run up to its first await
    task.cancel()
    print("main: cancel() requested")
    #> main: cancel() requested
    try:
        await task
    except asyncio.CancelledError:
        print("main: the task ended cancelled:", task.cancelled())
        #> main: the task ended cancelled: True


asyncio.run(main())
