import asyncio

open_feeds = []  # a long-lived reference, like a cache or a registry


async def main():
    readings = feed()
    open_feeds.append(readings)
    first = await anext(readings)
    second = await anext(readings)
    print("main: got", first, second)
    #> main: got 0 1
    print("main: returning; the generator is still open")
    #> main: returning; the generator is still open


async def feed():
    try:
        n = 0
        while True:
            yield n
            n += 1
            await asyncio.sleep(0)
    finally:
        await asyncio.sleep(0)  # async cleanup: the loop is still running
        print("feed: finally")
        #> feed: finally


asyncio.run(main())
print("asyncio.run returned")
#> asyncio.run returned
