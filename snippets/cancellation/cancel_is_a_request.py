import asyncio


async def main():
    task = asyncio.create_task(asyncio.sleep(3600))
    await asyncio.sleep(0)

    accepted = task.cancel()
    print("cancel() accepted:", accepted)
    #> cancel() accepted: True
    print("right after cancel(): done", task.done(), "cancelled", task.cancelled())
    #> right after cancel(): done False cancelled False

    await asyncio.sleep(0)  # give the task a turn to receive the request
    print("one turn later: done", task.done(), "cancelled", task.cancelled())
    #> one turn later: done True cancelled True

    accepted = task.cancel()
    print("cancel() on a finished task accepted:", accepted)
    #> cancel() on a finished task accepted: False


asyncio.run(main())
