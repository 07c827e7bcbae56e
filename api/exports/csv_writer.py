"""Streaming CSV for spreadsheets: UTF-8 with BOM, `;` separator, formula-safe cells."""

from __future__ import annotations

import csv
import io
from collections.abc import AsyncIterator, Sequence

BOM = "\ufeff"
# A cell starting with one of these would be run as a formula by Excel or LibreOffice.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    text = "" if value is None else str(value)
    if text.startswith(_FORMULA_STARTS):
        return "'" + text
    return text


async def csv_chunks(
    header: Sequence[str], rows: AsyncIterator[Sequence[object]], *, rows_per_chunk: int = 200
) -> AsyncIterator[str]:
    """The header first (with the BOM Excel needs for accents), then rows in small chunks."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([safe_cell(h) for h in header])
    yield BOM + buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    pending = 0
    starts = _FORMULA_STARTS
    async for row in rows:
        # Inline for speed (millions of cells): only text can start a formula; numbers are ours.
        writer.writerow(
            [
                ("'" + cell if cell.startswith(starts) else cell)
                if cell.__class__ is str
                else cell
                if cell.__class__ in (int, float) and cell >= 0
                else safe_cell(cell)
                for cell in row
            ]
        )
        pending += 1
        if pending >= rows_per_chunk:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
            pending = 0
    if pending:
        yield buffer.getvalue()
