# requires: Python 3.11+
import asyncio


async def child():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as cancelled:
        raise ValueError("cleanup failed") from cancelled  # while cancelled


async def host():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            await asyncio.sleep(1)
    except* ValueError:
        print("host: the group raised ValueError")
        #> host: the group raised ValueError
    try:
        await asyncio.sleep(0.1)
        print("host: carries on, its cancellation lost")
    except asyncio.CancelledError:
        print("host: cancelled, as it was asked")
        #> host: cancelled, as it was asked
        raise


async def main():
    task = asyncio.create_task(host())
    await asyncio.sleep(0.01)
    task.cancel()  # e.g. a SIGTERM handler cancelling the main task
    await asyncio.wait({task}, timeout=1)
    state = task.cancelled()
    print("host cancelled:", state)
    #> host cancelled: True


asyncio.run(main())
