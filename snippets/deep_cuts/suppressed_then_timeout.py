# requires: Python 3.11+
import asyncio


async def worker():
    me = asyncio.current_task()
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        pass  # suppressed, and no uncancel()
    left = me.cancelling()
    print("worker: cancellation suppressed; requests left:", left)
    #> worker: cancellation suppressed; requests left: 1
    try:
        async with asyncio.timeout(0.01):  # a later, unrelated timeout
            await asyncio.sleep(3600)
    except TimeoutError:
        print("worker: TimeoutError")
        #> worker: TimeoutError


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0)
    task.cancel()
    await task
    print("main: worker finished normally:", not task.cancelled())
    #> main: worker finished normally: True


asyncio.run(main())
