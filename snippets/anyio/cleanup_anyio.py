import anyio
import anyio.lowlevel


async def worker():
    try:
        await anyio.sleep(3600)
    finally:
        print("cleanup: flushing")
        #> cleanup: flushing
        try:
            await anyio.sleep(0.01)  # e.g. flush a buffer to the network
        except anyio.get_cancelled_exc_class():
            print("cleanup: the flush was cancelled")
            #> cleanup: the flush was cancelled
            raise
        print("cleanup: flushed")


async def main():
    async with anyio.create_task_group() as tg:
        tg.start_soon(worker)
        await anyio.lowlevel.checkpoint()  # let the worker start
        tg.cancel_scope.cancel()
    print("main: scope.cancelled_caught is", tg.cancel_scope.cancelled_caught)
    #> main: scope.cancelled_caught is True


anyio.run(main, backend="asyncio")
