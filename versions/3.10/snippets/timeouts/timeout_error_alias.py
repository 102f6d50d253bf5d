import asyncio


async def main():
    try:
        await asyncio.wait_for(asyncio.sleep(3600), timeout=0.05)
    except asyncio.TimeoutError as exc:
        caught = exc
    kind = type(caught)
    print("wait_for raised", f"{kind.__module__}.{kind.__qualname__}")
    #> wait_for raised asyncio.exceptions.TimeoutError
    same = asyncio.TimeoutError is TimeoutError
    print("asyncio.TimeoutError is TimeoutError:", same)
    #> asyncio.TimeoutError is TimeoutError: False
    builtin = isinstance(caught, TimeoutError)
    print("`except TimeoutError` would catch it:", builtin)
    #> `except TimeoutError` would catch it: False


asyncio.run(main())
