import asyncio


async def ok(value):
    await asyncio.sleep(0.01)
    return value


async def broken():
    await asyncio.sleep(0.01)
    raise ValueError("bad response")


async def main():
    results = await asyncio.gather(
        ok(1), broken(), ok(3), return_exceptions=True
    )
    print(results)
    #> [1, ValueError('bad response'), 3]
    for result in results:
        if isinstance(result, Exception):
            error = repr(result)
            print("failed:", error)
            #> failed: ValueError('bad response')


asyncio.run(main())
