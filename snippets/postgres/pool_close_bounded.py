# needs: postgresql
import asyncio
import os

import asyncpg


async def main():
    url = os.environ["DATABASE_URL"]
    pool = await asyncpg.create_pool(url, min_size=1, max_size=1)
    await pool.acquire()  # a request that has not given it back yet
    size = pool.get_size()
    print("connections open:", size)
    #> connections open: 1
    try:
        # close() waits until every connection is released; bound it
        await asyncio.wait_for(pool.close(), 0.5)
    except asyncio.TimeoutError:
        print("pool.close(): still waiting after 0.5 s")
        #> pool.close(): still waiting after 0.5 s
    # a cancelled close() terminates the pool: connections closed at once
    size = pool.get_size()
    print("connections left open:", size)
    #> connections left open: 0


asyncio.run(main())
