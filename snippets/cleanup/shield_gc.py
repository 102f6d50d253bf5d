import asyncio
import gc


async def save():
    # Waits for a future that nothing but this coroutine refers to.
    reply = asyncio.get_running_loop().create_future()
    await reply


async def handler():
    await asyncio.shield(save())  # the inner task is not referenced


async def main():
    reports = []
    asyncio.get_running_loop().set_exception_handler(
        lambda loop, context: reports.append(context["message"])
    )
    task = asyncio.create_task(handler())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        pass
    print("handler cancelled:", task.cancelled())
    #> handler cancelled: True
    gc.collect()  # a collection that happens to run now
    print("asyncio reported:", reports)
    #> asyncio reported: ['Task was destroyed but it is pending!']


asyncio.run(main())
