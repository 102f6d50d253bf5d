import asyncio
import time


async def count(seconds):
    n = 0
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        n += 1
        if n % 1000 == 0:  # a checkpoint: other tasks run, cancel lands
            await asyncio.sleep(0)
    print("count: never printed")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    task = asyncio.create_task(count(1))
    await asyncio.sleep(0.05)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        early = loop.time() - start < 0.5
        print("main: cancelled long before the loop's end:", early)
        #> main: cancelled long before the loop's end: True


asyncio.run(main())
