import asyncio

open_gens = []  # a long-lived reference: the generator outlives main()
cleaned_up = []


async def ticks():
    try:
        while True:
            yield
    finally:
        await asyncio.sleep(0)  # async cleanup needs a running loop
        cleaned_up.append(True)


async def main():
    gen = ticks()
    open_gens.append(gen)
    await anext(gen)  # started, then left suspended at its yield


def run_by_hand(shutdown_asyncgens):
    cleaned_up.clear()
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(main())
        if shutdown_asyncgens:
            loop.run_until_complete(loop.shutdown_asyncgens())
    finally:
        loop.close()
    return bool(cleaned_up)


ran = run_by_hand(shutdown_asyncgens=False)
print("without shutdown_asyncgens(), the finally ran:", ran)
#> without shutdown_asyncgens(), the finally ran: False
ran = run_by_hand(shutdown_asyncgens=True)
print("with shutdown_asyncgens(), the finally ran:", ran)
#> with shutdown_asyncgens(), the finally ran: True
