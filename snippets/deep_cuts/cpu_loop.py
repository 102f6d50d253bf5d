import asyncio
import time


async def count(seconds):
    n = 0
    end = time.monotonic() + seconds
    while time.monotonic() < end:  # CPU work: no await inside the loop
        n += 1
    print("count: loop finished; nothing could stop it")
    #> count: loop finished; nothing could stop it
    try:
        await asyncio.sleep(1)  # the first await: here the request lands
    except asyncio.CancelledError:
        print("count: CancelledError at the first await after the loop")
        #> count: CancelledError at the first await after the loop
        raise
    print("count: never printed")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    task = asyncio.create_task(count(0.3))
    # main is due back after 0.05 s, but resumes only when count waits
    await asyncio.sleep(0.05)
    late = loop.time() - start >= 0.3
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main: cancel() could run only after the whole loop:", late)
        #> main: cancel() could run only after the whole loop: True


asyncio.run(main())
