# needs: redis-server
import asyncio
import os

import redis.asyncio as redis
from redis.exceptions import MaxConnectionsError

NAME = "cleanup-worker"
QUEUE = "cleanup:jobs"


async def next_job_leaky(pool):
    conn = await pool.get_connection()
    await conn.send_command("BLPOP", QUEUE, 2)
    job = await conn.read_response()
    await pool.release(conn)  # skipped when the task is cancelled
    return job


async def next_job(pool):
    conn = await pool.get_connection()
    try:
        await conn.send_command("BLPOP", QUEUE, 2)
        return await conn.read_response()
    finally:
        await pool.release(conn)  # on success, error and cancellation


async def blocked(admin, expected, within=5):
    """Poll the server until `expected` of our connections wait in BLPOP."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while True:
        clients = await admin.client_list()
        found = sum(c["name"] == NAME and "b" in c["flags"] for c in clients)
        if found == expected or loop.time() > deadline:
            return found
        await asyncio.sleep(0.01)


async def trial(admin, next_job):
    """Cancel a worker waiting for a job, then try to use the pool again."""
    pool = redis.ConnectionPool.from_url(
        os.environ["REDIS_URL"], client_name=NAME, max_connections=1
    )
    task = asyncio.create_task(next_job(pool))
    waiting = await blocked(admin, 1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        pass
    after = await blocked(admin, 0)
    try:
        conn = await pool.get_connection()
        await pool.release(conn)
        next_checkout = "ok"
    except MaxConnectionsError as e:
        next_checkout = type(e).__name__
    await pool.aclose()
    return f"blocked {waiting} -> {after}, next checkout: {next_checkout}"


async def main():
    admin = redis.Redis.from_url(os.environ["REDIS_URL"])
    leaky = await trial(admin, next_job_leaky)
    print("leaky:", leaky)
    #> leaky: blocked 1 -> 0, next checkout: MaxConnectionsError
    fixed = await trial(admin, next_job)
    print("fixed:", fixed)
    #> fixed: blocked 1 -> 0, next checkout: ok
    await admin.aclose()


asyncio.run(main())
