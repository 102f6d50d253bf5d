"""Running the examples and checking what they print; ``guide.testing.plugin`` is the
pytest plugin the tests load."""
