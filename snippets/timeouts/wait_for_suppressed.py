import asyncio


async def stubborn():
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        return 42  # swallows the cancellation and returns a value


async def main():
    try:
        result = await asyncio.wait_for(stubborn(), timeout=0.05)
    except asyncio.TimeoutError:
        print("TimeoutError")
    else:
        print("no TimeoutError; wait_for returned", result)
        #> no TimeoutError; wait_for returned 42


asyncio.run(main())
