import asyncio
import time

start = time.monotonic()


def elapsed():
    return f"{round(time.monotonic() - start)} s"


async def main():
    loop = asyncio.get_running_loop()
    future = loop.run_in_executor(None, blocking)
    await asyncio.sleep(0.1)
    print(elapsed(), "main: cancel() returned", future.cancel())
    #> 0 s main: cancel() returned True
    try:
        await future
    except asyncio.CancelledError:
        print(elapsed(), "main: CancelledError, the future is cancelled")
        #> 0 s main: CancelledError, the future is cancelled


def blocking():
    time.sleep(1.0)
    print(elapsed(), "thread: ran to the end anyway")
    #> 1 s thread: ran to the end anyway


asyncio.run(main())
print(elapsed(), "asyncio.run returned")
#> 1 s asyncio.run returned
