import asyncio

closed_by = []


async def ticks():
    try:
        while True:
            yield
    finally:
        closed_by.append(asyncio.current_task().get_coro().__name__)


async def consumer(gen):
    async for _ in gen:
        await asyncio.sleep(3600)  # cancelled here, outside the generator


async def main():
    gen = ticks()
    task = asyncio.create_task(consumer(gen))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("consumer cancelled; generator closed by:", closed_by)
        #> consumer cancelled; generator closed by: []
    await gen.aclose()  # GeneratorExit at the yield: the finally runs now
    print("after aclose(); generator closed by:", closed_by)
    #> after aclose(); generator closed by: ['main']


asyncio.run(main())
