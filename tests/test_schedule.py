"""The offering schedule from the pricing date (DOMAIN.md section 2)."""

from __future__ import annotations

import datetime as dt

import pytest

from worksheet.deal import Closure, compute

from .conftest import messages

d = dt.date


def test_example_schedule(example, ws):
    assert example.schedule.pricing_date == d(2013, 7, 10)
    assert ws.value("schedule.subscription_start") == d(2013, 7, 11)
    assert ws.value("schedule.subscription_end") == d(2013, 7, 12)
    assert ws.value("schedule.payment_date") == d(2013, 7, 18)  # Marine Day skipped
    assert ws.value("schedule.delivery_date") == d(2013, 7, 19)
    assert ws.value("schedule.cover_start") == d(2013, 7, 13)
    assert example.schedule.cover_end == d(2013, 7, 29)
    assert ws.value("schedule.lockup_end") == d(2013, 10, 17)
    assert not [f for f in ws.findings if f.path.startswith("schedule.")]


@pytest.mark.parametrize(("pricing", "payment", "delivery"), [
    (d(2013, 7, 10), d(2013, 7, 18), d(2013, 7, 19)),
    (d(2013, 7, 11), d(2013, 7, 19), d(2013, 7, 22)),
    (d(2013, 7, 12), d(2013, 7, 22), d(2013, 7, 23)),
    (d(2013, 7, 16), d(2013, 7, 23), d(2013, 7, 24)),
    (d(2013, 7, 17), d(2013, 7, 24), d(2013, 7, 25)),  # the last day of the window
])
def test_pricing_dates_in_the_window(example, pricing, payment, delivery):
    ws = compute(example.with_value("schedule.pricing_date", pricing))
    assert ws.value("schedule.payment_date") == payment
    assert ws.value("schedule.delivery_date") == delivery


def test_payment_outside_window_is_said_not_printed(example):
    # An extra closure pushes the 5th business day after 2013-07-17 to the 25th.
    deal = example.with_value("schedule.pricing_date", d(2013, 7, 17))
    deal = deal.with_value("closures", (Closure(d(2013, 7, 22), "Exchange outage"),))
    ws = compute(deal)
    assert ws.value("schedule.payment_date") is None
    assert any("2013-07-25, outside its window 2013-07-18 to 2013-07-24" in m
               for m in messages(ws, "schedule.payment_date"))
    assert ws.value("schedule.delivery_date") is None  # depends on the payment date
    assert ws.results["schedule.delivery_date"].reason.text().startswith(
        "Waits for Payment date: The payment date would be 2013-07-25")
    assert ws.value("schedule.subscription_start") == d(2013, 7, 18)


def test_pricing_on_a_holiday_or_outside_its_window(example):
    ws = compute(example.with_value("schedule.pricing_date", d(2013, 7, 15)))  # Marine Day
    assert any("2013-07-15, is not a TSE business day" in m for m in messages(ws, "schedule.pricing_date"))
    assert ws.value("schedule.payment_date") is None
    assert ws.results["schedule.payment_date"].blocked_by == "schedule.pricing_date"
    ws = compute(example.with_value("schedule.pricing_date", d(2013, 7, 18)))
    assert any("outside its window 2013-07-10 to 2013-07-17" in m for m in messages(ws, "schedule.pricing_date"))


def test_offsets_are_inputs(example):
    deal = example.with_value("schedule.payment_offset", 4).with_value("schedule.lockup_days", 180)
    deal = deal.with_value("schedule.payment_window_start", None)
    ws = compute(deal)
    assert ws.value("schedule.payment_date") == d(2013, 7, 17)
    assert ws.value("schedule.delivery_date") == d(2013, 7, 18)
    assert ws.value("schedule.lockup_end") == d(2014, 1, 14)  # 180 calendar days after delivery


def test_allotment_dates_must_be_business_days(example):
    ws = compute(example.with_value("schedule.allotment_payment_date", d(2013, 8, 4)))
    assert any("2013-08-04, is not a TSE business day" in m  # a Sunday
               for m in messages(ws, "schedule.allotment_payment_date"))
    assert not [f for f in ws.findings if f.path.startswith("schedule.") and f.path != "schedule.allotment_payment_date"]


def test_a_calendar_without_marine_day_would_be_caught(example, monkeypatch):
    # DOMAIN.md: without the holiday, P = 2013-07-10 gives 2013-07-17, outside the
    # payment window; the worksheet must say so rather than print it.
    from worksheet import calendar
    from worksheet.holiday_cache import exchange_holidays

    def without_marine_day(year):
        return {d_: n for d_, n in exchange_holidays(year).items() if d_ != d(2013, 7, 15)}

    monkeypatch.setattr(calendar, "_exchange_holidays", without_marine_day)
    calendar._business_day_index.cache_clear()  # business days are indexed once per set of years
    try:
        ws = compute(example)
    finally:
        monkeypatch.undo()
        calendar._business_day_index.cache_clear()
    assert ws.value("schedule.payment_date") is None
    assert any("would be 2013-07-17, outside its window 2013-07-18 to 2013-07-24" in m
               for m in messages(ws, "schedule.payment_date"))
