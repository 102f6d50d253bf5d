import asyncio
import time


async def worker():
    try:
        await asyncio.sleep(3600)
    finally:
        await asyncio.sleep(1)  # cleanup that takes its time


async def main():
    start = time.monotonic()
    try:
        await asyncio.wait_for(worker(), timeout=0.05)
    except asyncio.TimeoutError:
        elapsed = round(time.monotonic() - start)
        print("timeout=0.05, TimeoutError after", elapsed, "s")
        #> timeout=0.05, TimeoutError after 1 s


asyncio.run(main())
