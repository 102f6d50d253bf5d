# requires: Python 3.11+
import asyncio


async def main():
    me = asyncio.current_task()
    me.cancel()  # cancel ourselves, as asyncio.timeout() does at its deadline
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        left = me.uncancel()  # withdraw our own request...
        if left:
            raise  # ...but someone else asked too: let theirs through
        print("our own cancellation, handled; requests left:", left)
        #> our own cancellation, handled; requests left: 0
    print("main carries on")
    #> main carries on


asyncio.run(main())
