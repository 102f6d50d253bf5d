import asyncio
import time

start = time.monotonic()


def elapsed():
    return f"{round(time.monotonic() - start)} s"


async def main():
    loop = asyncio.get_running_loop()
    loop.run_in_executor(None, blocking)
    print(elapsed(), "Hello!")
    await asyncio.sleep(0.1)
    print(elapsed(), "Goodbye!")


def blocking():
    time.sleep(1.0)
    print(elapsed(), "Hello from a thread!")


# What asyncio.run did before Python 3.9: run main, then close the loop
# without waiting for the default executor.
loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(main())
finally:
    loop.close()
print(elapsed(), "loop closed")
