import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from servers import redis_url  # noqa: E402, F401  (fixture)
