from guide.servers import redis_url  # noqa: F401  (fixture)
