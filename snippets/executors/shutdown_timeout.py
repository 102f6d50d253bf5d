# requires: Python 3.12+
import asyncio
import time

start = time.monotonic()


def elapsed():
    return f"{round(time.monotonic() - start)} s"


async def main():
    loop = asyncio.get_running_loop()
    loop.run_in_executor(None, blocking)
    print(elapsed(), "main: done")


def blocking():
    time.sleep(1.0)
    print(elapsed(), "thread: done")


# asyncio.run's own shutdown, with a timeout of 0.1 s instead of 300 s.
loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(main())
    loop.run_until_complete(loop.shutdown_default_executor(timeout=0.1))
finally:
    loop.close()
print(elapsed(), "loop closed")
