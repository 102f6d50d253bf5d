# needs: postgresql
import asyncio
import os

import asyncpg

NAME = "pg-report"


async def server_state(admin, until, within=5):
    """Ask the server for our session's state, until it is `until`."""
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


async def in_pg_sleep(admin, within=5):
    """Until the server is inside pg_sleep() for our session."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while loop.time() < deadline:
        event = await admin.fetchval(
            "SELECT wait_event FROM pg_stat_activity"
            " WHERE application_name = $1",
            NAME,
        )
        if event == "PgSleep":
            return
        await asyncio.sleep(0.01)


async def main():
    url = os.environ["DATABASE_URL"]
    admin = await asyncpg.connect(url)
    conn = await asyncpg.connect(
        url, server_settings={"application_name": NAME}
    )
    query = asyncio.create_task(conn.fetchval("SELECT pg_sleep(30)"))
    await in_pg_sleep(admin)
    running = await server_state(admin, "active")
    print("while the query runs, the server says:", running)
    #> while the query runs, the server says: active
    query.cancel()
    try:
        await query
    except asyncio.CancelledError:
        print("query task cancelled")
        #> query task cancelled
    closed = conn.is_closed()
    print("connection closed:", closed)
    #> connection closed: False
    after = await server_state(admin, "idle")
    print("after the cancel, the server says:", after)
    #> after the cancel, the server says: idle
    value = await conn.fetchval("SELECT 1")
    print("next query on the same connection:", value)
    #> next query on the same connection: 1
    await conn.close()
    await admin.close()


asyncio.run(main())
