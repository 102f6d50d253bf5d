# requires: Python 3.11+
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
        try:
            await reader.read()  # until the client leaves, or we close
        except TimeoutError:
            pass  # the TLS shutdown timed out: main() reports it

    server = await asyncio.start_server(
        handle, "127.0.0.1", 0, ssl=server_tls, ssl_shutdown_timeout=0.5
    )
    port = server.sockets[0].getsockname()[1]
    client = asyncio.create_task(asyncio.to_thread(silent_client, port))
    writer = await asyncio.wait_for(connected, 5)

    server.close()
    writer.close()  # close_notify; the client's answer waited for 0.5 s
    try:
        async with asyncio.timeout(2):
            await writer.wait_closed()
    except TimeoutError as exc:  # after ssl_shutdown_timeout
        print(f"wait_closed(): {exc!r}")
        #> wait_closed(): TimeoutError('SSL shutdown timed out')
    async with asyncio.timeout(2):
        await server.wait_closed()
    print("server closed")
    #> server closed
    client_done.set()
    await client


asyncio.run(main())
