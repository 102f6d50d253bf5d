# requires: Python 3.11+
import asyncio


async def download(name, seconds):
    try:
        await asyncio.sleep(seconds)
        print(name, "finished")
        #> fast finished
    except asyncio.CancelledError:
        print(name, "cancelled")
        #> slow cancelled
        raise


async def broken():
    await asyncio.sleep(0.05)
    raise ValueError("bad response")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(download("fast", 0.01))
            tg.create_task(download("slow", 3600))
            tg.create_task(broken())
    except* ValueError as group:
        kind = type(group).__name__
        print("caught", kind, "-", group.message)
        #> caught ExceptionGroup - unhandled errors in a TaskGroup
        inside = repr(group.exceptions)
        print("inside it:", inside)
        #> inside it: (ValueError('bad response'),)


asyncio.run(main())
