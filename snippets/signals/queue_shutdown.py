# requires: Python 3.13+
import asyncio


async def worker(name, queue, handled):
    while True:
        try:
            item = await queue.get()
        except asyncio.QueueShutDown:  # shut down, and nothing left to take
            print(f"{name}: queue shut down and empty, leaving")
            #> worker 2: queue shut down and empty, leaving
            #> worker 1: queue shut down and empty, leaving
            return
        await asyncio.sleep(0.01)  # handles the item
        handled.append(item)
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    handled = []
    async with asyncio.TaskGroup() as tg:
        for n in (1, 2):
            tg.create_task(worker(f"worker {n}", queue, handled))
        for item in range(5):
            queue.put_nowait(item)
        queue.shutdown()  # the shutdown starts: no new work, drain the rest
        try:
            queue.put_nowait(5)
        except asyncio.QueueShutDown:
            print("put() after shutdown(): QueueShutDown")
            #> put() after shutdown(): QueueShutDown
    print("handled:", sorted(handled))
    #> handled: [0, 1, 2, 3, 4]


asyncio.run(main())
