import asyncio


async def main():
    print("Running; send SIGTERM to stop")
    try:
        await asyncio.sleep(3600)  # stands in for serving
    finally:
        print("main: cleaning up")  # never printed on SIGTERM


try:
    asyncio.run(main())
finally:
    print("exiting")  # never printed either
