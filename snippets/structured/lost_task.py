import asyncio
import gc


def report(loop, context):
    message = context["message"]
    print("event loop:", message)
    #> event loop: Task was destroyed but it is pending!


async def wait_for_reply():
    reply = asyncio.get_running_loop().create_future()
    await reply  # nobody else holds this future
    print("never printed")


async def main():
    asyncio.get_running_loop().set_exception_handler(report)
    asyncio.create_task(wait_for_reply())  # no reference kept
    await asyncio.sleep(0)  # the task starts and waits
    gc.collect()  # a collection happens to run here
    print("main: done")
    #> main: done


asyncio.run(main())
