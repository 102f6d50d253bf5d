import asyncio
import contextlib


async def main():
    # One child in our process group, as a terminal's foreground job has,
    # and one in a session of its own.
    same = await asyncio.create_subprocess_exec("sleep", "30")
    own = await asyncio.create_subprocess_exec(
        "sleep", "30", start_new_session=True
    )
    print("Running with two children; press Ctrl-C")
    try:
        await asyncio.sleep(3600)
    finally:
        # Ctrl-C reached the child in our group: it ends by itself.
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(same.wait(), timeout=2)
        for name, proc in [("our group", same), ("its own session", own)]:
            if proc.returncode is None:
                print(f"child in {name}: still running; terminating it")
                with contextlib.suppress(ProcessLookupError):
                    proc.terminate()
                await asyncio.wait_for(proc.wait(), timeout=2)
            print(f"child in {name}: returncode", proc.returncode)


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt")
