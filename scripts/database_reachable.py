"""Exit 0 when the PostgreSQL server of the given SQLAlchemy URL accepts a connection."""

import asyncio
import sys

import asyncpg
from sqlalchemy.engine import make_url


async def main(url: str) -> int:
    server = make_url(url).set(drivername="postgresql", database="postgres")
    try:
        connection = await asyncpg.connect(server.render_as_string(hide_password=False), timeout=5)
    except (OSError, asyncpg.PostgresError, TimeoutError):
        return 1
    await connection.close()
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main(sys.argv[1])))
