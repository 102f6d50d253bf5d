# requires: Python 3.11+
import asyncio


async def job(how):
    me = asyncio.current_task()
    try:
        if how == "cancel()":
            me.cancel()  # a request, as a timeout or a TaskGroup makes
            await asyncio.sleep(1)
        else:
            raise asyncio.CancelledError  # no request: just the exception
    except asyncio.CancelledError:
        requests = me.cancelling()
        print(f"{how}: cancelling() = {requests}")
        #> cancel(): cancelling() = 1
        #> raise: cancelling() = 0
        raise


async def main():
    for how in ("cancel()", "raise"):
        task = asyncio.create_task(job(how))
        await asyncio.wait({task}, timeout=1)
        state = task.cancelled()
        print(f"{how}: task.cancelled() = {state}")
        #> cancel(): task.cancelled() = True
        #> raise: task.cancelled() = True


asyncio.run(main())
