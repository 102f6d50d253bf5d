import asyncio


async def save():
    try:
        await asyncio.sleep(0.2)  # stands in for a database write
        print("save: done")
    except asyncio.CancelledError:
        print("save: cancelled by asyncio.run")
        #> save: cancelled by asyncio.run
        raise


async def main():
    saving = asyncio.create_task(save())
    try:
        await asyncio.wait_for(asyncio.shield(saving), timeout=0.05)
    except asyncio.TimeoutError:
        pass  # stop waiting and return, and let the save finish... or not
    return saving


saving = asyncio.run(main())
print("save cancelled:", saving.cancelled())
#> save cancelled: True
