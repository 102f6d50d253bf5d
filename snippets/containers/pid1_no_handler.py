import asyncio
import os


async def main():
    print(f"Running as process {os.getpid()}, no SIGTERM handler")
    try:
        await asyncio.sleep(3600)  # stands in for serving
    finally:
        print("main: cleaning up")  # never printed


asyncio.run(main())
