import asyncio
import sys


def where(task):
    """Where a pending task waits: its whole await chain on 3.14+."""
    if sys.version_info >= (3, 14):
        return asyncio.format_call_graph(task)
    frame = task.get_stack()[0]  # older: the frame it is suspended in
    return f"{task.get_name()} waits in line {frame.f_lineno}"


async def close_connection():
    await asyncio.Event().wait()  # a peer that never acknowledges the close


async def handler():
    try:
        await asyncio.sleep(3600)
    finally:
        await close_connection()


async def main():
    task = asyncio.create_task(handler(), name="handler")
    await asyncio.sleep(0)
    task.cancel()  # the shutdown starts...
    done, pending = await asyncio.wait({task}, timeout=0.1)
    for stuck in pending:  # ...and the watchdog reports what is still running
        print(where(stuck))
        stuck.cancel()  # then gives up on it
    await asyncio.wait(pending, timeout=0.1)


asyncio.run(main())
