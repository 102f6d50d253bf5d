# needs: redis-server
import asyncio
import os

import redis.asyncio as redis

NAME = "cleanup-listener-fixed"
CHANNEL = "cleanup:events-fixed"


async def listen(client, subscribed):
    async with client.pubsub() as pubsub:  # closed however the block ends
        await pubsub.subscribe(CHANNEL)
        async for message in pubsub.listen():
            if message["type"] == "subscribe":
                subscribed.set()


async def connections(admin):
    """How many connections named NAME the server has, and their subscriptions."""
    clients = await admin.client_list()
    ours = [c for c in clients if c["name"] == NAME]
    return len(ours), sum(int(c["sub"]) for c in ours)


async def until_gone(admin, within=5):
    """Poll until the server has dropped our connections (it sees the close
    a moment after we send it)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while (found := await connections(admin)) != (0, 0):
        if loop.time() > deadline:
            break
        await asyncio.sleep(0.01)
    return found


async def main():
    url = os.environ["REDIS_URL"]
    admin = redis.Redis.from_url(url)
    client = redis.Redis.from_url(url, client_name=NAME)
    subscribed = asyncio.Event()
    task = asyncio.create_task(listen(client, subscribed))
    await asyncio.wait_for(subscribed.wait(), timeout=5)
    before = await connections(admin)
    print("listening: (connections, subscriptions) =", before)
    #> listening: (connections, subscriptions) = (1, 1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        pass
    print("task cancelled:", task.cancelled())
    #> task cancelled: True
    after = await until_gone(admin)
    print("after the cancel: (connections, subscriptions) =", after)
    #> after the cancel: (connections, subscriptions) = (0, 0)
    receivers = await admin.publish(CHANNEL, "hello")
    print("a message published now reaches", receivers, "subscribers")
    #> a message published now reaches 0 subscribers
    await client.aclose()
    await admin.aclose()


asyncio.run(main())
