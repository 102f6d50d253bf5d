import anyio
import anyio.lowlevel


async def worker():
    try:
        await anyio.sleep(3600)
    finally:
        print("cleanup: flushing")
        #> cleanup: flushing
        # Shielded from the cancellation outside, and bounded by its own deadline.
        with anyio.move_on_after(1, shield=True):
            await anyio.sleep(0.01)  # e.g. flush a buffer to the network
            print("cleanup: flushed")
            #> cleanup: flushed
        try:
            await anyio.sleep(0.01)  # e.g. say goodbye: not shielded
        except anyio.get_cancelled_exc_class():
            print("cleanup: the unshielded await was cancelled")
            #> cleanup: the unshielded await was cancelled
            raise


async def main():
    async with anyio.create_task_group() as tg:
        tg.start_soon(worker)
        await anyio.lowlevel.checkpoint()  # let the worker start
        tg.cancel_scope.cancel()
    print("main: scope.cancelled_caught is", tg.cancel_scope.cancelled_caught)
    #> main: scope.cancelled_caught is True


anyio.run(main, backend="asyncio")
