import asyncio
import subprocess
import time


def state(pid):
    """The process's state letter in /proc: S sleeping, Z zombie."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return "gone (reaped)"


async def main():
    proc = await asyncio.create_subprocess_exec("sh", "-c", "exit 3")
    # Nobody awaits proc.wait(); asyncio notices the exit anyway.
    for _ in range(200):  # up to 2 s
        if proc.returncode is not None:
            break
        await asyncio.sleep(0.01)
    print("asyncio child, returncode:", proc.returncode)
    #> asyncio child, returncode: 3
    print("asyncio child, state:", state(proc.pid))
    #> asyncio child, state: gone (reaped)


asyncio.run(main())

# Outside asyncio, nobody reaps a child until it is waited for.
child = subprocess.Popen(["sh", "-c", "exit 3"])
deadline = time.monotonic() + 2
while state(child.pid) != "Z" and time.monotonic() < deadline:
    time.sleep(0.01)
print("Popen child, state:", state(child.pid))
#> Popen child, state: Z
code = child.wait(timeout=2)
print("after wait(), returncode:", code)
#> after wait(), returncode: 3
print("after wait(), state:", state(child.pid))
#> after wait(), state: gone (reaped)
