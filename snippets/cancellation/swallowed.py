import asyncio


async def worker():
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        print("worker: cancelled!")  # ...and the request is swallowed here
        #> worker: cancelled!
    return "done"


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0)
    task.cancel()
    result = await task  # the caller expected CancelledError here
    print("main: await returned", repr(result))
    #> main: await returned 'done'
    print("main: task.cancelled() is", task.cancelled())
    #> main: task.cancelled() is False


asyncio.run(main())
