# requires: Python 3.11+
import asyncio
import sys


async def worker():
    try:
        await asyncio.sleep(10)
    finally:
        print("worker: cleaned up")


async def quitter():
    await asyncio.sleep(0)
    sys.exit(3)  # a child decides that the program ends


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker())
        tg.create_task(quitter())


asyncio.run(main())
