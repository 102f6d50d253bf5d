import asyncio


async def main():
    reply = asyncio.get_running_loop().create_future()

    async def client():
        value = await asyncio.wait_for(reply, timeout=10)
        print("client: got", value, "and carries on")
        #> client: got 42 and carries on
        return value

    task = asyncio.create_task(client())
    await asyncio.sleep(0)  # the client now waits in wait_for
    reply.set_result(42)  # the reply arrives...
    task.cancel()  # ...in the same loop iteration as a cancel request
    try:
        await task
    except asyncio.CancelledError:
        print("main: client cancelled, as requested")
        #> main: client cancelled, as requested
    else:
        print("main: cancel() was lost")
        #> main: cancel() was lost


asyncio.run(main())
