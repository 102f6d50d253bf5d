import asyncio

steps = []


async def worker():
    steps.append("started")
    try:
        await asyncio.sleep(3600)
    finally:
        steps.append("finally")


async def main():
    task = asyncio.create_task(worker())  # scheduled, not started yet
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled:", task.cancelled())
        #> cancelled: True
    print("what the worker ran:", steps)
    #> what the worker ran: []


asyncio.run(main())
