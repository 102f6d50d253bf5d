import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="unset")


async def handler():
    request_id.set("r-1")  # a context variable set by the awaited coroutine
    return asyncio.current_task()


async def main():
    me = asyncio.current_task()
    ran_in = await asyncio.wait_for(handler(), timeout=1)
    same = ran_in is me
    print("handler ran in the caller's task:", same)
    #> handler ran in the caller's task: False
    seen = request_id.get()
    print("the caller sees request_id =", seen)
    #> the caller sees request_id = unset


asyncio.run(main())
