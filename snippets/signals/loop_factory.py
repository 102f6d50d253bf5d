# requires: Python 3.12+
import asyncio


class MyLoop(asyncio.SelectorEventLoop):  # stands in for uvloop.Loop, say
    pass


async def main():
    loop = asyncio.get_running_loop()
    print("running on", type(loop).__name__)
    #> running on MyLoop


asyncio.run(main(), loop_factory=MyLoop)  # no event loop policy involved
