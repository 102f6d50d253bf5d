import asyncio
import gc


async def send_report():
    await asyncio.Event().wait()  # waits for something only it refers to


def start_report():
    asyncio.create_task(send_report())  # no reference kept


async def main():
    # Debug mode also reports callbacks slower than 0.1 s, which a loaded
    # machine may produce; that is not what this example is about.
    asyncio.get_running_loop().slow_callback_duration = 60
    start_report()
    await asyncio.sleep(0)
    gc.collect()  # what the garbage collector may do at any moment
    print("main: done")


asyncio.run(main(), debug=True)
