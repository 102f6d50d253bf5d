# needs: redis-server
import asyncio
import os

import redis.asyncio as redis

NAME = "cleanup-consumer"
QUEUE = "cleanup:queue"


async def server_view(admin, expected, within=5):
    """Poll the server until our connections and blocked clients match."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while True:
        clients = await admin.client_list()
        ours = [c for c in clients if c["name"] == NAME]
        found = (len(ours), sum("b" in c["flags"] for c in ours))
        if found == expected or loop.time() > deadline:
            return found
        await asyncio.sleep(0.01)


async def main():
    url = os.environ["REDIS_URL"]
    admin = redis.Redis.from_url(url)
    client = redis.Redis.from_url(url, client_name=NAME)
    await admin.delete(QUEUE)
    task = asyncio.create_task(client.blpop([QUEUE], timeout=2))
    waiting = await server_view(admin, (1, 1))
    print("waiting: (connections, blocked) =", waiting)
    #> waiting: (connections, blocked) = (1, 1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        pass
    after = await server_view(admin, (0, 0))
    print("after the cancel: (connections, blocked) =", after)
    #> after the cancel: (connections, blocked) = (0, 0)
    await admin.rpush(QUEUE, "job-1")
    queued = await admin.llen(QUEUE)
    print("jobs still queued:", queued)
    #> jobs still queued: 1
    job = await client.blpop([QUEUE], timeout=2)
    print("the next BLPOP on the same client got:", job)
    #> the next BLPOP on the same client got: (b'cleanup:queue', b'job-1')
    await client.aclose()
    await admin.aclose()


asyncio.run(main())
