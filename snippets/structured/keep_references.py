import asyncio
import gc

background = set()  # strong references: the loop itself keeps only weak ones


def spawn(coro):
    task = asyncio.create_task(coro)
    background.add(task)
    task.add_done_callback(background.discard)  # forget it when done


def report(loop, context):
    message = context["message"]
    print("event loop:", message)


async def wait_for_reply(reply, received):
    received.append(await reply)


async def main():
    asyncio.get_running_loop().set_exception_handler(report)
    reply = asyncio.get_running_loop().create_future()
    received = []
    spawn(wait_for_reply(reply, received))
    await asyncio.sleep(0)  # the task starts and waits
    gc.collect()  # nothing to collect this time
    alive = len(background)
    print("background tasks:", alive)
    #> background tasks: 1
    reply.set_result(42)
    await asyncio.sleep(0.01)
    print("received:", received)
    #> received: [42]
    alive = len(background)
    print("background tasks:", alive)
    #> background tasks: 0


asyncio.run(main())
