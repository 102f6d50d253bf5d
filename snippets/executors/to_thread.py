import asyncio
import contextvars
import functools

user = contextvars.ContextVar("user", default="nobody")


def greet(greeting, *, punctuation="!"):
    return f"{greeting}, {user.get()}{punctuation}"


async def main():
    user.set("alice")
    print(await asyncio.to_thread(greet, "Hello", punctuation="?"))
    #> Hello, alice?

    # The same call spelled with run_in_executor: keyword arguments need a
    # partial, and the caller's context variables need copy_context().
    loop = asyncio.get_running_loop()
    context = contextvars.copy_context()
    call = functools.partial(context.run, greet, "Hello", punctuation="?")
    print(await loop.run_in_executor(None, call))
    #> Hello, alice?

    # Without them, the thread sees the variable's default.
    print(await loop.run_in_executor(None, greet, "Hello"))
    #> Hello, nobody!


asyncio.run(main())
