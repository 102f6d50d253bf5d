# requires: Python 3.11+
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.05) as deadline:
            await asyncio.sleep(1)
    except TimeoutError:
        expired = deadline.expired()
        print("asyncio.timeout: TimeoutError, expired() is", expired)
        #> asyncio.timeout: TimeoutError, expired() is True

    # No "move on" form: catch the TimeoutError and carry on.
    try:
        async with asyncio.timeout(0.05):
            await asyncio.sleep(1)
    except TimeoutError:
        pass
    print("main carries on")
    #> main carries on


asyncio.run(main())
