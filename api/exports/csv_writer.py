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
    header: Sequence[str],
    rows: AsyncIterator[Sequence[object]],
    *,
    rows_per_chunk: int = 200,
    text_columns: Sequence[int] | None = None,
) -> AsyncIterator[str]:
    """The header first (with the BOM Excel needs for accents), then rows in small chunks.

    Every cell is made formula-safe, or only `text_columns` when the caller knows that the
    other cells are its own numbers, dates and labels (exports write millions of cells)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([safe_cell(h) for h in header])
    yield BOM + buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    pending: list[Sequence[object]] = []
    async for row in rows:
        if text_columns is None:
            row = [safe_cell(cell) for cell in row]
        else:
            row = list(row)
            for index in text_columns:
                row[index] = safe_cell(row[index])
        pending.append(row)
        if len(pending) >= rows_per_chunk:
            writer.writerows(pending)
            pending.clear()
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    if pending:
        writer.writerows(pending)
        yield buffer.getvalue()
