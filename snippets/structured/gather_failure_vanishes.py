import asyncio
import gc


async def fails_first():
    await asyncio.sleep(0.05)
    raise ValueError("first failure")


async def fails_later():
    await asyncio.sleep(0.2)
    print("second child: raising OSError")
    raise OSError("second failure, after gather raised")


async def main():
    try:
        await asyncio.gather(fails_first(), fails_later())
    except ValueError as exc:
        print("gather raised", repr(exc))
    await asyncio.sleep(0.5)  # the second child fails meanwhile
    gc.collect()  # a failure nobody retrieved would be reported now
    print("main is done; nothing reported the OSError")


asyncio.run(main())
