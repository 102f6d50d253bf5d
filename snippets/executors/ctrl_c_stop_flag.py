import asyncio
import threading


async def main():
    loop = asyncio.get_running_loop()
    stop = threading.Event()
    try:
        job = loop.run_in_executor(None, blocking, stop)
        print("main: waiting for the thread")
        await job
    finally:
        stop.set()


def blocking(stop):
    for _ in range(10):  # 1 s of work, in steps of 0.1 s
        if stop.wait(0.1):
            print("thread: asked to stop, stopping")
            return
    print("thread: done")


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("Bye!")
