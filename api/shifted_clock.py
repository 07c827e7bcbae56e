"""A clock for browser tests only: the system time moved by an offset that the test writes to a
file, so a test can jump days ahead of a server running in another process (the 4-day rules).

Only `PIX_ENVIRONMENT=test` may use it: the settings refuse `PIX_TEST_CLOCK_OFFSET_FILE`
anywhere else, and without that setting the service runs on `SystemClock`.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path


class ShiftedClock:
    def __init__(self, offset_file: Path) -> None:
        self._offset_file = offset_file

    def offset(self) -> timedelta:
        """Seconds read from the file on every call (missing or empty: none)."""
        try:
            text = self._offset_file.read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return timedelta(0)
        return timedelta(seconds=float(text)) if text else timedelta(0)

    def now(self) -> datetime:
        return datetime.now(UTC) + self.offset()
