import asyncio


async def finish_even_if_cancelled(coro, grace):
    """Await coro; if we are cancelled, let it finish (up to grace s)."""
    inner = asyncio.ensure_future(coro)  # our own strong reference
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        done, _ = await asyncio.wait({inner}, timeout=grace)
        if not done:
            inner.cancel()  # out of time: give up on it
        raise  # and stay cancelled


async def save():
    await asyncio.sleep(0.1)  # stands in for a database write
    print("save: done")
    #> save: done


async def handler():
    await finish_even_if_cancelled(save(), grace=2)
    print("handler: after the save")  # not reached: the handler is cancelled


async def main():
    task = asyncio.create_task(handler())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        pass
    print("handler cancelled:", task.cancelled())
    #> handler cancelled: True


asyncio.run(main())
