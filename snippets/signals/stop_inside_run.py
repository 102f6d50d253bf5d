import asyncio
import signal


async def main():
    loop = asyncio.get_running_loop()

    def on_signal(sig):
        print(f"{sig.name}: stopping loop...")
        loop.stop()  # fine under run_forever(), wrong under asyncio.run()

    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, on_signal, sig)
    print("Running; press Ctrl-C to stop")
    try:
        await asyncio.sleep(3600)  # stands in for serving
    finally:
        print("main: cleaning up")


asyncio.run(main())
