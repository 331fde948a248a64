"""Prints how long the Excel export of the example deal takes, beside the
time openpyxl takes to write the same number of plain cells in the same
run, and their ratio (median of several runs). Figures only.

    .venv/bin/python tests/perf/bench_export.py
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import openpyxl  # noqa: E402

from worksheet import dealfile  # noqa: E402
from worksheet.deal import compute  # noqa: E402
from worksheet.excel import workbook_bytes  # noqa: E402
from worksheet.resources import example_deal_path  # noqa: E402

RUNS = 15
COLUMNS = 5


def timed(fn, runs: int = RUNS) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def cells_of(data: bytes) -> int:
    book = openpyxl.load_workbook(io.BytesIO(data))
    return sum(1 for sheet in book for row in sheet.iter_rows() for cell in row if cell.value is not None)


def plain(cells: int) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    for i in range(cells):
        sheet.cell(row=i // COLUMNS + 1, column=i % COLUMNS + 1, value=i * 1000)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def main() -> None:
    ws = compute(dealfile.load(example_deal_path()))
    data = workbook_bytes(ws)  # warm imports and the holiday tables
    cells = cells_of(data)
    plain(cells)
    export_ms = statistics.median(timed(lambda: workbook_bytes(ws)))
    plain_ms = statistics.median(timed(lambda: plain(cells)))
    print(f"export of the example deal   {export_ms:8.1f} ms   {cells:,} cells   {len(data):,} bytes")
    print(f"openpyxl, same plain cells   {plain_ms:8.1f} ms   {cells:,} cells")
    print(f"ratio                        {export_ms / plain_ms:8.1f}")


if __name__ == "__main__":
    main()
