import asyncio


async def finish_even_if_cancelled(coro, grace):
    """Await coro; if we are cancelled, let it finish (up to grace s)."""
    inner = asyncio.ensure_future(coro)  # our own strong reference
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError as cancelled:
        done, _ = await asyncio.wait({inner}, timeout=grace)
        if not done:
            inner.cancel()  # out of time: give up on it...
            await asyncio.wait({inner}, timeout=grace)  # ...and let it unwind
        if inner.done() and not inner.cancelled() and inner.exception():
            raise inner.exception() from cancelled  # its failure wins
        raise  # otherwise stay cancelled


async def save(seconds, fails=False):
    try:
        await asyncio.sleep(seconds)  # stands in for a database write
        if fails:
            raise OSError("disk full")
        print("save: done")
        #> save: done
    except asyncio.CancelledError:
        print("save: cancelled, rolled back")
        #> save: cancelled, rolled back
        raise


async def main():
    cases = {"finishes": save(0.05), "fails": save(0.05, fails=True)}
    cases["too slow"] = save(1)
    for name, coro in cases.items():
        task = asyncio.create_task(finish_even_if_cancelled(coro, grace=0.2))
        await asyncio.sleep(0)
        task.cancel()
        await asyncio.wait({task}, timeout=2)
        outcome = "cancelled" if task.cancelled() else repr(task.exception())
        print(f"{name}: the caller sees {outcome}")
        #> finishes: the caller sees cancelled
        #> fails: the caller sees OSError('disk full')
        #> too slow: the caller sees cancelled


asyncio.run(main())
