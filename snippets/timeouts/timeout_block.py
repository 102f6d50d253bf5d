# requires: Python 3.11+
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.05) as cm:
            try:
                await asyncio.sleep(3600)
            except asyncio.CancelledError:
                print("inside the block: CancelledError")
                #> inside the block: CancelledError
                raise
    except TimeoutError:
        print("outside the block: TimeoutError")
        #> outside the block: TimeoutError
    expired = cm.expired()
    print("expired:", expired)
    #> expired: True


asyncio.run(main())
