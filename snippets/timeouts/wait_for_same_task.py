import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="unset")


async def handler():
    request_id.set("r-1")  # a context variable set by the awaited coroutine
    return asyncio.current_task()


async def main():
    me = asyncio.current_task()
    for timeout in (1, None):
        request_id.set("unset")
        ran_in = await asyncio.wait_for(handler(), timeout=timeout)
        same = ran_in is me
        seen = request_id.get()
        print(f"timeout={timeout}: same task: {same}, request_id = {seen}")
        #> timeout=1: same task: True, request_id = r-1
        #> timeout=None: same task: True, request_id = r-1


asyncio.run(main())
