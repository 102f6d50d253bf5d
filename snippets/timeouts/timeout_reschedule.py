# requires: Python 3.11+
import asyncio

IDLE = 0.2  # give up after this long without a message


async def sender(queue):
    for i in range(4):
        await asyncio.sleep(0.1)
        await queue.put(f"message {i}")
    # ...then the peer goes quiet


async def main():
    queue = asyncio.Queue()
    feed = asyncio.create_task(sender(queue))
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(IDLE) as cm:
            while True:
                message = await queue.get()
                print("received", message)
                #> received message 0
                #> received message 1
                #> received message 2
                #> received message 3
                cm.reschedule(loop.time() + IDLE)  # push the deadline back
    except TimeoutError:
        print(f"nothing for {IDLE} s: giving up")
        #> nothing for 0.2 s: giving up
    expired = cm.expired()
    print("expired:", expired)
    #> expired: True
    await feed


asyncio.run(main())
