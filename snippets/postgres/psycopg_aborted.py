# needs: postgresql
import asyncio
import os

import psycopg

NAME = "pg-psycopg"


async def server_state(conn):
    """What the server says about our session, asked from another one."""
    cur = await conn.execute(
        "SELECT state FROM pg_stat_activity WHERE application_name = %s",
        (NAME,),
    )
    (state,) = await cur.fetchone()
    return state


async def main():
    url = os.environ["DATABASE_URL"]
    admin = await psycopg.AsyncConnection.connect(url, autocommit=True)
    conn = await psycopg.AsyncConnection.connect(url, application_name=NAME)
    try:
        await asyncio.wait_for(conn.execute("SELECT pg_sleep(30)"), 0.5)
    except asyncio.TimeoutError:
        print("timed out")
        #> timed out
    state = await server_state(admin)
    print("the server says:", state)
    #> the server says: idle in transaction (aborted)
    status = conn.info.transaction_status.name
    print("psycopg says:", status)
    #> psycopg says: INERROR
    try:
        await conn.execute("SELECT 1")
    except psycopg.errors.InFailedSqlTransaction as exc:
        print("next query:", type(exc).__name__)
        #> next query: InFailedSqlTransaction
    await conn.rollback()
    cur = await conn.execute("SELECT 1")
    row = await cur.fetchone()
    print("after rollback():", row)
    #> after rollback(): (1,)
    await conn.close()
    await admin.close()


asyncio.run(main())
