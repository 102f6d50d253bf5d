import asyncio


async def worker(stop):
    await stop.wait()  # stands in for: work until asked to stop
    print("worker: stopped cleanly")


async def main():
    stop = asyncio.Event()
    task = asyncio.create_task(worker(stop))
    print("Running; press Ctrl-C to stop")
    try:
        await asyncio.sleep(3600)  # stands in for serving
    finally:
        print("main: finally; asking the worker to stop")
        stop.set()
        await asyncio.wait([task], timeout=1)
        print("main: was the worker cancelled?", task.cancelled())


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt")
