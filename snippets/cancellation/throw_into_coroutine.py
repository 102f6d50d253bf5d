import asyncio


async def work():
    try:
        await asyncio.sleep(0)  # the suspension point
        print("work: never reached")
    except asyncio.CancelledError:
        print("work: cancelled, cleaning up")
        #> work: cancelled, cleaning up
        raise


coro = work()
coro.send(None)  # run to the first await, as the event loop would
try:
    coro.throw(asyncio.CancelledError())
except asyncio.CancelledError:
    print("the CancelledError came back out of the coroutine")
    #> the CancelledError came back out of the coroutine
