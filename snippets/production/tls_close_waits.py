import asyncio
import socket
import ssl
import threading

import trustme  # a throwaway certificate authority, for tests

ca = trustme.CA()
server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
ca.issue_cert("127.0.0.1").configure_cert(server_tls)
client_tls = ssl.create_default_context()
ca.configure_trust(client_tls)
client_done = threading.Event()


def silent_client(port):
    """Reads the greeting, then never answers the server's close_notify."""
    with socket.create_connection(("127.0.0.1", port)) as raw:
        with client_tls.wrap_socket(raw, server_hostname="127.0.0.1") as tls:
            tls.recv(100)
            client_done.wait(10)


async def main():
    connected = asyncio.get_running_loop().create_future()

    async def handle(reader, writer):
        connected.set_result(writer)
        writer.write(b"hello\n")
        await reader.read()  # until the client leaves, or we close

    server = await asyncio.start_server(handle, "127.0.0.1", 0, ssl=server_tls)
    port = server.sockets[0].getsockname()[1]
    client = asyncio.create_task(asyncio.to_thread(silent_client, port))
    writer = await asyncio.wait_for(connected, 5)

    server.close()
    writer.close()  # sends close_notify, then waits for the client's
    try:
        await asyncio.wait_for(writer.wait_closed(), 1)
        print("connection closed within 1 s")
    except asyncio.TimeoutError:
        print("connection still closing after 1 s")
        #> connection still closing after 1 s
    try:
        await asyncio.wait_for(server.wait_closed(), 0.5)
        print("server.wait_closed(): returned")
    except asyncio.TimeoutError:
        print("server.wait_closed(): still waiting")
        #> server.wait_closed(): still waiting

    writer.transport.abort()  # gives up on the TLS shutdown
    await asyncio.wait_for(server.wait_closed(), 2)
    print("after abort(): server closed")
    #> after abort(): server closed
    client_done.set()
    await client


asyncio.run(main())
