import asyncio
import gc
import os
import signal
import threading
import time


def wait_until_ended(pid, timeout):
    deadline = time.monotonic() + timeout
    while running(pid) and time.monotonic() < deadline:
        time.sleep(0.01)


def running(pid):
    """Whether the process still runs (a zombie has ended: it only waits
    to be reaped)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


async def main():
    proc = await asyncio.create_subprocess_exec("sleep", "30")
    try:
        await asyncio.wait_for(proc.wait(), timeout=0.2)
    except asyncio.TimeoutError:
        print("wait_for timed out; returncode:", proc.returncode)
    print("child running after the timeout:", running(proc.pid))
    return proc


proc = asyncio.run(main())
pid = proc.pid
print("child running after asyncio.run():", running(pid))
del proc
gc.collect()  # what a later garbage collection does
wait_until_ended(pid, timeout=1)
print("child running after garbage collection:", running(pid))

# This program ends the child itself, as it should have done in main().
if running(pid):
    os.kill(pid, signal.SIGKILL)
for thread in threading.enumerate():  # asyncio's watcher thread, if any
    if thread is not threading.current_thread():
        thread.join(timeout=2)
wait_until_ended(pid, timeout=2)
print("child running at exit:", running(pid))
