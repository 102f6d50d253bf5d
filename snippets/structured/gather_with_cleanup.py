import asyncio


async def run_all(*coros):
    """gather, but a failure (or our own cancellation) stops the siblings."""
    tasks = [asyncio.create_task(c) for c in coros]
    try:
        return await asyncio.gather(*tasks)
    finally:
        for task in tasks:
            task.cancel()  # no-op for tasks that are already done
        await asyncio.gather(*tasks, return_exceptions=True)


async def download(name, seconds):
    try:
        await asyncio.sleep(seconds)
        print(name, "finished")
        #> fast finished
    except asyncio.CancelledError:
        print(name, "cancelled")
        #> slow cancelled
        raise


async def broken():
    await asyncio.sleep(0.05)
    raise ValueError("bad response")


async def main():
    try:
        await run_all(download("fast", 0.01), download("slow", 3600), broken())
    except ValueError as exc:
        error = repr(exc)
        print("run_all raised", error)
        #> run_all raised ValueError('bad response')
    pending = len(asyncio.all_tasks()) - 1  # every task but main
    print("tasks still running:", pending)
    #> tasks still running: 0


asyncio.run(main())
