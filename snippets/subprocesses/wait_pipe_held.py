import asyncio
import contextlib
import os
import signal

# The child starts a grandchild, which inherits the child's stdout (our
# pipe), prints its pid, and waits.
SCRIPT = "sleep 30 & echo $!; wait"


async def main():
    proc = await asyncio.create_subprocess_exec(
        "sh", "-c", SCRIPT, stdout=asyncio.subprocess.PIPE
    )
    grandchild = int(await proc.stdout.readline())
    proc.terminate()  # the child ends; the grandchild holds the pipe open
    try:
        code = await asyncio.wait_for(proc.wait(), timeout=1)
        print("wait() returned", code)
        #> wait() returned -15
    except asyncio.TimeoutError:
        print("wait() timed out; returncode:", proc.returncode)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(grandchild, signal.SIGKILL)  # the pipe's last writer
    await asyncio.wait_for(proc.communicate(), timeout=2)
    print("once the pipe closed, returncode:", proc.returncode)
    #> once the pipe closed, returncode: -15


asyncio.run(main())
