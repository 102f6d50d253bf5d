import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    job = loop.run_in_executor(None, blocking)
    print("main: waiting for the thread")
    await job


def blocking():
    time.sleep(1.0)
    print("thread: done")


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("Bye!")
