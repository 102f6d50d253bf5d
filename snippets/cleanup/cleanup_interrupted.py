import asyncio


class Buffer:
    def __init__(self):
        self.flushed = False

    async def flush(self):
        await asyncio.sleep(0.5)  # stands in for a network write
        self.flushed = True


async def worker(buffer, cleaning):
    try:
        await asyncio.sleep(3600)  # stands in for real work
    finally:
        print("worker: cleaning up")
        #> worker: cleaning up
        cleaning.set()
        await buffer.flush()  # an await in cleanup: a cancellation point


async def main():
    buffer = Buffer()
    cleaning = asyncio.Event()
    task = asyncio.create_task(worker(buffer, cleaning))
    await asyncio.sleep(0)
    task.cancel()  # the first request: the worker starts cleaning up
    await asyncio.wait_for(cleaning.wait(), timeout=5)
    task.cancel()  # a second request arrives during the flush
    try:
        await task
    except asyncio.CancelledError:
        pass
    print("task cancelled:", task.cancelled())
    #> task cancelled: True
    print("buffer flushed:", buffer.flushed)
    #> buffer flushed: False


asyncio.run(main())
