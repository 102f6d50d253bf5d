import asyncio


async def worker():
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError as e:
        print("inside the task:", repr(e))
        #> inside the task: CancelledError('shutting down')
        raise


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0)
    task.cancel("shutting down")
    try:
        await task
    except asyncio.CancelledError as e:
        print("the caller sees:", repr(e))
        #> the caller sees: CancelledError('shutting down')


asyncio.run(main())
