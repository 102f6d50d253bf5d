import asyncio
import threading
import time

start = time.monotonic()


def elapsed():
    return f"{round(time.monotonic() - start)} s"


def blocking(stop):
    for _ in range(10):  # 1 s of work, in steps of 0.1 s
        if stop.wait(0.1):  # a bounded wait that returns early on stop
            print(elapsed(), "thread: asked to stop, stopping")
            #> 0 s thread: asked to stop, stopping
            return
    print(elapsed(), "thread: done")


async def run_blocking():
    stop = threading.Event()
    try:
        await asyncio.to_thread(blocking, stop)
    finally:
        stop.set()  # cancelled (or finished): tell the thread to stop


async def main():
    task = asyncio.create_task(run_blocking())
    await asyncio.sleep(0.1)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)


asyncio.run(main())
print(elapsed(), "asyncio.run returned")
#> 0 s asyncio.run returned
