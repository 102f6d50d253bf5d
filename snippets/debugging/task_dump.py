import asyncio
import signal
import sys


def print_tasks():
    """On SIGUSR1: every task, and the line where its coroutine waits."""
    for task in sorted(asyncio.all_tasks(), key=lambda t: t.get_name()):
        task.print_stack(file=sys.stdout)


async def close_connection():
    await asyncio.Event().wait()  # a peer that never acknowledges the close


async def handler():
    try:
        await asyncio.sleep(3600)  # serving a client
    finally:
        await close_connection()  # cleanup without a bound: the hang


async def main():
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, asyncio.current_task().cancel)
    loop.add_signal_handler(signal.SIGUSR1, print_tasks)  # kill -USR1 <pid>
    task = asyncio.create_task(handler(), name="handler")
    print("Serving; send SIGTERM to stop")
    try:
        await asyncio.Event().wait()
    except asyncio.CancelledError:
        print("Shutting down")
        task.cancel()
        await task
        raise


asyncio.run(main())
