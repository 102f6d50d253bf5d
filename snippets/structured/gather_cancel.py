import asyncio


async def child(name):
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        print(name, "cancelled")
        #> a cancelled
        #> b cancelled
        raise


async def main():
    children = [asyncio.create_task(child(n)) for n in ("a", "b")]
    group = asyncio.gather(*children)
    await asyncio.sleep(0)
    group.cancel()
    try:
        await group
    except asyncio.CancelledError:
        print("gather cancelled")
        #> gather cancelled
    states = [c.cancelled() for c in children]
    print("children cancelled:", states)
    #> children cancelled: [True, True]


asyncio.run(main())
