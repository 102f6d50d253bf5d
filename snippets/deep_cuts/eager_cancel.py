# requires: Python 3.12+
import asyncio

steps = []


async def worker():
    steps.append("started")
    try:
        await asyncio.sleep(3600)  # the first await: create_task() returns
    finally:
        steps.append("finally")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    task = asyncio.create_task(worker())
    print("after create_task():", steps)
    #> after create_task(): ['started']
    task.cancel()  # lands at the worker's first await
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled:", task.cancelled())
        #> cancelled: True
    print("what the worker ran:", steps)
    #> what the worker ran: ['started', 'finally']


asyncio.run(main())
