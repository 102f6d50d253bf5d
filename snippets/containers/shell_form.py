import asyncio
import os
import signal


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    print(f"Running as process {os.getpid()}, SIGTERM handler set")
    await stop.wait()
    print("SIGTERM: closing connections, flushing buffers")


asyncio.run(main())
print("exiting cleanly")
