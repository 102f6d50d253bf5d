import asyncio
import faulthandler
import signal


async def close_connection():
    await asyncio.Event().wait()  # a peer that never acknowledges the close


async def handler():
    try:
        await asyncio.sleep(3600)  # serving a client
    finally:
        await close_connection()  # cleanup without a bound: the hang


async def main():
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, asyncio.current_task().cancel)
    task = asyncio.create_task(handler(), name="handler")
    print("Serving; send SIGTERM to stop")
    try:
        await asyncio.Event().wait()
    except asyncio.CancelledError:
        print("Shutting down")
        task.cancel()
        await task
        raise


# `kill -USR1 <pid>` prints the stack of every thread, at any time
faulthandler.register(signal.SIGUSR1)
asyncio.run(main())
