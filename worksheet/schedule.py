"""The offering's schedule in Tokyo Stock Exchange business days.

Rules from the release of 2 July 2013 (seed 000), P the pricing date:
subscription from the 1st to the 2nd business day after P; payment on the
5th business day after P, inside its window; delivery of the over-allotment
shares the business day after payment; syndicate cover from the calendar
day after the subscription period to a fixed end date; lock-up from P to
the 90th calendar day after delivery. Each offset is an input with these
values as defaults: other deals state others, and :data:`PRESETS` holds
the patterns seen in published notices (follow-ons before and after the
move to T+2 settlement in July 2019, book-built IPOs), each saying where it
was seen or that it could not be confirmed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from worksheet.expressions import (add_business_days, add_calendar_days, all_of, any_of, business_days_between,
                                   is_blank, is_business_day)
from worksheet.kinds import BUSINESS_DAYS, DATE, DAYS
from worksheet.offering import OFFERING_TAB
from worksheet.rules import BUSINESS_DAYS as BUSINESS_DAY_COUNT
from worksheet.rules import DAY, Check, Group, Preset, Presets, Results, Rule, Section, inputs
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


def _pattern(key: str, name: tuple[str, str], period: tuple[str, str], description: tuple[str, str],
             start: int, end: int, payment: int, delivery: int) -> Preset:
    return Preset(key, name, period, description, (
        (s.subscription_start_offset, start), (s.subscription_end_offset, end), (s.payment_offset, payment),
        (s.delivery_offset, delivery)))


#: the offsets seen in published notices (tests/sources/offerings/07-schedule-patterns.md), each with the period it is
#: typical of; choosing one fills the offsets, which stay editable
PRESETS = Presets("schedule", ("Fill the offsets from a pattern", "日程のパターンから入力"), (
    _pattern("follow_on_t3", ("Follow-on: P+1 to P+2, payment P+5, delivery P+6",
                              "公募増資：申込P+1～P+2、払込P+5、受渡P+6"),
             ("Follow-ons before the move to T+2 settlement on 16 July 2019", "2019年7月16日のT+2移行前の公募増資"),
             ("Seen in the seed (pricing 2013-07-10, payment 2013-07-18 across Marine Day) and in SMFG's global "
              "offering priced 2010-01-20 (payment 2010-01-27; its delivery date was not captured).",
              "シード（2013年7月10日決定、海の日をはさみ2013年7月18日払込）及び三井住友FGの2010年1月20日決定のグローバル・"
              "オファリング（2010年1月27日払込、受渡期日は未確認）で確認。"),
             1, 2, 5, 1),
    _pattern("follow_on_three_day", ("Follow-on, three-day subscription: P+1 to P+3, payment P+6, delivery P+7",
                                     "公募増資（申込3日間）：申込P+1～P+3、払込P+6、受渡P+7"),
             ("Follow-ons of the Commercial Code era (before May 2006)", "商法下（2006年5月前）の公募増資"),
             ("Seen in one notice: SMFG, new shares and treasury shares priced 2006-01-23 (payment 2006-01-31, "
              "delivery 2006-02-01).",
              "1件で確認：三井住友FGの新株式発行及び自己株式の処分（2006年1月23日決定、1月31日払込、2月1日受渡）。"),
             1, 3, 6, 1),
    _pattern("follow_on_t2", ("Follow-on after T+2: P+1 to P+2, payment P+4, delivery P+5",
                              "T+2移行後の公募増資：申込P+1～P+2、払込P+4、受渡P+5"),
             ("Follow-ons after 16 July 2019 (T+2 settlement)", "2019年7月16日（T+2移行）以降の公募増資"),
             ("NOT CONFIRMED: no post-July-2019 follow-on notice with all four dates was found; this assumes the "
              "T+3 pattern shortened by one business day. Check the offsets against the notice.",
              "未確認：2019年7月以降の公募増資で4つの日付がすべて記載された開示資料は見つかっていない。T+3のパターンを1営業日"
              "短縮したと仮定したもの。開示資料と照合すること。"),
             1, 2, 4, 1),
    _pattern("ipo_payment_5", ("IPO: P+1 to P+4, payment P+5, delivery (listing) P+6",
                               "新規上場：申込P+1～P+4、払込P+5、受渡（上場）P+6"),
             ("Book-built IPOs, 2019 to 2024", "ブックビルディング方式の新規上場（2019年～2024年）"),
             ("Seen in E34633 (priced 2019-02-18, payment 2019-02-25) and E38156 (priced 2022-11-22, payment "
              "2022-11-30 across Labour Thanksgiving Day). Delivery on listing the next business day is seen in "
              "E39018 (P+6) but its payment date was not captured.",
              "E34633（2019年2月18日決定、2月25日払込）及びE38156（2022年11月22日決定、勤労感謝の日をはさみ11月30日払込）で確認。"
              "翌営業日の受渡（上場）はE39018（P+6）で確認したが、同社の払込期日は未確認。"),
             1, 4, 5, 1),
    _pattern("ipo_payment_6", ("IPO: P+1 to P+4, payment P+6, delivery (listing) P+7",
                               "新規上場：申込P+1～P+4、払込P+6、受渡（上場）P+7"),
             ("Book-built IPOs, 2017 to 2022", "ブックビルディング方式の新規上場（2017年～2022年）"),
             ("Seen in E33603 (priced 2017-12-11, payment 2017-12-19), E37194 (scheduled: 2021-12-06, payment "
              "2021-12-14) and E38148 (priced 2022-12-05, payment 2022-12-13). The delivery offset is not confirmed "
              "for these deals.",
              "E33603（2017年12月11日決定、12月19日払込）、E37194（予定：2021年12月6日決定、12月14日払込）及びE38148（2022年12月5日"
              "決定、12月13日払込）で確認。受渡期日の営業日数はこれらの案件では未確認。"),
             1, 4, 6, 1),
))

SECTION = Section(
    key="schedule", document=Schedule,
    label=("Schedule", "日程"),
    declarations=(ScheduleResults,),
    tab=OFFERING_TAB,
    screen=(
        PRESETS,
        Group("schedule", ("Schedule (TSE business days)", "日程（東京証券取引所の営業日）"),
              inputs=(s.pricing_date, s.pricing_window_start, s.pricing_window_end, s.subscription_start_offset,
                      s.subscription_end_offset, s.payment_offset, s.payment_window_start, s.payment_window_end,
                      s.delivery_offset, s.lockup_days),
              results=(R.subscription_start, R.subscription_end, R.payment_date, R.delivery_date, R.lockup_end),
              toggle=True),
    ),
    sheet=("Schedule", "日程"),
)
