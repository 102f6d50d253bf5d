# requires: Python 3.11+
import asyncio


async def fail(exc):
    await asyncio.sleep(0.01)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("bad value")))
            tg.create_task(fail(OSError("disk full")))
            tg.create_task(fail(ValueError("another bad value")))
    except* ValueError as group:
        errors = [str(e) for e in group.exceptions]
        print("ValueErrors:", errors)
        #> ValueErrors: ['bad value', 'another bad value']
    except* OSError as group:
        errors = [str(e) for e in group.exceptions]
        print("OSErrors:", errors)
        #> OSErrors: ['disk full']
    print("main carries on")
    #> main carries on


asyncio.run(main())
