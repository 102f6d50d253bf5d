import asyncio


async def main():
    task = asyncio.create_task(asyncio.sleep(3600))
    await asyncio.sleep(0)

    accepted = task.cancel()
    print("cancel() accepted:", accepted)
    #> cancel() accepted: True
    print("after cancel(): done", task.done(), "cancelled", task.cancelled())
    #> after cancel(): done False cancelled False

    await asyncio.sleep(0)  # give the task a turn to receive the request
    print("a turn later: done", task.done(), "cancelled", task.cancelled())
    #> a turn later: done True cancelled True

    accepted = task.cancel()
    print("cancel() of a finished task accepted:", accepted)
    #> cancel() of a finished task accepted: False


asyncio.run(main())
