"""Tables as pandas DataFrames: the facility plan and price histories.

pandas reads what analysts actually have: a CSV or Excel download of daily
closes from a data vendor, or rows pasted from a spreadsheet. It is
imported only when a table is read or shown, never at start-up.

Text tables come in the encodings Japanese software writes: Excel's "CSV"
in Japanese Windows is Shift_JIS (read as CP932, Microsoft's superset with
the NEC and IBM extensions), "CSV UTF-8" is UTF-8 with a byte-order mark,
"Unicode text" is UTF-16 with one, and other tools write UTF-8 without.
A byte-order mark decides; without one, text that is valid UTF-8 is
UTF-8 (Shift_JIS text with kana or kanji almost never is), and otherwise
CP932. Cells are read by the fields' kinds, so a date may be 2013/10/31,
2013年10月31日(木) or H25.10.31 and a close ２，４１５ or 2,415円.

A column of year-last dates (10/31/2013, as US vendors write them) is read
month-first when some row's second number is above 12, day-first when some
row's first number is, and refused when neither or both: one date cannot
say which order it is in, a column usually can.
"""

from __future__ import annotations

import codecs
import datetime as dt
import io
import re
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from worksheet import date_forms
from worksheet.kinds import DATE, DecimalKind, Invalid
from worksheet.merger import PricePoint
from worksheet.numerals import to_ascii
from worksheet.proceeds import FacilityRow
from worksheet.words import Message, Words, message, term

if TYPE_CHECKING:
    import pandas as pd

DATE_HEADINGS = ("date", "day", "日付", "年月日")
CLOSE_HEADINGS = ("close", "closing price", "adj close", "終値")
MAX_TABLE_BYTES = 50 * 1024 * 1024  # decades of daily closes are a few hundred kilobytes

#: a closing price as a vendor's file writes it: yen, any decimals (rounded to the sen when read)
CLOSE = DecimalKind("close", unit="JPY", places=None, what=term("tables.what.close", "a closing price", "終値"),
                    yen_per_unit=1, per_share=True)

NO_COLUMN = term("tables.no_column", "no {what} column: expected one headed {expected}; found {found}",
                 "{what}の列がありません。見出しを{expected}のいずれかにしてください（見出し: {found}）")
IN_ROW = term("tables.row", "row {row}: {reason}", "{row}行目: {reason}")
NO_DATE = term("tables.no_date", "a close without a date", "日付のない終値です")
NO_CLOSE = term("tables.no_close", "{day:date} has no close", "{day:date}の終値がありません")
OLD_EXCEL = term("tables.old_excel", "{name} is an old Excel 97-2003 file: save it as .xlsx or .csv and import that",
                 "{name}は旧形式（Excel 97-2003）のファイルです。.xlsxまたは.csvで保存してから読み込んでください")
NO_FILE = term("tables.no_file", "there is no file {path}", "ファイル{path}がありません")
TOO_LARGE = term("tables.too_large", "{name} is larger than any price table ({size} bytes)",
                 "{name}は価格表としては大きすぎます（{size}バイト）")
UNREADABLE = term("tables.unreadable", "{name} cannot be read as a table: {detail}", "{name}は表として読めません: {detail}")
ENCODING = term("tables.encoding",
                "{name} is neither UTF-8 nor Shift_JIS (CP932) text: save it as CSV UTF-8 and import that",
                "{name}はUTF-8でもShift_JIS（CP932）でもありません。CSV UTF-8形式で保存してから読み込んでください")
MIXED_ORDER = term("tables.mixed_order",
                   "the {what} column has dates written day-first and others month-first: write them year first, "
                   "as 2013-07-18",
                   "{what}の列に日・月の順の日付と月・日の順の日付が混在しています。2013-07-18のように年から入力してください")
PASTED = Words("the pasted rows", "貼り付けた行")
_COLUMN_WORDS = {"date": Words("date", "日付"), "close": Words("close", "終値")}


class TableError(ValueError):
    """A table cannot be read; the message names the row or column.
    ``message`` is the catalogue message, ``str()`` its English."""

    def __init__(self, message: Message):
        self.message = message
        super().__init__(str(message))


def _error(key: str, **figures: Any) -> TableError:
    return TableError(message(key, **figures))


_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode_table(data: bytes, name: str | Words = PASTED) -> str:
    """Text of a table saved by Excel or a vendor, whatever the encoding (see
    the module's docstring for the order tried)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise _error(ENCODING, name=name) from None
    for encoding in ("utf-8", "cp932"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise _error(ENCODING, name=name)


def facility_plan_frame(rows: tuple[FacilityRow, ...]) -> "pd.DataFrame":
    """The facility plan with its remaining column, as a DataFrame of Decimals."""
    import pandas as pd

    frame = pd.DataFrame(
        [{"company": r.company, "facility": r.facility, "total": r.total, "paid": r.paid} for r in rows],
        columns=["company", "facility", "total", "paid"])
    frame["remaining"] = [t - p if isinstance(t, Decimal) and isinstance(p, Decimal) else None
                          for t, p in zip(frame["total"], frame["paid"])]
    return frame


_UNIT_IN_HEADING = re.compile(r"\((円|yen|jpy)\)$")


def _heading(column: object) -> str:
    """A column heading as looked up: 終値（円） and ' Close ' read as 終値 and close."""
    return _UNIT_IN_HEADING.sub("", "".join(to_ascii(str(column)).split()).lower())


def _pick(columns: list[str], wanted: tuple[str, ...], what: str) -> str:
    keys = {"".join(w.split()) for w in wanted}
    for column in columns:
        if _heading(column) in keys:
            return column
    raise _error(NO_COLUMN, what=_COLUMN_WORDS[what], expected=", ".join(repr(w) for w in wanted),
                 found=", ".join(repr(str(c)) for c in columns))


def _blank(cell: object) -> bool:
    import pandas as pd

    return cell is None or (isinstance(cell, str) and not cell.strip()) or bool(pd.isna(cell))


def price_history_from_frame(frame: "pd.DataFrame") -> tuple[PricePoint, ...]:
    """Closing prices from a table with a date and a close column, oldest first."""
    columns = list(frame.columns)
    day_col, close_col = _pick(columns, DATE_HEADINGS, "date"), _pick(columns, CLOSE_HEADINGS, "close")
    points = []
    day_first = _day_first(frame[day_col])
    for number, (raw_day, raw_close) in enumerate(zip(frame[day_col], frame[close_col]), start=2):
        if _blank(raw_day) and _blank(raw_close):
            continue
        day = _day(raw_day, number, day_first)
        close = None if _blank(raw_close) else CLOSE.parse(str(raw_close))
        if not isinstance(close, Decimal):
            reason = close.message if isinstance(close, Invalid) else message(NO_CLOSE, day=day)
            raise _error(IN_ROW, row=str(number), reason=reason)
        points.append(PricePoint(day, close.quantize(Decimal("0.01"))))
    return tuple(sorted(points, key=lambda p: p.day or dt.date.min))


def _day_first(cells: Any) -> bool | None:
    """Whether the column's year-last dates put the day first; ``None`` when
    it has none or cannot tell."""
    firsts = seconds = False
    for cell in cells:
        parts = None if _blank(cell) else date_forms.year_last_parts(str(cell))
        if parts:
            firsts, seconds = firsts or parts[0] > 12, seconds or parts[1] > 12
    if firsts and seconds:
        raise _error(MIXED_ORDER, what=_COLUMN_WORDS["date"])
    return True if firsts else False if seconds else None


def _day(raw: object, number: int, day_first: bool | None = None) -> dt.date:
    """A row's date: any form a date field reads, a year-last date in the
    column's order, else what pandas makes of a vendor's form (an Excel date
    cell, "Oct 31, 2013")."""
    import pandas as pd

    if _blank(raw):
        raise _error(IN_ROW, row=str(number), reason=message(NO_DATE))
    text = str(raw)
    parts = date_forms.year_last_parts(text)
    if parts and day_first is not None:
        day, month = (parts[0], parts[1]) if day_first else (parts[1], parts[0])
        text = f"{parts[2]}-{month}-{day}"
    found = DATE.parse(text)
    if isinstance(found, dt.date):
        return found
    assert isinstance(found, Invalid)
    if text != str(raw) and isinstance(found.message, Message):  # name the date as the file writes it
        found = Invalid(str(raw), Message(found.message.key, tuple(
            (name, str(raw) if name == "typed" else value) for name, value in found.message.figures)))
    if isinstance(found.message, Message) and found.message.key != date_forms.NOT_A_DATE:
        raise _error(IN_ROW, row=str(number), reason=found.message)  # a form we know, wrongly filled in
    try:
        return pd.Timestamp(raw).date()
    except (ValueError, TypeError):
        raise _error(IN_ROW, row=str(number), reason=found.message) from None


def read_price_history(source: str | Path) -> tuple[PricePoint, ...]:
    """Closing prices from a .csv, .xlsx or .xlsm file (the old binary .xls
    needs a reader the application does not ship: save it as .xlsx)."""
    import pandas as pd

    path = Path(source)
    if path.suffix.lower() == ".xls":
        raise _error(OLD_EXCEL, name=path.name)
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            frame = pd.read_excel(path, dtype=str, keep_default_na=False)
        else:
            size = path.stat().st_size
            if size > MAX_TABLE_BYTES:
                raise _error(TOO_LARGE, name=path.name, size=f"{size:,}")
            frame = _text_frame(decode_table(path.read_bytes(), path.name), path.name)
    except FileNotFoundError:
        raise _error(NO_FILE, path=str(path)) from None
    except TableError:
        raise
    except (ValueError, OSError) as exc:
        raise _error(UNREADABLE, name=path.name, detail=str(exc)) from None
    return price_history_from_frame(frame)


def price_history_from_text(text: str | bytes) -> tuple[PricePoint, ...]:
    """Closing prices from rows pasted from a spreadsheet (tab separated, with
    headings); bytes are decoded as a file's would be."""
    if isinstance(text, bytes):
        text = decode_table(text)
    return price_history_from_frame(_text_frame(text, PASTED))


def _text_frame(text: str, name: str | Words) -> "pd.DataFrame":
    """Rows of text, tab separated when the heading row has a tab, else comma separated."""
    import pandas as pd

    text = text.removeprefix("\ufeff")
    heading = text.split("\n", 1)[0]
    sep = "\t" if "\t" in heading else ","
    try:
        return pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False)
    except (ValueError, pd.errors.ParserError) as exc:
        raise _error(UNREADABLE, name=name, detail=str(exc)) from None
