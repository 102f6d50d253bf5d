import asyncio


async def work():
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("cancelled!")  # no `raise`: the cancellation is swallowed
        #> cancelled!


coro = work()
coro.send(None)
try:
    coro.throw(asyncio.CancelledError())
except StopIteration as stop:  # the coroutine returned
    print("throw() raised StopIteration, value:", stop.value)
    #> throw() raised StopIteration, value: None
