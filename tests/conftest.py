pytest_plugins = ["guide.testing.plugin"]
