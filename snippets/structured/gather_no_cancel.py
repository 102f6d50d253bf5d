import asyncio


async def slow():
    await asyncio.sleep(0.2)
    return "slow result"


async def broken():
    await asyncio.sleep(0.05)
    raise ValueError("bad response")


async def main():
    sibling = asyncio.create_task(slow())
    try:
        await asyncio.gather(sibling, broken())
    except ValueError as exc:
        error = repr(exc)
        print("gather raised", error)
        #> gather raised ValueError('bad response')
    running = not sibling.done()
    print("sibling still running:", running)
    #> sibling still running: True
    result = await sibling  # nobody cancelled it: it runs to the end
    print("sibling finished anyway:", result)
    #> sibling finished anyway: slow result


asyncio.run(main())
