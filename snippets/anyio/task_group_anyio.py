import sys

import anyio

if sys.version_info < (3, 11):
    from exceptiongroup import ExceptionGroup  # a dependency of anyio there


async def fails():
    await anyio.sleep(0.01)
    raise ValueError("boom")


async def sibling():
    try:
        await anyio.sleep(3600)
    finally:
        print("sibling: cancelled, cleaning up")
        #> sibling: cancelled, cleaning up


async def main():
    try:
        async with anyio.create_task_group() as tg:
            tg.start_soon(sibling)
            tg.start_soon(fails)
    except ExceptionGroup as group:
        errors = repr(group.exceptions)
        print("main: caught", errors)
        #> main: caught (ValueError('boom'),)


anyio.run(main, backend="asyncio")
