import asyncio
import gc

background = set()  # strong references: the loop itself keeps only weak ones


def task_done(task):
    background.discard(task)  # forget it...
    if not task.cancelled() and task.exception() is not None:
        error = task.exception()  # ...but not its failure
        print(f"{task.get_name()} failed: {error!r}")  # in a service: log it
        #> audit failed: ConnectionError('audit service unreachable')


def spawn(coro, name):
    task = asyncio.create_task(coro, name=name)
    background.add(task)
    task.add_done_callback(task_done)


async def wait_for_reply(reply, received):
    received.append(await reply)


async def send_audit_log():
    await asyncio.sleep(0)
    raise ConnectionError("audit service unreachable")


async def main():
    reply = asyncio.get_running_loop().create_future()
    received = []
    spawn(wait_for_reply(reply, received), name="reply")
    spawn(send_audit_log(), name="audit")
    await asyncio.sleep(0)  # the tasks start
    gc.collect()  # nothing to collect: the set holds them
    alive = len(background)
    print("background tasks:", alive)
    #> background tasks: 2
    reply.set_result(42)
    await asyncio.sleep(0.01)
    print("received:", received)
    #> received: [42]
    alive = len(background)
    print("background tasks:", alive)
    #> background tasks: 0


asyncio.run(main())
