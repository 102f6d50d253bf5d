import asyncio


async def poll():
    try:
        while True:
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("poll: cancelled, cleaning up")
        #> poll: cancelled, cleaning up
        raise


coro = poll()
coro.send(None)  # run to the first await, as the event loop would
try:
    coro.throw(asyncio.CancelledError())
except asyncio.CancelledError:
    print("the CancelledError came back out of the coroutine")
    #> the CancelledError came back out of the coroutine
