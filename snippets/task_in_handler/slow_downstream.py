import asyncio


async def send_event(msg):
    await asyncio.sleep(1)  # stands in for reporting `msg` somewhere


async def call_downstream(request):
    await asyncio.sleep(3600)  # stands in for a slow database or HTTP call
    return request.upper()


async def handle(reader, writer):
    request = await reader.readline()
    print(f"Request {request!r}: calling downstream.")
    try:
        writer.write(await call_downstream(request))
        await writer.drain()
    except asyncio.CancelledError:
        msg = "Connection dropped!"
        print(msg)
        asyncio.create_task(send_event(msg))  # don't: nothing will await it
        raise
    finally:
        writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    host, port = server.sockets[0].getsockname()
    print(f"Serving on {host}:{port}")
    async with server:
        await server.serve_forever()


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("Bye!")
