# requires: Python 3.11+
import asyncio


async def fails():
    await asyncio.sleep(0.01)
    raise ValueError("boom")


async def sibling():
    try:
        await asyncio.sleep(3600)
    finally:
        print("sibling: cancelled, cleaning up")
        #> sibling: cancelled, cleaning up


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling())
            tg.create_task(fails())
    except ExceptionGroup as group:  # noqa: F821 (built in since 3.11)
        errors = repr(group.exceptions)
        print("main: caught", errors)
        #> main: caught (ValueError('boom'),)


asyncio.run(main())
