"""The on-disk copy of the holiday library's answers."""

from __future__ import annotations

import datetime as dt
import json

import holidays

from worksheet.holiday_cache import HolidayStore, library_version


def test_cache_matches_the_library_and_is_reused(tmp_path, monkeypatch):
    store = HolidayStore(tmp_path, library_version())
    got = store.year(2013)
    library = dict(holidays.financial_holidays("XJPX", years=2013, language="en_US"))
    assert set(got) == set(library)  # the same days ...
    for day, name in library.items():  # ... named as the library names them, but the exchange's own closure
        if (day.month, day.day) in ((12, 31), (1, 2), (1, 3)):
            assert got[day] == "Exchange year-end closure", day
        else:
            assert got[day] == name.replace("Bank Holiday; ", ""), day
    assert dt.date(2013, 12, 31) in got and dt.date(2013, 7, 15) in got
    assert store.path.exists()

    def no_library(years):
        raise AssertionError("the library was asked although the cache has the year")

    monkeypatch.setattr("worksheet.holiday_cache._from_library", no_library)
    again = HolidayStore(tmp_path, library_version())
    assert again.year(2013) == got
    assert again.year(2017) == store.year(2017)  # the span around 2013 was stored too


def test_a_new_library_version_is_asked_again(tmp_path):
    old = HolidayStore(tmp_path, "0.1")
    old.year(2013)
    data = json.loads(old.path.read_text(encoding="utf-8"))
    data["years"]["2013"] = [["2013-07-16", "Wrong"]]
    old.path.write_text(json.dumps(data), encoding="utf-8")
    assert dt.date(2013, 7, 16) in HolidayStore(tmp_path, "0.1").year(2013)
    assert dt.date(2013, 7, 16) not in HolidayStore(tmp_path, "0.2").year(2013)


def test_a_damaged_cache_is_rebuilt(tmp_path):
    store = HolidayStore(tmp_path, "9.9")
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_text("{not json", encoding="utf-8")
    assert dt.date(2013, 7, 15) in store.year(2013)
    assert json.loads(store.path.read_text(encoding="utf-8"))["holidays_version"] == "9.9"


def test_no_cache_folder_still_works(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    store = HolidayStore(blocker / "sub", "1.0")
    assert dt.date(2013, 7, 15) in store.year(2013)


def test_version_read_without_importing_the_library():
    from importlib.metadata import version

    assert library_version() == version("holidays")


def test_the_same_days_are_named_in_japanese(tmp_path):
    store = HolidayStore(tmp_path, library_version())
    japanese = store.year(2013, "ja")
    assert set(japanese) == set(store.year(2013))
    assert japanese[dt.date(2013, 7, 15)] == "海の日"
    assert japanese[dt.date(2013, 1, 1)] == "元日"  # the library's bank holiday left out, as in English
    assert japanese[dt.date(2013, 12, 31)] == "年末年始休業日"
    assert HolidayStore(tmp_path, library_version()).year(2014, "ja") == store.year(2014, "ja")  # from the file
