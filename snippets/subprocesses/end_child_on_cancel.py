import asyncio
import contextlib
import signal
import sys


@contextlib.asynccontextmanager
async def child_process(*args, grace=0.5, **kwargs):
    """Start a child process; when the block ends, however it ends, the
    child has ended too: SIGTERM, then SIGKILL after `grace` seconds."""
    proc = await asyncio.create_subprocess_exec(*args, **kwargs)
    try:
        yield proc
    finally:
        try:
            if proc.returncode is None:
                with contextlib.suppress(ProcessLookupError):
                    proc.terminate()
                with contextlib.suppress(asyncio.TimeoutError):
                    await asyncio.wait_for(proc.wait(), grace)
        finally:  # also if that wait is cancelled
            if proc.returncode is None:
                with contextlib.suppress(ProcessLookupError):
                    proc.kill()
                await asyncio.wait_for(proc.wait(), grace)


# A child that ignores SIGTERM.
STUBBORN = """
import signal, time
signal.signal(signal.SIGTERM, signal.SIG_IGN)
print("ready", flush=True)
time.sleep(30)
"""


async def job(args, ready):
    async with child_process(*args, stdout=asyncio.subprocess.PIPE) as proc:
        await proc.stdout.readline()  # "ready"
        ready.set_result(proc)
        await proc.wait()  # stands in for talking to the child


async def cancel_job(args):
    """Start the job, cancel it once its child is ready: how did it end?"""
    ready = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(job(args, ready))
    proc = await asyncio.wait_for(ready, timeout=5)
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    return task.cancelled(), signal.Signals(-proc.returncode).name


async def main():
    cancelled, ended_by = await cancel_job(
        ["sh", "-c", "echo ready; exec sleep 30"]
    )
    print(f"job cancelled: {cancelled}; child ended by {ended_by}")
    #> job cancelled: True; child ended by SIGTERM
    cancelled, ended_by = await cancel_job([sys.executable, "-c", STUBBORN])
    print(f"job cancelled: {cancelled}; child ended by {ended_by}")
    #> job cancelled: True; child ended by SIGKILL


asyncio.run(main())
