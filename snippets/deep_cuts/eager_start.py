# requires: Python 3.14+
import asyncio


async def job():
    print("job: started")  # runs inside create_task(), before it returns
    #> job: started
    await asyncio.sleep(1)
    print("job: finished")


async def main():
    task = asyncio.create_task(job(), eager_start=True)  # this task only
    print("create_task() returned")
    #> create_task() returned
    task.cancel()  # too late to keep it from starting
    await asyncio.wait({task}, timeout=2)
    state = task.cancelled()
    print("cancelled:", state)
    #> cancelled: True


asyncio.run(main())
