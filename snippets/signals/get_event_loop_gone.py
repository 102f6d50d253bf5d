import asyncio

# What older tutorials start with: get_event_loop() outside any running loop.
loop = asyncio.get_event_loop()
print("got an event loop:", type(loop).__name__)
loop.close()
