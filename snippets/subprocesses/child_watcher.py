import asyncio
import threading
import warnings

try:
    get_child_watcher = asyncio.get_child_watcher
except AttributeError as error:
    print("AttributeError:", error)
    #> AttributeError: module 'asyncio' has no attribute 'get_child_watcher'
else:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        watcher = get_child_watcher()
    name = type(watcher).__name__
    print("child watcher:", name)
    for warning in caught:
        category = warning.category.__name__
        print("warning:", category)


async def main():
    before = threading.active_count()
    proc = await asyncio.create_subprocess_exec("sleep", "0.2")
    added = threading.active_count() - before
    print("threads added while the child runs:", added)
    #> threads added while the child runs: 0
    await asyncio.wait_for(proc.wait(), timeout=2)


asyncio.run(main())
