# needs: redis-server
import asyncio
import os
from urllib.parse import urlsplit


class Connection:
    """Just enough of the Redis protocol for SET and GET."""

    def __init__(self, reader, writer):
        self.reader, self.writer = reader, writer

    async def send(self, *args):
        parts = [f"*{len(args)}\r\n"]
        parts += [f"${len(arg)}\r\n{arg}\r\n" for arg in args]
        self.writer.write("".join(parts).encode())
        await self.writer.drain()

    async def reply(self):
        header = await self.reader.readline()  # "+OK" or "$<length>"
        if header.startswith(b"$"):
            data = await self.reader.readexactly(int(header[1:]) + 2)
            return data[:-2].decode()
        return header[1:-2].decode()


class Pool:
    def __init__(self, url):
        self.address = urlsplit(url)
        self.idle = []
        self.opened = 0

    async def acquire(self):
        if self.idle:
            return self.idle.pop()
        self.opened += 1
        streams = await asyncio.open_connection(
            self.address.hostname, self.address.port
        )
        return Connection(*streams)

    def release(self, conn):
        if not conn.writer.is_closing():  # closed connections are dropped
            self.idle.append(conn)

    async def aclose(self):
        for conn in self.idle:
            conn.writer.close()
            await conn.writer.wait_closed()


async def call(pool, *args):
    conn = await pool.acquire()
    try:
        await conn.send(*args)
        return await conn.reply()
    except BaseException:  # an error *or a cancellation* may leave a reply
        conn.writer.close()  # unread: never use this connection again
        raise
    finally:
        pool.release(conn)


async def main():
    pool = Pool(os.environ["REDIS_URL"])
    await call(pool, "SET", "cleanup:alice", "alice@example.com")
    await call(pool, "SET", "cleanup:bob", "bob@example.com")
    await call(pool, "SET", "cleanup:carol", "carol@example.com")
    alice = asyncio.create_task(call(pool, "GET", "cleanup:alice"))
    await asyncio.sleep(0)  # alice's GET is sent; her reply is on its way
    alice.cancel()
    try:
        await alice
    except asyncio.CancelledError:
        pass
    print("alice's request cancelled:", alice.cancelled())
    #> alice's request cancelled: True
    bob = await asyncio.wait_for(call(pool, "GET", "cleanup:bob"), 5)
    print("bob asked for his email and got:", bob)
    #> bob asked for his email and got: bob@example.com
    carol = await asyncio.wait_for(call(pool, "GET", "cleanup:carol"), 5)
    print("carol asked for hers and got:", carol)
    #> carol asked for hers and got: carol@example.com
    print("connections opened:", pool.opened)
    #> connections opened: 2
    await pool.aclose()


asyncio.run(main())
