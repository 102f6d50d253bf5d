# requires: Python 3.11+
import asyncio
import signal

DEADLINE = 1.0  # seconds that in-flight work gets after the signal


async def job(n, seconds):
    try:
        await asyncio.sleep(seconds)  # stands in for real work
        print(f"job {n}: finished")
    except asyncio.CancelledError:
        print(f"job {n}: cancelled")
        raise


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        async with asyncio.timeout(None) as deadline:  # no deadline yet
            async with asyncio.TaskGroup() as tg:
                tg.create_task(job(1, 0.5))
                tg.create_task(job(2, 60))
                print("Running; press Ctrl-C or send SIGTERM to stop")
                await stop.wait()
                print(f"Shutting down: {DEADLINE} s for the jobs to finish")
                deadline.reschedule(loop.time() + DEADLINE)
            # leaving the TaskGroup waits for every job, up to the deadline
    except TimeoutError:
        print("Deadline passed; the TaskGroup cancelled the rest")
    finally:
        print("main: cleanup done")


asyncio.run(main())
