# requires: Python 3.11+
import asyncio


class _Stop(Exception):
    """Raised inside the group to stop it; never escapes this function."""


async def main():
    answers = []

    async def ask(mirror, seconds):
        try:
            await asyncio.sleep(seconds)  # stands in for a request
        except asyncio.CancelledError:
            print(mirror, "cancelled")
            #> mirror B cancelled
            raise
        answers.append(mirror)
        raise _Stop  # we have what we came for: stop the whole group

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ask("mirror A", 0.05))
            tg.create_task(ask("mirror B", 3600))
    except* _Stop:
        pass
    print("first answer from", answers[0])
    #> first answer from mirror A


asyncio.run(main())
