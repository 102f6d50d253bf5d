# requires: Python 3.12+
import asyncio


async def cached(value):
    return value  # no await: an eager task finishes inside create_task()


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    task = asyncio.create_task(cached(42))
    done = task.done()
    print("done before anything awaited:", done)
    #> done before anything awaited: True
    cancelled = task.cancel()
    print("cancel() came too late:", not cancelled)
    #> cancel() came too late: True
    result = await task
    print("result:", result)
    #> result: 42


asyncio.run(main())
