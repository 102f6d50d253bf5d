import asyncio


async def worker():
    try:
        await asyncio.sleep(3600)
    finally:
        print("cleanup: flushing")
        #> cleanup: flushing
        try:
            await asyncio.sleep(0.01)  # e.g. flush a buffer to the network
        except asyncio.CancelledError:
            print("cleanup: the flush was cancelled")
            raise
        print("cleanup: flushed")
        #> cleanup: flushed


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0)  # let the worker start
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main: task.cancelled() is", task.cancelled())
        #> main: task.cancelled() is True


asyncio.run(main())
