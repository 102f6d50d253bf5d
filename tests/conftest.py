from guide.servers import (  # noqa: F401  (fixtures)
    database_url,
    redis_url,
)
