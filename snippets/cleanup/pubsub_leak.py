# needs: redis-server
import asyncio
import os

import redis.asyncio as redis

NAME = "cleanup-listener"  # a name lets us find our connections on the server
CHANNEL = "cleanup:events"


async def listen(client, subscribed):
    pubsub = client.pubsub()
    await pubsub.subscribe(CHANNEL)
    async for message in pubsub.listen():
        if message["type"] == "subscribe":
            subscribed.set()
    await pubsub.aclose()  # never reached when the task is cancelled


async def connections(admin):
    """How many connections named NAME the server has, and their subscriptions."""
    clients = await admin.client_list()
    ours = [c for c in clients if c["name"] == NAME]
    return len(ours), sum(int(c["sub"]) for c in ours)


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
    after = await connections(admin)
    print("after the cancel: (connections, subscriptions) =", after)
    #> after the cancel: (connections, subscriptions) = (1, 1)
    receivers = await admin.publish(CHANNEL, "hello")
    print("a message published now reaches", receivers, "subscriber")
    #> a message published now reaches 1 subscriber
    await client.aclose()  # closing the whole client finally drops it
    await admin.aclose()


asyncio.run(main())
