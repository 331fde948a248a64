"""TSE business days (DOMAIN.md section 2), as tables of dates."""

from __future__ import annotations

import datetime as dt

import pytest

from worksheet.calendar import TseCalendar, add_calendar_days

d = dt.date
CAL = TseCalendar()


@pytest.mark.parametrize(("day", "business"), [
    (d(2013, 7, 15), False),  # Marine Day
    (d(2013, 7, 16), True),
    (d(2013, 7, 13), False),  # Saturday
    (d(2013, 12, 31), False),  # exchange year-end closure
    (d(2014, 1, 1), False),
    (d(2014, 1, 2), False),
    (d(2014, 1, 3), False),
    (d(2014, 1, 6), True),
    (d(2013, 11, 4), False),  # substitute holiday for Culture Day (Sunday 3 Nov)
    (d(2013, 5, 6), False),  # substitute holiday
    (d(2019, 5, 1), False),  # enthronement day, a one-off national holiday
    (d(2020, 7, 24), False),  # Sports Day moved for the Olympics
    (d(2020, 10, 12), True),  # ... so the usual October Monday was a business day
])
def test_business_days(day, business):
    assert CAL.is_business_day(day) is business


@pytest.mark.parametrize(("start", "n", "expected"), [
    (d(2013, 7, 10), 1, d(2013, 7, 11)),
    (d(2013, 7, 10), 2, d(2013, 7, 12)),
    (d(2013, 7, 10), 5, d(2013, 7, 18)),  # skips Marine Day
    (d(2013, 7, 17), 5, d(2013, 7, 24)),
    (d(2013, 12, 30), 1, d(2014, 1, 6)),  # across the year-end closure
    (d(2013, 7, 18), -5, d(2013, 7, 10)),
    (d(2013, 7, 13), 0, d(2013, 7, 13)),
])
def test_add_business_days(start, n, expected):
    assert CAL.add_business_days(start, n) == expected


def test_without_the_holiday_payment_would_leave_its_window():
    # DOMAIN.md: a calendar without Marine Day gives 2013-07-17 for P = 2013-07-10.
    weekdays_only = TseCalendar()
    naive = d(2013, 7, 10)
    count = 0
    while count < 5:
        naive += dt.timedelta(days=1)
        if naive.weekday() < 5:
            count += 1
    assert naive == d(2013, 7, 17)
    assert weekdays_only.add_business_days(d(2013, 7, 10), 5) == d(2013, 7, 18)


def test_extra_closure_moves_dates():
    cal = TseCalendar((d(2013, 7, 16),))
    assert not cal.is_business_day(d(2013, 7, 16))
    assert cal.closure_name(d(2013, 7, 16)) == "Closure added in this deal"
    assert cal.add_business_days(d(2013, 7, 10), 5) == d(2013, 7, 19)


@pytest.mark.parametrize(("day", "english", "japanese"), [
    (d(2013, 7, 13), "Saturday", "土曜日"),
    (d(2013, 7, 14), "Sunday", "日曜日"),
    (d(2013, 7, 15), "Marine Day", "海の日"),
    (d(2013, 7, 16), "Closure added in this deal", "本件で追加した休業日"),
    (d(2014, 1, 2), "Exchange year-end closure", "年末年始休業日"),
    (d(2013, 7, 18), None, None),
])
def test_closures_are_named_in_both_languages(day, english, japanese):
    cal = TseCalendar((d(2013, 7, 16),))
    assert cal.closure_name(day) == english
    assert cal.closure_name(day, "ja") == japanese


def test_inclusive_count_and_windows():
    assert CAL.business_days_between(d(2013, 7, 13), d(2013, 7, 29)) == 10
    assert CAL.business_days_between(d(2013, 7, 18), d(2013, 7, 18)) == 1
    assert CAL.business_days_between(d(2013, 7, 19), d(2013, 7, 18)) == 0
    window = CAL.last_business_days(d(2013, 10, 31), 30)
    assert len(window) == 30 and window[-1] == d(2013, 10, 31) and window[0] == d(2013, 9, 18)
    assert d(2013, 10, 14) not in window  # Health and Sports Day


def test_non_business_days_listing():
    listed = dict(CAL.non_business_days(d(2013, 7, 1), d(2013, 8, 31)))
    assert list(listed) == [d(2013, 7, 15)]
    assert "Marine" in listed[d(2013, 7, 15)]


def test_lockup_is_calendar_days():
    assert add_calendar_days(d(2013, 7, 19), 90) == d(2013, 10, 17)
