import asyncio
import os
import signal

# A child that starts two children of its own and prints their pids. They
# write nowhere: a grandchild that holds our pipe is the next example.
SCRIPT = "for i in 1 2; do sleep 30 >/dev/null & echo $!; done; wait"


def running(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


async def count_running(pids, timeout=1.0):
    """How many of `pids` still run once those that are ending have ended."""
    for _ in range(round(timeout / 0.01)):
        if not any(map(running, pids)):
            break
        await asyncio.sleep(0.01)
    return sum(map(running, pids))


async def start(**kwargs):
    proc = await asyncio.create_subprocess_exec(
        "sh", "-c", SCRIPT, stdout=asyncio.subprocess.PIPE, **kwargs
    )
    pids = [int(await proc.stdout.readline()) for _ in range(2)]
    return proc, pids


async def main():
    # Ending the child alone: its children run on.
    proc, grandchildren = await start()
    proc.terminate()
    await asyncio.wait_for(proc.communicate(), timeout=2)
    print("child's returncode:", proc.returncode)
    #> child's returncode: -15
    left = await count_running(grandchildren, timeout=0.2)
    print("grandchildren still running:", left)
    #> grandchildren still running: 2
    for pid in grandchildren:  # this example ends them itself
        os.kill(pid, signal.SIGKILL)
    await count_running(grandchildren)

    # The child leads a new session and process group: signal the group.
    proc, grandchildren = await start(start_new_session=True)
    os.killpg(proc.pid, signal.SIGTERM)
    await asyncio.wait_for(proc.communicate(), timeout=2)
    print("child's returncode:", proc.returncode)
    #> child's returncode: -15
    left = await count_running(grandchildren)
    print("grandchildren still running:", left)
    #> grandchildren still running: 0


asyncio.run(main())
