import asyncio
import faulthandler
import threading

flushed = threading.Event()  # set by a writer thread that has already died


async def handler():
    try:
        await asyncio.sleep(3600)  # serving a client
    finally:
        flushed.wait()  # a blocking call in cleanup: the event loop stops too


async def main():
    task = asyncio.create_task(handler(), name="handler")
    await asyncio.sleep(0)
    print("Shutting down")
    # Not over in 0.5 s: print every thread's stack, and exit with status 1.
    faulthandler.dump_traceback_later(0.5, exit=True)
    task.cancel()
    done, pending = await asyncio.wait({task}, timeout=0.1)
    print("asyncio's timeout: still pending:", len(pending))  # never printed
    faulthandler.cancel_dump_traceback_later()


asyncio.run(main())
