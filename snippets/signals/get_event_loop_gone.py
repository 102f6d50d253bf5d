import asyncio
import warnings

# What older tutorials start with: get_event_loop() outside any running loop.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        loop = asyncio.get_event_loop()
        loop.close()
        outcome, detail = "returned a new event loop", None
    except RuntimeError as e:
        outcome, detail = "raised RuntimeError", e
print("get_event_loop()", outcome)
#> get_event_loop() raised RuntimeError
if detail:
    print(detail)
    #> There is no current event loop in thread 'MainThread'.
for warning in caught:
    print(f"{warning.category.__name__}: {warning.message}")
