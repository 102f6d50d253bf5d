# requires: Python 3.11+
import asyncio


async def worker():
    try:
        async with asyncio.timeout(0):  # expired already: it cancels us soon
            await asyncio.sleep(3600)
    except TimeoutError:
        return "TimeoutError, handled inside the worker"


async def run(outside_cancel):
    task = asyncio.create_task(worker())
    await asyncio.sleep(0)  # the worker enters the timeout and waits
    if outside_cancel:
        task.cancel()  # someone else asks too, before the worker resumes
    try:
        return await task
    except asyncio.CancelledError:
        # the timeout withdrew its own request; this one is left
        return f"cancelled, requests left: {task.cancelling()}"


async def main():
    result = await run(outside_cancel=False)
    print("timeout alone:", result)
    #> timeout alone: TimeoutError, handled inside the worker
    result = await run(outside_cancel=True)
    print("timeout + outside cancel():", result)
    #> timeout + outside cancel(): cancelled, requests left: 1


asyncio.run(main())
