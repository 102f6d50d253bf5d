import asyncio


async def fetch():
    try:
        await asyncio.sleep(3600)  # a reply that never comes
    except asyncio.CancelledError:
        print("fetch: cancelled")
        #> fetch: cancelled
        raise


async def main():
    try:
        await asyncio.wait_for(fetch(), timeout=0.05)
    except asyncio.TimeoutError as exc:
        name = type(exc).__name__
        cause = type(exc.__cause__).__name__
        print("main:", name, "caused by", cause)
        #> main: TimeoutError caused by CancelledError


asyncio.run(main())
