import asyncio
import time

start = time.monotonic()


def elapsed():
    return f"{round(time.monotonic() - start)} s"


async def main():
    loop = asyncio.get_running_loop()
    loop.run_in_executor(None, blocking)  # not awaited: it outlives main
    print(elapsed(), "Hello!")
    #> 0 s Hello!
    await asyncio.sleep(0.1)
    print(elapsed(), "Goodbye!")
    #> 0 s Goodbye!


def blocking():
    time.sleep(1.0)
    print(elapsed(), "Hello from a thread!")
    #> 1 s Hello from a thread!


asyncio.run(main())
print(elapsed(), "asyncio.run returned")
#> 1 s asyncio.run returned
