import asyncio

print(issubclass(asyncio.CancelledError, Exception))
#> False
print(issubclass(asyncio.CancelledError, BaseException))
#> True


async def fetch():
    try:
        await asyncio.sleep(3600)
    except Exception as e:  # a broad handler meant for errors
        print("handled as an error:", repr(e))


async def main():
    task = asyncio.create_task(fetch())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancellation went past `except Exception`")
        #> cancellation went past `except Exception`


asyncio.run(main())
