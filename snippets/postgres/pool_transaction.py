# needs: postgresql
import asyncio
import os

import asyncpg

NAME = "pg-app"


async def server_state(admin, until, within=5):
    """Ask the server for the pool's session's state, until it is `until`."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while True:
        state = await admin.fetchval(
            "SELECT state FROM pg_stat_activity WHERE application_name = $1",
            NAME,
        )
        if state == until or loop.time() > deadline:
            return state
        await asyncio.sleep(0.01)


async def transfer(pool):
    async with pool.acquire() as conn, conn.transaction():
        await conn.execute("UPDATE accounts SET balance = balance - 10")
        await conn.execute("SELECT pg_sleep(30)")  # stands in for slow work


async def main():
    url = os.environ["DATABASE_URL"]
    admin = await asyncpg.connect(url)
    await admin.execute(
        "DROP TABLE IF EXISTS accounts;"
        "CREATE TABLE accounts (balance int);"
        "INSERT INTO accounts VALUES (100)"
    )
    settings = {"application_name": NAME}
    async with asyncpg.create_pool(
        url, min_size=1, max_size=1, server_settings=settings
    ) as pool:
        try:
            await asyncio.wait_for(transfer(pool), 0.5)
        except asyncio.TimeoutError:
            print("transfer timed out")
        state = await server_state(admin, "idle")
        print("the pool's session:", state)
        balance = await admin.fetchval("SELECT balance FROM accounts")
        print("balance:", balance)
        async with pool.acquire() as conn:
            inside = conn.is_in_transaction()
            value = await conn.fetchval("SELECT 1")
        print("next checkout: in a transaction:", inside, "query:", value)
    await admin.execute("DROP TABLE accounts")
    await admin.close()


asyncio.run(main())
