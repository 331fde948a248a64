"""The offering's schedule in Tokyo Stock Exchange business days.

Rules from the release of 2 July 2013 (seed 000), P the pricing date:
subscription from the 1st to the 2nd business day after P; payment on the
5th business day after P, inside its window; delivery of the over-allotment
shares the business day after payment; syndicate cover from the calendar
day after the subscription period to a fixed end date; lock-up from P to
the 90th calendar day after delivery. Each offset is an input with these
values as defaults: other deals state others.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from worksheet.calendar import add_calendar_days
from worksheet.engine import Broken, Context, rule, validator
from worksheet.findings import Finding, error, warning
from worksheet.kinds import BUSINESS_DAYS, DATE, DAYS
from worksheet.schema import value


@dataclass(frozen=True)
class Schedule:
    pricing_date: dt.date | None = value(DATE, "Pricing date", required=True)
    pricing_window_start: dt.date | None = value(DATE, "Pricing window, first day")
    pricing_window_end: dt.date | None = value(DATE, "Pricing window, last day")
    subscription_start_offset: int | None = value(BUSINESS_DAYS, "Subscription starts, business days after pricing", 1)
    subscription_end_offset: int | None = value(BUSINESS_DAYS, "Subscription ends, business days after pricing", 2)
    payment_offset: int | None = value(BUSINESS_DAYS, "Payment, business days after pricing", 5)
    payment_window_start: dt.date | None = value(DATE, "Payment window, first day")
    payment_window_end: dt.date | None = value(DATE, "Payment window, last day")
    delivery_offset: int | None = value(BUSINESS_DAYS, "Delivery, business days after payment", 1)
    cover_end: dt.date | None = value(DATE, "Syndicate cover period ends")
    allotment_subscription_date: dt.date | None = value(DATE, "Third-party allotment subscription date")
    allotment_payment_date: dt.date | None = value(DATE, "Third-party allotment payment date")
    lockup_days: int | None = value(DAYS, "Lock-up, calendar days after delivery", 90)


def _in_window(c: Context, day: dt.date, start_path: str, end_path: str, what: str, path: str) -> dt.date:
    start, end = c.optional(start_path), c.optional(end_path)
    if start and day < start or end and day > end:
        window = f"{start.isoformat() if start else '...'} to {end.isoformat() if end else '...'}"
        raise Broken(error(path, f"{what} within its window",
                           f"The {what.lower()} would be {day:%a} {day.isoformat()}, outside its window {window}."))
    return day


@rule("schedule.subscription_start", "Subscription period, first day", "date",
      "The business day after the pricing date (the offset is an input).")
def _sub_start(c: Context) -> dt.date:
    return c.calendar.add_business_days(c.input("schedule.pricing_date"), c.input("schedule.subscription_start_offset"))


@rule("schedule.subscription_end", "Subscription period, last day", "date",
      "The second business day after the pricing date (the offset is an input).")
def _sub_end(c: Context) -> dt.date:
    return c.calendar.add_business_days(c.input("schedule.pricing_date"), c.input("schedule.subscription_end_offset"))


@rule("schedule.payment_date", "Payment date", "date",
      "The fifth business day after the pricing date (the offset is an input), which must fall in the payment window.")
def _payment(c: Context) -> dt.date:
    day = c.calendar.add_business_days(c.input("schedule.pricing_date"), c.input("schedule.payment_offset"))
    return _in_window(c, day, "schedule.payment_window_start", "schedule.payment_window_end", "Payment date", "schedule.payment_date")


@rule("schedule.delivery_date", "Delivery date", "date",
      "The business day after the payment date (the offset is an input).")
def _delivery(c: Context) -> dt.date:
    return c.calendar.add_business_days(c["schedule.payment_date"], c.input("schedule.delivery_offset"))


@rule("schedule.cover_start", "Syndicate cover period, first day", "date",
      "The calendar day after the last day of the subscription period.")
def _cover_start(c: Context) -> dt.date:
    return add_calendar_days(c["schedule.subscription_end"], 1)


@rule("schedule.cover_business_days", "Syndicate cover period, business days", "business days",
      "TSE business days from the first to the last day of the syndicate cover period, both included.")
def _cover_days(c: Context) -> int:
    start, end = c["schedule.cover_start"], c.input("schedule.cover_end")
    if end < start:
        raise Broken(error("schedule.cover_end", "Syndicate cover period in order",
                           f"The syndicate cover period would end on {end.isoformat()}, before it starts on {start.isoformat()}."))
    return c.calendar.business_days_between(start, end)


@rule("schedule.lockup_end", "Lock-up ends", "date",
      "The 90th calendar day after the delivery date (the number of days is an input); the lock-up runs from the pricing date.")
def _lockup(c: Context) -> dt.date:
    return add_calendar_days(c["schedule.delivery_date"], c.input("schedule.lockup_days"))


@validator
def _check_schedule(deal) -> list[Finding]:
    s = deal.schedule
    if s is None:
        return []
    found = []

    def ordered(a: str, b: str, message: str, severity=error) -> None:
        first, second = getattr(s, a), getattr(s, b)
        if isinstance(first, dt.date) and isinstance(second, dt.date) and second < first:
            found.append(severity(f"schedule.{b}", "Dates in order", message.format(first=first, second=second)))

    ordered("pricing_window_start", "pricing_window_end", "The pricing window ends ({second}) before it starts ({first}).")
    ordered("payment_window_start", "payment_window_end", "The payment window ends ({second}) before it starts ({first}).")
    ordered("cover_end", "allotment_subscription_date",
            "The third-party allotment subscription date ({second}) comes before the syndicate cover period ends ({first}).")
    ordered("allotment_subscription_date", "allotment_payment_date",
            "The third-party allotment is paid ({second}) before it is subscribed ({first}).")
    ordered("pricing_date", "cover_end", "The syndicate cover period ends ({second}) before the pricing date ({first}).")
    calendar = deal.calendar()
    for path, what in (("pricing_date", "The pricing date"),
                       ("allotment_subscription_date", "The third-party allotment subscription date"),
                       ("allotment_payment_date", "The third-party allotment payment date")):
        day = getattr(s, path)
        if isinstance(day, dt.date) and not calendar.is_business_day(day):
            found.append(error(f"schedule.{path}", "On a TSE business day",
                               f"{what}, {day:%a} {day.isoformat()}, is not a TSE business day ({calendar.closure_name(day)})."))
    day, first, last = s.pricing_date, s.pricing_window_start, s.pricing_window_end
    if isinstance(day, dt.date) and (isinstance(first, dt.date) and day < first or isinstance(last, dt.date) and day > last):
        found.append(error("schedule.pricing_date", "Pricing date within its window",
                           f"The pricing date {day.isoformat()} is outside its window "
                           f"{first.isoformat() if isinstance(first, dt.date) else '...'} to "
                           f"{last.isoformat() if isinstance(last, dt.date) else '...'}."))
    start, end = s.subscription_start_offset, s.subscription_end_offset
    if isinstance(start, int) and isinstance(end, int) and end < start:
        found.append(error("schedule.subscription_end_offset", "Subscription period in order",
                           f"The subscription period would end {end} business days after pricing, before it starts ({start})."))
    pay = s.payment_offset
    if isinstance(pay, int) and isinstance(end, int) and pay <= end:
        found.append(warning("schedule.payment_offset", "Payment after subscription",
                             f"Payment {pay} business days after pricing is not after the end of subscription ({end})."))
    return found
