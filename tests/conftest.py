import importlib.util

pytest_plugins = ["guide.testing.plugin"]
if importlib.util.find_spec("selenium"):  # the browser tests' sessions
    pytest_plugins.append("guide.testing.browser_fixtures")
