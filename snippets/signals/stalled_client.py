# requires: Python 3.13+
import asyncio

REPLY = b"x" * 50_000_000  # more than the socket buffers hold
GRACE = 0.5  # seconds for each stage of the close


async def handle(reader, writer):
    await reader.readline()
    writer.write(REPLY)
    await writer.drain()  # waits for the client to read: it never does
    writer.close()


async def wait_closed(server, stage):
    try:
        await asyncio.wait_for(server.wait_closed(), GRACE)
    except TimeoutError:
        print(f"{stage}: still open after {GRACE} s")
        #> close: still open after 0.5 s
        #> close_clients: still open after 0.5 s
        return False
    print(f"{stage}: closed")
    #> abort_clients: closed
    return True


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    # a client that sends a request, then never reads the reply
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"request\n")
    await asyncio.sleep(0.5)  # the reply fills both sides' buffers

    server.close()
    if not await wait_closed(server, "close"):
        server.close_clients()  # close() waits to flush the reply
        if not await wait_closed(server, "close_clients"):
            server.abort_clients()  # drops the unsent reply
            await wait_closed(server, "abort_clients")
    writer.close()


asyncio.run(main())
