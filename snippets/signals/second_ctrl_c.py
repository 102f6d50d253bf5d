import asyncio


async def main():
    print("Running; press Ctrl-C to stop")
    try:
        await asyncio.sleep(3600)  # stands in for serving
    finally:
        print("main: shutting down (takes 1 s)...")
        try:
            await asyncio.sleep(1)  # a slow cleanup, e.g. a drain
            print("main: shutdown complete")
        except asyncio.CancelledError:
            print("main: shutdown cut short")
            raise


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt")
