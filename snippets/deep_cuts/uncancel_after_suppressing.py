# requires: Python 3.11+
import asyncio


async def worker(uncancel):
    me = asyncio.current_task()
    try:
        async with asyncio.timeout(0.05):  # entered with no request pending
            try:
                await asyncio.sleep(3600)  # cancelled from outside here
            except asyncio.CancelledError:
                if uncancel:
                    me.uncancel()  # withdraw the request we chose to ignore
            await asyncio.sleep(3600)  # then the timeout expires
    except TimeoutError:
        return "TimeoutError"


async def run(uncancel):
    task = asyncio.create_task(worker(uncancel))
    await asyncio.sleep(0)
    task.cancel()
    try:
        return await task
    except asyncio.CancelledError:
        return "CancelledError"


async def main():
    result = await run(uncancel=False)
    print("suppressed without uncancel(), the timeout gives:", result)
    #> suppressed without uncancel(), the timeout gives: CancelledError
    result = await run(uncancel=True)
    print("suppressed with uncancel(), the timeout gives:", result)
    #> suppressed with uncancel(), the timeout gives: TimeoutError


asyncio.run(main())
