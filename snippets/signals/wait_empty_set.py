import asyncio
import signal


async def main():
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, asyncio.current_task().cancel)
    jobs = set()  # nothing in flight when the signal comes: the common case
    print("Running; send SIGTERM to stop")
    try:
        await asyncio.Event().wait()
    finally:
        print("Shutting down")
        await asyncio.wait(jobs, timeout=1.0)  # no guard for an empty set
        print("main: cleanup done")


try:
    asyncio.run(main())
except asyncio.CancelledError:
    print("Stopped by a signal")
