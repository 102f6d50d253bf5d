import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def lease_without_finally():
    print("lease A: acquired")
    #> lease A: acquired
    yield
    print("lease A: released")  # skipped when the body raises


@asynccontextmanager
async def lease():
    print("lease B: acquired")
    #> lease B: acquired
    try:
        yield
    finally:
        print("lease B: released")  # runs on cancellation too
        #> lease B: released


async def use(make_lease):
    async with make_lease():
        await asyncio.sleep(3600)  # using the resource


async def cancelled(coro):
    task = asyncio.create_task(coro)
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        pass
    return task.cancelled()


async def main():
    a = await cancelled(use(lease_without_finally))
    b = await cancelled(use(lease))
    print("A cancelled:", a)
    #> A cancelled: True
    print("B cancelled:", b)
    #> B cancelled: True


asyncio.run(main())
