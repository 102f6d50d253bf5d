# requires: Python 3.11+
import asyncio


async def child():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as cancelled:
        raise ValueError("cleanup failed") from cancelled  # while cancelled


async def host():
    me = asyncio.current_task()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            await asyncio.sleep(1)
    except* ValueError:
        print("host: the group raised ValueError")
        #> host: the group raised ValueError
    if me.cancelling():  # a request is still pending: 3.11 and 3.12 lost it
        raise asyncio.CancelledError
    print("host: carries on")


async def main():
    task = asyncio.create_task(host())
    await asyncio.sleep(0.01)
    task.cancel()
    await asyncio.wait({task}, timeout=1)
    state = task.cancelled()
    print("host cancelled:", state)
    #> host cancelled: True


asyncio.run(main())
