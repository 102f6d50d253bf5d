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
        for frame in stuck.get_stack():
            where = f"{frame.f_code.co_name}, line {frame.f_lineno}"
            print(f"{stuck.get_name()} waits in {where}")
            #> handler waits in handler, line 12
    for stuck in pending:
        stuck.cancel()
    await asyncio.wait(pending, timeout=0.1)


asyncio.run(main())
