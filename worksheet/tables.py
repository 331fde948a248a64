"""Tables as pandas DataFrames: the facility plan and price histories.

pandas reads what analysts actually have: a CSV or Excel download of daily
closes from a data vendor, or rows pasted from a spreadsheet. It is
imported only when a table is read or shown, never at start-up.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING

from worksheet.merger import PricePoint
from worksheet.proceeds import FacilityRow

if TYPE_CHECKING:
    import pandas as pd

DATE_HEADINGS = ("date", "day", "日付")
CLOSE_HEADINGS = ("close", "closing price", "adj close", "終値")


class TableError(ValueError):
    """A table cannot be read; the message names the row or column."""


def facility_plan_frame(rows: tuple[FacilityRow, ...]) -> "pd.DataFrame":
    """The facility plan with its remaining column, as a DataFrame of Decimals."""
    import pandas as pd

    frame = pd.DataFrame(
        [{"company": r.company, "facility": r.facility, "total": r.total, "paid": r.paid} for r in rows],
        columns=["company", "facility", "total", "paid"])
    frame["remaining"] = [t - p if isinstance(t, Decimal) and isinstance(p, Decimal) else None
                          for t, p in zip(frame["total"], frame["paid"])]
    return frame


def _pick(columns: list[str], wanted: tuple[str, ...], what: str) -> str:
    for column in columns:
        if str(column).strip().lower() in wanted:
            return column
    raise TableError(f"no {what} column: expected one headed {', '.join(repr(w) for w in wanted)}; "
                     f"found {', '.join(repr(str(c)) for c in columns)}")


def _blank(cell: object) -> bool:
    import pandas as pd

    return cell is None or (isinstance(cell, str) and not cell.strip()) or bool(pd.isna(cell))


def price_history_from_frame(frame: "pd.DataFrame") -> tuple[PricePoint, ...]:
    """Closing prices from a table with a date and a close column, oldest first."""
    import pandas as pd

    columns = list(frame.columns)
    day_col, close_col = _pick(columns, DATE_HEADINGS, "date"), _pick(columns, CLOSE_HEADINGS, "close")
    points = []
    for number, (raw_day, raw_close) in enumerate(zip(frame[day_col], frame[close_col]), start=2):
        if _blank(raw_day) and _blank(raw_close):
            continue
        try:
            day = pd.Timestamp(raw_day).date()
        except (ValueError, TypeError):
            raise TableError(f"row {number}: '{raw_day}' is not a date") from None
        text = str(raw_close).replace(",", "").strip()
        try:
            close = Decimal(text).quantize(Decimal("0.01"))
        except InvalidOperation:
            raise TableError(f"row {number}: '{raw_close}' is not a closing price") from None
        if not close.is_finite() or close < 0:
            raise TableError(f"row {number}: '{raw_close}' is not a closing price")
        points.append(PricePoint(day, close))
    return tuple(sorted(points, key=lambda p: p.day or dt.date.min))


def read_price_history(source: str | Path) -> tuple[PricePoint, ...]:
    """Closing prices from a .csv, .xlsx or .xlsm file (the old binary .xls
    needs a reader the application does not ship: save it as .xlsx)."""
    import pandas as pd

    path = Path(source)
    if path.suffix.lower() == ".xls":
        raise TableError(f"{path.name} is an old Excel 97-2003 file: save it as .xlsx or .csv and import that")
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            frame = pd.read_excel(path, dtype=str, keep_default_na=False)
        else:
            frame = pd.read_csv(path, dtype=str, encoding="utf-8-sig", keep_default_na=False)
    except FileNotFoundError:
        raise TableError(f"there is no file {path}") from None
    except (ValueError, OSError) as exc:
        raise TableError(f"{path.name} cannot be read as a table: {exc}") from None
    return price_history_from_frame(frame)


def price_history_from_text(text: str) -> tuple[PricePoint, ...]:
    """Closing prices from rows pasted from a spreadsheet (tab separated, with headings)."""
    import pandas as pd

    sep = "\t" if "\t" in text else ","
    try:
        frame = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False)
    except (ValueError, pd.errors.ParserError) as exc:
        raise TableError(f"the pasted rows cannot be read as a table: {exc}") from None
    return price_history_from_frame(frame)
