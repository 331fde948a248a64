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

from worksheet.expressions import (add_business_days, add_calendar_days, all_of, any_of, business_days_between,
                                   is_blank, is_business_day)
from worksheet.kinds import BUSINESS_DAYS, DATE, DAYS
from worksheet.offering import OFFERING_TAB
from worksheet.rules import BUSINESS_DAYS as BUSINESS_DAY_COUNT
from worksheet.rules import DAY, Check, Group, Results, Rule, Section, inputs
from worksheet.schema import value


@dataclass(frozen=True)
class Schedule:
    pricing_date: dt.date | None = value(DATE, ("Pricing date", "発行価格等決定日"), required=True)
    pricing_window_start: dt.date | None = value(DATE, ("Pricing window, first day", "発行価格等決定日の期間（初日）"))
    pricing_window_end: dt.date | None = value(DATE, ("Pricing window, last day", "発行価格等決定日の期間（末日）"))
    subscription_start_offset: int | None = value(
        BUSINESS_DAYS, ("Subscription starts, business days after pricing", "申込期間の初日（決定日の何営業日後）"), 1)
    subscription_end_offset: int | None = value(
        BUSINESS_DAYS, ("Subscription ends, business days after pricing", "申込期間の末日（決定日の何営業日後）"), 2)
    payment_offset: int | None = value(
        BUSINESS_DAYS, ("Payment, business days after pricing", "払込期日（決定日の何営業日後）"), 5)
    payment_window_start: dt.date | None = value(DATE, ("Payment window, first day", "払込期日の期間（初日）"))
    payment_window_end: dt.date | None = value(DATE, ("Payment window, last day", "払込期日の期間（末日）"))
    delivery_offset: int | None = value(
        BUSINESS_DAYS, ("Delivery, business days after payment", "受渡期日（払込期日の何営業日後）"), 1)
    cover_end: dt.date | None = value(DATE, ("Syndicate cover period ends", "シンジケートカバー取引期間の末日"))
    allotment_subscription_date: dt.date | None = value(
        DATE, ("Third-party allotment subscription date", "第三者割当の申込期日"))
    allotment_payment_date: dt.date | None = value(DATE, ("Third-party allotment payment date", "第三者割当の払込期日"))
    lockup_days: int | None = value(DAYS, ("Lock-up, calendar days after delivery", "ロックアップ（受渡期日から何日）"), 90)


s = inputs(Schedule, "schedule")

#: the payment date before its window is checked (the check reads this, the result prints it)
payment_day = add_business_days(s.pricing_date, s.payment_offset)
subscription_end = add_business_days(s.pricing_date, s.subscription_end_offset)
cover_start = add_calendar_days(subscription_end, 1)


def _ordered(first, second, en: str, ja: str) -> Check:  # noqa: ANN001 - two dates of the schedule
    return Check(about=second, holds=second >= first, label=("Dates in order", "日付の前後関係"), message=(en, ja),
                 figures=dict(first=first, second=second))


def _on_business_day(day, en: str, ja: str) -> Check:  # noqa: ANN001
    return Check(about=day, holds=is_business_day(day), label=("On a TSE business day", "営業日であること"),
                 message=(en, ja), figures=dict(day=day))


class ScheduleResults(Results, prefix="schedule"):
    subscription_start = Rule(DAY, add_business_days(s.pricing_date, s.subscription_start_offset),
                              "Subscription period, first day", "申込期間（初日）")
    subscription_end = Rule(DAY, subscription_end, "Subscription period, last day", "申込期間（末日）")
    payment_date = Rule(DAY, payment_day, "Payment date", "払込期日",
                        rule=("It must fall in the payment window the release states.",
                              "開示資料に記載された払込期日の期間内でなければならない。"))
    delivery_date = Rule(DAY, add_business_days(payment_date, s.delivery_offset), "Delivery date", "受渡期日")
    cover_start = Rule(DAY, cover_start, "Syndicate cover period, first day", "シンジケートカバー取引期間（初日）",
                       rule=("The day after the subscription period ends.", "申込期間終了日の翌日から。"))
    cover_business_days = Rule(BUSINESS_DAY_COUNT, business_days_between(cover_start, s.cover_end),
                               "Syndicate cover period, business days", "シンジケートカバー取引期間の営業日数")
    lockup_end = Rule(DAY, add_calendar_days(delivery_date, s.lockup_days), "Lock-up ends", "ロックアップ期間の末日",
                      rule=("The lock-up runs from the pricing date.", "ロックアップ期間は発行価格等決定日から始まる。"))

    payment_in_window = Check(
        about=payment_date, blanks=True,
        holds=all_of(any_of(is_blank(s.payment_window_start.or_blank()), payment_day >= s.payment_window_start.or_blank()),
                     any_of(is_blank(s.payment_window_end.or_blank()), payment_day <= s.payment_window_end.or_blank())),
        label=("Payment date within its window", "払込期日は期間内"),
        message=("The payment date would be {day:date}, outside its window {start:date} to {end:date}.",
                 "払込期日が{day:date}となり、期間（{start:date}～{end:date}）の範囲外です。"),
        figures=dict(day=payment_day, start=s.payment_window_start.or_blank(), end=s.payment_window_end.or_blank()))
    cover_in_order = Check(
        about=cover_business_days, blanks=True, holds=s.cover_end >= cover_start,
        label=("Syndicate cover period in order", "シンジケートカバー取引期間の前後関係"),
        message=("The syndicate cover period would end on {end:date}, before it starts on {start:date}.",
                 "シンジケートカバー取引期間の末日{end:date}が初日{start:date}より前です。"),
        figures=dict(end=s.cover_end, start=cover_start))
    pricing_in_window = Check(
        about=s.pricing_date,
        holds=all_of(any_of(is_blank(s.pricing_window_start.or_blank()), s.pricing_date >= s.pricing_window_start.or_blank()),
                     any_of(is_blank(s.pricing_window_end.or_blank()), s.pricing_date <= s.pricing_window_end.or_blank())),
        label=("Pricing date within its window", "発行価格等決定日は期間内"),
        message=("The pricing date {day:date} is outside its window {start:date} to {end:date}.",
                 "発行価格等決定日{day:date}が期間（{start:date}～{end:date}）の範囲外です。"),
        figures=dict(day=s.pricing_date, start=s.pricing_window_start.or_blank(), end=s.pricing_window_end.or_blank()))
    pricing_window_in_order = _ordered(
        s.pricing_window_start, s.pricing_window_end, "The pricing window ends ({second:date}) before it starts ({first:date}).",
        "発行価格等決定日の期間の末日（{second:date}）が初日（{first:date}）より前です。")
    payment_window_in_order = _ordered(
        s.payment_window_start, s.payment_window_end, "The payment window ends ({second:date}) before it starts ({first:date}).",
        "払込期日の期間の末日（{second:date}）が初日（{first:date}）より前です。")
    allotment_after_cover = _ordered(
        s.cover_end, s.allotment_subscription_date,
        "The third-party allotment subscription date ({second:date}) comes before the syndicate cover period ends "
        "({first:date}).",
        "第三者割当の申込期日（{second:date}）がシンジケートカバー取引期間の末日（{first:date}）より前です。")
    allotment_paid_after_subscribed = _ordered(
        s.allotment_subscription_date, s.allotment_payment_date,
        "The third-party allotment is paid ({second:date}) before it is subscribed ({first:date}).",
        "第三者割当の払込期日（{second:date}）が申込期日（{first:date}）より前です。")
    cover_after_pricing = _ordered(
        s.pricing_date, s.cover_end, "The syndicate cover period ends ({second:date}) before the pricing date ({first:date}).",
        "シンジケートカバー取引期間の末日（{second:date}）が発行価格等決定日（{first:date}）より前です。")
    pricing_on_business_day = _on_business_day(
        s.pricing_date, "The pricing date, {day:date}, is not a TSE business day.",
        "発行価格等決定日{day:date}は東京証券取引所の営業日ではありません。")
    allotment_subscription_on_business_day = _on_business_day(
        s.allotment_subscription_date, "The third-party allotment subscription date, {day:date}, is not a TSE "
        "business day.", "第三者割当の申込期日{day:date}は東京証券取引所の営業日ではありません。")
    allotment_payment_on_business_day = _on_business_day(
        s.allotment_payment_date, "The third-party allotment payment date, {day:date}, is not a TSE business day.",
        "第三者割当の払込期日{day:date}は東京証券取引所の営業日ではありません。")


R = ScheduleResults

SECTION = Section(
    key="schedule", document=Schedule,
    label=("Schedule", "日程"),
    declarations=(ScheduleResults,),
    tab=OFFERING_TAB,
    screen=(
        Group("schedule", ("Schedule (TSE business days)", "日程（東京証券取引所の営業日）"),
              inputs=(s.pricing_date, s.pricing_window_start, s.pricing_window_end, s.subscription_start_offset,
                      s.subscription_end_offset, s.payment_offset, s.payment_window_start, s.payment_window_end,
                      s.delivery_offset, s.lockup_days),
              results=(R.subscription_start, R.subscription_end, R.payment_date, R.delivery_date, R.lockup_end),
              toggle=True),
    ),
    sheet=("Schedule", "日程"),
)
