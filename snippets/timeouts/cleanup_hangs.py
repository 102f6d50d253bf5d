import asyncio


async def close_connection():
    await asyncio.sleep(3600)  # the peer never acknowledges the close


async def worker():
    try:
        await asyncio.sleep(3600)
    finally:
        print("worker: closing the connection")
        #> worker: closing the connection
        await close_connection()
        print("worker: closed")


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0)
    task.cancel()
    done, pending = await asyncio.wait([task], timeout=0.5)
    print("worker finished within 0.5 s:", task in done)
    #> worker finished within 0.5 s: False


asyncio.run(main())
