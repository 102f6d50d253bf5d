import asyncio


async def save():
    await asyncio.sleep(0.1)  # stands in for a database write


async def handler(saving):
    await asyncio.shield(saving)
    print("handler: after the save")  # not reached: the handler is cancelled


async def main():
    saving = asyncio.create_task(save())
    task = asyncio.create_task(handler(saving))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        pass
    print("handler cancelled:", task.cancelled())
    #> handler cancelled: True
    print("save finished:", saving.done())
    #> save finished: False
    await asyncio.wait_for(saving, timeout=5)  # it goes on without us
    print("save finished:", saving.done())
    #> save finished: True


asyncio.run(main())
