"""Price histories and the facility plan through pandas."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from worksheet.tables import TableError, facility_plan_frame, price_history_from_text, read_price_history


def test_facility_plan_frame(example):
    frame = facility_plan_frame(example.proceeds.facility_plan)
    assert sum(frame["total"]) == D("10451000")
    assert sum(frame["remaining"]) == D("10122262")


def test_price_history_from_a_vendor_csv(tmp_path):
    path = tmp_path / "closes.csv"
    path.write_text("Date,Open,Close\n2013-10-31,2410,\"2,415\"\n2013-10-30,2400,2401.5\n", encoding="utf-8")
    points = read_price_history(path)
    assert [(p.day, p.close) for p in points] == [(dt.date(2013, 10, 30), D("2401.50")),
                                                  (dt.date(2013, 10, 31), D("2415.00"))]


def test_price_history_from_an_excel_download(tmp_path):
    import pandas as pd

    path = tmp_path / "closes.xlsx"
    pd.DataFrame({"日付": ["2013-10-31", "2013-10-30"], "終値": ["2415", "2401"]}).to_excel(path, index=False)
    assert [p.close for p in read_price_history(path)] == [D("2401.00"), D("2415.00")]


def test_pasted_rows_and_their_errors():
    points = price_history_from_text("Date\tClose\n2013/10/31\t2415\n")
    assert points[0].day == dt.date(2013, 10, 31)
    with pytest.raises(TableError, match="no close column"):
        price_history_from_text("Date\tPrice\n2013-10-31\t2415\n")
    with pytest.raises(TableError, match="row 2: 'soon' is not a date"):
        price_history_from_text("Date\tClose\nsoon\t2415\n")
    with pytest.raises(TableError, match="row 3: 'n/a' is not a closing price"):
        price_history_from_text("Date\tClose\n2013-10-31\t2415\n2013-10-30\tn/a\n")


def test_old_excel_files_are_named(tmp_path):
    path = tmp_path / "closes.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(TableError, match="old Excel 97-2003 file: save it as .xlsx"):
        read_price_history(path)
