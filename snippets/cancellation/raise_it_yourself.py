import asyncio


async def job():
    await asyncio.sleep(0)
    raise asyncio.CancelledError  # the task gives itself up


async def main():
    task = asyncio.create_task(job())
    try:
        await task
    except asyncio.CancelledError:
        print("awaiting the task raised CancelledError")
        #> awaiting the task raised CancelledError
    print("task.cancelled():", task.cancelled())
    #> task.cancelled(): True


asyncio.run(main())
