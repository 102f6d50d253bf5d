# requires: Python 3.15+
import asyncio


async def mirror(name, seconds, tg, results):
    try:
        await asyncio.sleep(seconds)  # stands in for a download
        results.append(name)
        tg.cancel()  # the first answer is enough: stop the others
    except asyncio.CancelledError:
        print(f"{name}: cancelled")
        #> slow: cancelled
        raise


async def main():
    results = []
    async with asyncio.TaskGroup() as tg:
        tg.create_task(mirror("fast", 0.01, tg, results))
        tg.create_task(mirror("slow", 1, tg, results))
    print("results:", results)  # the group ends without an exception
    #> results: ['fast']


asyncio.run(main())
