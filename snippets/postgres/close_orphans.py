# needs: postgresql
import asyncio
import os

import asyncpg


async def server_state(admin, name, until, within=5):
    """Ask the server for that session's state (None: no such session)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while True:
        state = await admin.fetchval(
            "SELECT state FROM pg_stat_activity WHERE application_name = $1",
            name,
        )
        if state == until or loop.time() > deadline:
            return state
        await asyncio.sleep(0.01)


async def in_pg_sleep(admin, name, within=5):
    """Until the server is inside pg_sleep() for that session."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while loop.time() < deadline:
        event = await admin.fetchval(
            "SELECT wait_event FROM pg_stat_activity"
            " WHERE application_name = $1",
            name,
        )
        if event == "PgSleep":
            return
        await asyncio.sleep(0.01)


async def drop_mid_query(admin, name, settings):
    """Start a long query, then close the socket: no cancel request."""
    url = os.environ["DATABASE_URL"]
    conn = await asyncpg.connect(
        url, server_settings={"application_name": name, **settings}
    )
    query = asyncio.create_task(conn.fetchval("SELECT pg_sleep(30)"))
    await in_pg_sleep(admin, name)
    conn.terminate()  # as if the client process were killed
    try:
        await query
    except asyncpg.ConnectionDoesNotExistError:
        pass
    return await server_state(admin, name, None, within=1)


async def main():
    admin = await asyncpg.connect(os.environ["DATABASE_URL"])
    state = await drop_mid_query(admin, "pg-dropped", {})
    print("client gone, the server says:", state)
    #> client gone, the server says: active
    check = {"client_connection_check_interval": "100ms"}
    state = await drop_mid_query(admin, "pg-checked", check)
    print("with client_connection_check_interval:", state or "session gone")
    #> with client_connection_check_interval: session gone
    ended = await admin.fetchval(
        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
        " WHERE application_name = 'pg-dropped'"
    )
    print("orphaned queries ended by hand:", ended)
    #> orphaned queries ended by hand: 1
    await admin.close()


asyncio.run(main())
