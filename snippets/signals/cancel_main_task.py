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
    main_task = asyncio.current_task()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, main_task.cancel)
    jobs = [
        asyncio.create_task(job(1, 0.5)),  # ends within the deadline
        asyncio.create_task(job(2, 60)),  # does not
    ]
    print("Running; press Ctrl-C or send SIGTERM to stop")
    try:
        await asyncio.Event().wait()  # serve until a signal cancels main
    finally:
        print(f"Shutting down: {DEADLINE} s for the jobs to finish")
        pending = set()
        if jobs:  # asyncio.wait() raises ValueError on an empty set
            _, pending = await asyncio.wait(jobs, timeout=DEADLINE)
        for task in pending:
            task.cancel()
        if pending:  # bounded too: a job may be slow to end
            await asyncio.wait(pending, timeout=DEADLINE)
        print("main: cleanup done")


try:
    asyncio.run(main())
except asyncio.CancelledError:
    print("Stopped by a signal")
