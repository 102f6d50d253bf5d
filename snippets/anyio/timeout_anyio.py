import anyio


async def main():
    try:
        with anyio.fail_after(0.05):
            await anyio.sleep(1)
    except TimeoutError:
        print("fail_after: TimeoutError")
        #> fail_after: TimeoutError

    with anyio.move_on_after(0.05) as scope:
        await anyio.sleep(1)
    print("move_on_after: cancelled_caught is", scope.cancelled_caught)
    #> move_on_after: cancelled_caught is True


anyio.run(main, backend="asyncio")
