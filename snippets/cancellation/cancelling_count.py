# requires: Python 3.11+
import asyncio


async def main():
    task = asyncio.create_task(asyncio.sleep(3600))
    await asyncio.sleep(0)
    task.cancel()
    task.cancel()  # a second request before the first is delivered
    print("requests pending:", task.cancelling())
    #> requests pending: 2
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled once:", task.cancelled())
        #> cancelled once: True


asyncio.run(main())
