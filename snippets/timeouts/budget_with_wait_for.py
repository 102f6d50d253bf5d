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
        for name, duration in [
            ("connect", 0.1),
            ("query", 0.1),
            ("render", 0.2),
        ]:
            left = deadline - loop.time()
            await asyncio.wait_for(step(name, duration), timeout=left)
    except asyncio.TimeoutError:
        print("request out of time")
        #> request out of time


asyncio.run(main())
