import asyncio


async def main():
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.05)
    except asyncio.TimeoutError as exc:
        builtin = isinstance(exc, TimeoutError)
        print("wait_for: asyncio.TimeoutError, built-in too:", builtin)
        #> wait_for: asyncio.TimeoutError, built-in too: False


asyncio.run(main())
