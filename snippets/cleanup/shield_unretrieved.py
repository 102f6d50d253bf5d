import asyncio
import gc


async def finish_even_if_cancelled(coro, grace):
    """The first version: let coro finish if we are cancelled."""
    inner = asyncio.ensure_future(coro)
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        done, _ = await asyncio.wait({inner}, timeout=grace)
        if not done:
            inner.cancel()
        raise


async def save():
    await asyncio.sleep(0.05)
    raise OSError("disk full")  # the save fails during the grace period


def report(loop, context):
    print("event loop:", context["message"])
    #> event loop: Task exception was never retrieved


async def main():
    asyncio.get_running_loop().set_exception_handler(report)
    task = asyncio.create_task(finish_even_if_cancelled(save(), grace=1))
    await asyncio.sleep(0)
    task.cancel()
    await asyncio.wait({task}, timeout=2)
    state = task.cancelled()
    print("the caller sees: cancelled =", state)
    #> the caller sees: cancelled = True
    del task
    gc.collect()  # the inner task is collected: only now is its failure seen


asyncio.run(main())
