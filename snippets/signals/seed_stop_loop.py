import asyncio
import signal


def main():
    loop = asyncio.new_event_loop()

    def on_signal(sig):
        print(f"{sig.name}: stopping loop...")
        print("clean up all the things")
        loop.stop()

    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, on_signal, sig)
    print("Running; press Ctrl-C to stop")
    try:
        loop.run_forever()
        print("loop stopped")
    finally:
        loop.close()
        print("loop closed")


main()
