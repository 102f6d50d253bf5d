# requires: Python 3.14+
import asyncio


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
    task.cancel()
    done, pending = await asyncio.wait({task}, timeout=0.1)
    for stuck in pending:  # a shutdown watchdog: say where each task waits
        graph = asyncio.format_call_graph(stuck)
        print(graph)
    for stuck in pending:
        stuck.cancel()  # this time the cleanup gives up: leave no task behind
    await asyncio.wait(pending, timeout=0.1)


asyncio.run(main())
