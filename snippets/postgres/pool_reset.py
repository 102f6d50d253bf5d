# needs: postgresql
import asyncio
import os

import asyncpg


async def report(pool):
    conn = await pool.acquire()
    try:
        await conn.execute("BEGIN")  # by hand, not `async with`
        await conn.execute("SELECT pg_sleep(30)")
        await conn.execute("COMMIT")
    finally:
        await pool.release(conn)


async def main():
    url = os.environ["DATABASE_URL"]
    async with asyncpg.create_pool(url, min_size=1, max_size=1) as pool:
        try:
            await asyncio.wait_for(report(pool), 0.5)
        except asyncio.TimeoutError:
            print("report timed out")
        async with pool.acquire() as conn:
            inside = conn.is_in_transaction()
            print("next connection from the pool in a transaction:", inside)


asyncio.run(main())
