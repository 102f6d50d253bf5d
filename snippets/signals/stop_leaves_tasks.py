import asyncio
import signal


async def worker():
    print("worker: started")
    try:
        await asyncio.sleep(3600)  # stands in for real work
    finally:
        print("worker: cleaning up")
        await asyncio.sleep(0.1)  # e.g. flush a buffer, close a connection
        print("worker: cleaned up")


def main():
    loop = asyncio.new_event_loop()

    def on_signal(sig):
        print(f"{sig.name}: stopping loop...")
        loop.stop()

    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, on_signal, sig)
    task = loop.create_task(worker())
    print("Running; press Ctrl-C to stop")
    try:
        loop.run_forever()
        print("loop stopped; worker done?", task.done())
    finally:
        loop.close()
        print("loop closed")


main()
