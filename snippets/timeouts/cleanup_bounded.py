import asyncio


async def close_connection():
    await asyncio.sleep(3600)  # the peer never acknowledges the close


async def worker():
    try:
        await asyncio.sleep(3600)
    finally:
        print("worker: closing the connection")
        #> worker: closing the connection
        try:
            await asyncio.wait_for(close_connection(), timeout=0.2)
        except asyncio.TimeoutError:
            print("worker: close timed out; dropping the connection")
            #> worker: close timed out; dropping the connection


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0)
    task.cancel()
    done, pending = await asyncio.wait([task], timeout=0.5)
    print("worker finished within 0.5 s:", task in done)
    #> worker finished within 0.5 s: True
    cancelled = task.cancelled()
    print("worker cancelled:", cancelled)
    #> worker cancelled: True


asyncio.run(main())
