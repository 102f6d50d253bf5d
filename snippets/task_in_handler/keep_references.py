import asyncio

background = set()  # strong references: the loop itself keeps only weak ones


def spawn(coro):
    task = asyncio.create_task(coro)
    background.add(task)
    task.add_done_callback(background.discard)


async def send_event(msg):
    await asyncio.sleep(0.1)  # stands in for reporting `msg` somewhere
    print("Event sent:", msg)


async def echo(reader, writer):
    print("New connection.")
    try:
        while data := await reader.readline():
            writer.write(data.upper())
            await writer.drain()
        print("Leaving connection.")
    except asyncio.CancelledError:
        msg = "Connection dropped!"
        print(msg)
        spawn(send_event(msg))  # fire, but keep a reference...
        raise
    finally:
        writer.close()


async def main():
    handlers = set()

    def on_connect(reader, writer):
        task = asyncio.create_task(echo(reader, writer))
        handlers.add(task)
        task.add_done_callback(handlers.discard)

    server = await asyncio.start_server(on_connect, "127.0.0.1", 0)
    host, port = server.sockets[0].getsockname()
    print(f"Serving on {host}:{port}")
    try:
        await asyncio.Event().wait()  # serve until cancelled; see below
    finally:
        server.close()
        for task in handlers:
            task.cancel()
        if handlers:  # bounded, like every wait on the way out
            await asyncio.wait(handlers, timeout=1)
        if background:  # ...and drain them before the loop closes
            await asyncio.wait(background, timeout=2)
        await asyncio.wait_for(server.wait_closed(), 1)


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("Bye!")
