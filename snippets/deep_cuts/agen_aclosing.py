import asyncio
from contextlib import aclosing

closed_by = []


async def ticks():
    try:
        while True:
            yield
    finally:
        closed_by.append(asyncio.current_task().get_coro().__name__)


async def consumer():
    async with aclosing(ticks()) as gen:  # aclose() on the way out
        async for _ in gen:
            await asyncio.sleep(3600)  # cancelled here


async def main():
    task = asyncio.create_task(consumer())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("consumer cancelled; generator closed by:", closed_by)
        #> consumer cancelled; generator closed by: ['consumer']


asyncio.run(main())
