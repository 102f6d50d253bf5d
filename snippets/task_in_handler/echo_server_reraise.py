import asyncio


async def send_event(msg):
    await asyncio.sleep(1)  # stands in for reporting `msg` somewhere


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
        asyncio.create_task(send_event(msg))  # don't: nothing will await it
        raise


async def main():
    server = await asyncio.start_server(echo, "127.0.0.1", 0)
    host, port = server.sockets[0].getsockname()
    print(f"Serving on {host}:{port}")
    async with server:
        await server.serve_forever()


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("Bye!")
