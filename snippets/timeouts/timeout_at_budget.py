# requires: Python 3.11+
import asyncio


async def step(name, duration):
    await asyncio.sleep(duration)
    print(name, "done")
    #> connect done
    #> query done


async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.3  # one budget for the whole request
    try:
        async with asyncio.timeout_at(deadline):
            await step("connect", 0.1)
        async with asyncio.timeout_at(deadline):
            await step("query", 0.1)
        async with asyncio.timeout_at(deadline):
            await step("render", 0.2)  # 0.1 s left: too late
    except TimeoutError:
        print("request out of time")
        #> request out of time


asyncio.run(main())
