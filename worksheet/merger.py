"""Absorption-type merger: the surviving company (the issuer) absorbs the
dissolving company and delivers its shares for the dissolving company's.

The allotment, the delivery from treasury and new shares, and the
simplified and short-form tests are those of every reorganisation
(:mod:`worksheet.reorganisation`, with the Companies Act as numbered at the
deal's date). What is the merger's own, from the release of 7 November 2013
(seed 003):
- The ratio's basis: the surviving company's average close over N
  consecutive business days up to a date; for the unlisted company, a
  recent transaction price and adjusted net assets per share.
- The cash for fractions, estimated at that average close.
- A loss on the merger (Art. 795(2)(i) and (ii)) shuts out the simplified
  procedure.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from worksheet.expressions import (all_of, any_of, average_where, count_where, duplicates, equal,
                                   first_of_business_days, is_blank, is_business_day, round_down_to_yen, round_half_up,
                                   round_half_up_to_sen, when)
from worksheet.kinds import (BOOL, BUSINESS_DAYS, DATE, PER_SHARE, PRICE, RATIO, SHARES, TEXT, UNIT, VOTING_RIGHTS,
                             YEN)
from worksheet.kinds import PERCENT as SHARE_OF
from worksheet.reorganisation import (DELIVERY, NET_ASSETS_BASIS, NINE_TENTHS, ONE_FIFTH, PER_SHARE_AMOUNT, Terms,
                                      Wording, declare_all, resolution_date)
from worksheet.rules import DAY, JPY, YES_NO
from worksheet.rules import RATIO as SHARES_PER_SHARE
from worksheet.rules import (Banner, Check, Group, Results, RowResults, RowRule, Rule, Section, Tab, TableBox,
                             inputs)
from worksheet.schema import rows, value

@dataclass(frozen=True)
class Holder:
    name: str = value(TEXT, ("Shareholder", "株主"), "")
    shares: int | None = value(SHARES, ("Shares of the dissolving company", "消滅会社株式数"), required=True)


@dataclass(frozen=True)
class PricePoint:
    day: dt.date | None = value(DATE, ("Date", "日付"), required=True)
    close: Decimal | None = value(PRICE, ("Closing price (JPY)", "終値（円）"), required=True)


@dataclass(frozen=True)
class Merger:
    dissolving_name: str = value(TEXT, ("Dissolving company", "消滅会社"), "")
    resolution_date: dt.date | None = resolution_date()
    effective_date: dt.date | None = value(DATE, ("Effective date", "効力発生日"))
    dissolving_shares_issued: int | None = value(
        SHARES, ("Dissolving company, shares issued", "消滅会社の発行済株式総数"), required=True)
    held_by_surviving: int | None = value(SHARES, ("Held by the surviving company", "存続会社の保有株式数"), 0)
    dissolving_treasury: int | None = value(SHARES, ("Dissolving company, treasury shares", "消滅会社の自己株式数"), 0)
    ratio: Decimal | None = value(
        RATIO, ("Allotment ratio (surviving shares per dissolving share)", "合併比率（消滅会社株式1株に対する割当株式数）"),
        required=True)
    delivery: str = value(DELIVERY, ("Shares delivered from", "交付する株式"), "treasury_first")
    holders: tuple[Holder, ...] = rows(Holder, ("Other shareholders of the dissolving company", "消滅会社のその他の株主"))
    surviving_net_assets: Decimal | None = value(
        YEN, ("Surviving company, net assets (JPY)", "存続会社の純資産額（円）"),
        help=("Its own (non-consolidated) net assets on the calculation date, as the Ordinance prescribes (Art. 196): "
              "the base of the simplified-merger test.",
              "算定基準日における存続会社単体の純資産額（会社法施行規則第196条）。簡易合併の判定に用いる。"))
    price_history: tuple[PricePoint, ...] = rows(PricePoint, ("Surviving company, closing prices", "存続会社の終値"))
    average_days: int | None = value(BUSINESS_DAYS, ("Average over business days", "平均をとる営業日数"), 30)
    average_end: dt.date | None = value(DATE, ("Average up to and including", "平均の最終日"))
    dissolving_net_assets_per_share: Decimal | None = value(
        PER_SHARE, ("Dissolving company, adjusted net assets per share (JPY)", "消滅会社の1株当たり修正純資産（円）"))
    dissolving_transaction_price: Decimal | None = value(
        PRICE, ("Dissolving company, recent transaction price per share (JPY)", "消滅会社の直近の取引価格（円）"))
    prices_illustrative: bool = value(BOOL, ("Prices are illustrative", "価格は例示"), False)
    # -- added in schema 3: the statutory tests on their legal basis ----------
    agreement_date: dt.date | None = value(DATE, ("Merger agreement signed", "合併契約締結日"))
    surviving_meeting_date: dt.date | None = value(
        DATE, ("Surviving company, general meeting", "存続会社の株主総会"), help=("Blank: none held, or not known.", "空欄：開催しない、又は不明。"))
    dissolving_meeting_date: dt.date | None = value(
        DATE, ("Dissolving company, general meeting", "消滅会社の株主総会"), help=("Blank: none held, or not known.", "空欄：開催しない、又は不明。"))
    treasury_to_deliver: int | None = value(
        SHARES, ("Treasury shares to deliver (when chosen)", "交付する自己株式数（指定する場合）"),
        help=("Read when the shares are delivered as entered: treasury shares up to this number, new shares for the "
              "rest.", "指定した数の自己株式を交付し、残りは新株式とする場合に用いる。"))
    net_assets_basis: str = value(NET_ASSETS_BASIS, ("Basis of the net assets figures", "純資産額の基準"), "ordinance")
    surviving_net_assets_per_share: Decimal | None = value(
        PER_SHARE_AMOUNT, ("Surviving company, net assets per share (JPY)", "存続会社の1株当たり純資産額（円）"),
        help=("As the Ordinance prescribes (Art. 25): net assets over shares issued less treasury shares, on the "
              "calculation date.", "会社法施行規則第25条による額：算定基準日の基準純資産額を自己株式を除く発行済株式数で除した額。"))
    cash_delivered: Decimal | None = value(
        YEN, ("Cash delivered besides shares (JPY)", "株式以外に交付する金銭（円）"), Decimal(0),
        help=("Not the cash for fractions, which comes from selling the aggregated fractions.",
              "端数の売却代金は含まない。"))
    other_property_delivered: Decimal | None = value(
        YEN, ("Bonds, share options and other property delivered, book value (JPY)",
              "交付する社債・新株予約権その他の財産の帳簿価額（円）"), Decimal(0))
    simplified_threshold: Decimal | None = value(
        SHARE_OF, ("Simplified merger, threshold", "簡易合併の基準割合"), ONE_FIFTH,
        help=("One fifth, or the lower fraction the surviving company's articles set.",
              "5分の1（存続会社の定款でこれを下回る割合を定めた場合はその割合）。"))
    merger_loss: bool = value(
        BOOL, ("A merger loss arises (Art. 795(2))", "合併差損が生じる（会社法第795条第2項）"), False,
        help=("Debts succeeded exceed assets succeeded, or the book value of the consideration other than the "
              "surviving company's shares exceeds the net assets succeeded.",
              "承継債務額が承継資産額を超える場合、又は存続会社の株式等以外の対価の帳簿価額が承継資産額から承継債務額を控除した額を超える場合。"))
    surviving_public: bool = value(BOOL, ("The surviving company is a public company", "存続会社は公開会社"), True)
    restricted_shares_delivered: bool = value(
        BOOL, ("Transfer-restricted shares are delivered", "譲渡制限株式等を交付する"), False)
    shareholders_objected: bool = value(
        BOOL, ("Shareholders holding enough shares objected (Art. 796(3))", "一定数の株式を有する株主が反対した（会社法第796条第3項）"),
        False)
    dissolving_share_unit: int | None = value(
        UNIT, ("Dissolving company, share unit", "消滅会社の単元株式数"), 1,
        help=("One vote per unit; 1 where the company has no share unit.", "1単元につき1個の議決権。単元株式数の定めがない場合は1。"))
    held_through_subsidiaries: int | None = value(
        SHARES, ("Held through the surviving company's wholly owned subsidiaries", "存続会社の完全子会社等の保有株式数"), 0,
        help=("They count toward the nine tenths (Art. 468(1)) and receive an allotment like other holders.",
              "10分の9の判定（会社法第468条第1項）に算入する。割当ては他の株主と同様に受ける。"))
    dissolving_voting_rights: int | None = value(
        VOTING_RIGHTS, ("Dissolving company, votes of all shareholders (as stated)", "消滅会社の総株主の議決権の数（記載値）"),
        help=("Blank: computed from the holdings.", "空欄：保有株式数から計算する。"))
    short_form_threshold: Decimal | None = value(
        SHARE_OF, ("Short-form merger, threshold", "略式合併の基準割合"), NINE_TENTHS,
        help=("Nine tenths, or the higher fraction the dissolving company's articles set.",
              "10分の9（消滅会社の定款でこれを上回る割合を定めた場合はその割合）。"))
    dissolving_public_one_class: bool = value(
        BOOL, ("The dissolving company is public, with one class of shares", "消滅会社は公開会社かつ種類株式発行会社でない"),
        False)
    equity_change: Decimal | None = value(
        YEN, ("Change in shareholders' equity (JPY)", "株主資本等変動額（円）"),
        help=("The value the accounts give the consideration, less the book value of the treasury shares "
              "delivered: the most stated capital and reserve may rise.",
              "対価の額から交付する自己株式の帳簿価額を控除した額。資本金及び準備金の増加額の上限。"))
    stated_capital_increase: Decimal | None = value(
        YEN, ("Increase in stated capital (JPY)", "増加する資本金の額（円）"), Decimal(0))
    capital_reserve_increase: Decimal | None = value(
        YEN, ("Increase in capital reserve (JPY)", "増加する資本準備金の額（円）"), Decimal(0))


m = inputs(Merger, "merger")
holder = m.holders
close = m.price_history

MERGER = Wording(
    noun="merger", acquirer_key="surviving", target_key="dissolving", deal=("merger", "合併"),
    acquirer=("surviving company", "存続会社"), target=("dissolving company", "消滅会社"),
    simplified=("Simplified merger (no meeting of the surviving company)", "簡易合併（存続会社の株主総会不要）"),
    short_form=("Short-form merger (no meeting of the dissolving company)", "略式合併（消滅会社の株主総会不要）"),
    loss_article=("Companies Act Art. 795(2)(i) or (ii)", "会社法第795条第2項第1号又は第2号"))

TERMS = Terms(
    wording=MERGER, prefix="merger", holders=holder, issued=m.dissolving_shares_issued, held=m.held_by_surviving,
    own=m.dissolving_treasury, ratio=m.ratio, delivery=m.delivery, treasury_to_deliver=m.treasury_to_deliver,
    resolution_date=m.resolution_date, agreement_date=m.agreement_date, effective_date=m.effective_date,
    acquirer_meeting_date=m.surviving_meeting_date, target_meeting_date=m.dissolving_meeting_date,
    target_unit=m.dissolving_share_unit, held_through_subsidiaries=m.held_through_subsidiaries,
    target_votes=m.dissolving_voting_rights, net_assets=m.surviving_net_assets, net_assets_basis=m.net_assets_basis,
    net_assets_per_share=m.surviving_net_assets_per_share, cash=m.cash_delivered,
    other_property=m.other_property_delivered, simplified_threshold=m.simplified_threshold,
    short_form_threshold=m.short_form_threshold, loss=m.merger_loss, acquirer_public=m.surviving_public,
    restricted_shares=m.restricted_shares_delivered, target_public_one_class=m.dissolving_public_one_class,
    objection=m.shareholders_objected, equity_change=m.equity_change,
    stated_capital_increase=m.stated_capital_increase, capital_reserve_increase=m.capital_reserve_increase)

H, A, L = declare_all(TERMS, __name__, "Merger")


class AveragingWindow(Results, prefix="merger"):
    average_window_start = Rule(DAY, first_of_business_days(m.average_end, m.average_days),
                                "Average, first business day", "平均算定期間の初日")


window_start = AveragingWindow.average_window_start


class CloseInWindow(RowResults, table="merger.price_history", section="merger"):
    in_window = RowRule(YES_NO, all_of(close.day >= window_start, close.day <= m.average_end, is_business_day(close.day)),
                        "In the averaging window", "平均算定期間内")


class MergerResults(Results, prefix="merger"):
    """The basis of the ratio, and what the average close gives."""

    average_close = Rule(
        JPY, round_half_up_to_sen(average_where(close.close, CloseInWindow.in_window)), "Average closing price",
        "終値平均", rule=("Over the stated number of consecutive business days up to and including the stated date.",
                      "所定の日以前の所定の連続営業日の終値の単純平均。"))
    fraction_cash = Rule(
        JPY, when(equal(A.fraction_shares_sold, 0), 0, round_down_to_yen(A.fraction_shares_sold * average_close)),
        "Cash paid for fractions (estimate at the average close)", "端数の売却代金（終値平均による見込額）",
        rule=("The actual amount is the sale price obtained (Art. 234).", "実際の金額は売却価格による（会社法第234条）。"))
    implied_ratio_net_assets = Rule(
        SHARES_PER_SHARE, round_half_up(m.dissolving_net_assets_per_share / average_close, 2),
        "Implied ratio on net assets", "修正純資産による比率")
    implied_ratio_transaction = Rule(
        SHARES_PER_SHARE, round_half_up(m.dissolving_transaction_price / average_close, 2),
        "Implied ratio on the transaction price", "取引価格による比率")
    consideration_value = Rule(
        JPY, A.shares_to_deliver * average_close, "Value of the consideration at the average close",
        "終値平均による合併対価の額",
        rule=("For reference: the simplified-merger test measures the consideration at net assets per share, not "
              "at market.", "参考値。簡易合併の判定は市場価格ではなく1株当たり純資産額による。"))

    average_over_a_day = Check(
        about=m.average_days, holds=m.average_days > 0, label=("An average over at least one day", "1営業日以上の平均"),
        message=("The average needs at least one business day.", "平均には1営業日以上が必要です。"))
    one_close_per_day = Check(
        about=close, holds=equal(duplicates(close.day), 0),
        label=("One close per day", "1日1つの終値"),
        message=("{count} closes of the price history share their date with another: keep one close per day.",
                 "終値のうち{count}件の日付が重複しています。1日1つの終値にしてください。"),
        figures=dict(count=duplicates(close.day)))
    closes_complete = Check(
        about=average_close, blanks=True,
        holds=any_of(is_blank(m.average_end.or_blank()), equal(count_where(CloseInWindow.in_window), m.average_days)),
        label=("A close for every business day of the window", "算定期間のすべての営業日の終値"),
        message=("{found} closes for the {days} business days of the window from {start:date} to {end:date}.",
                 "算定期間（{start:date}～{end:date}）の{days}営業日に対し、終値は{found}件です。"),
        figures=dict(found=count_where(CloseInWindow.in_window), days=m.average_days, start=window_start,
                     end=m.average_end))


R = MergerResults
HolderAllotment = H

SECTION = Section(
    key="merger", document=Merger,
    label=("Merger", "合併"),
    declarations=(A, L, MergerResults, AveragingWindow, H, CloseInWindow),
    tab=Tab("merger", ("&Merger", "合併(&M)")),
    screen=(
        Banner(m.prices_illustrative, (
            "Illustrative prices: the surviving company's closing prices and the dissolving company's transaction "
            "price on this tab are examples, not figures from the release.",
            "例示の価格：このタブの存続会社の終値及び消滅会社の取引価格は例示であり、開示資料の数値ではありません。")),
        Group("merger", ("Absorption-type merger", "吸収合併"),
              inputs=(m.dissolving_name, m.resolution_date, m.agreement_date, m.surviving_meeting_date,
                      m.dissolving_meeting_date, m.effective_date),
              results=(L.surviving_meeting_required, L.simplified_merger_article, L.dissolving_meeting_required,
                       L.short_form_merger_article), toggle=True),
        Group("merger_shares", ("Shares and allotment", "株式と割当て"),
              inputs=(m.dissolving_shares_issued, m.held_by_surviving, m.dissolving_treasury, m.ratio, m.delivery,
                      m.treasury_to_deliver),
              results=(A.held_ratio, A.shares_allotted_on, A.shares_delivered, A.fraction_total,
                       A.fraction_shares_sold, A.shares_to_deliver, R.fraction_cash, A.odd_lot_holders,
                       A.treasury_delivered, A.new_shares_issued, A.treasury_after)),
        TableBox(holder, totals=("shares", "shares_received")),
        Group("merger_simplified", ("Simplified merger: the surviving company's shareholders",
                                    "簡易合併：存続会社の株主総会"),
              inputs=(m.surviving_net_assets, m.surviving_net_assets_per_share, m.net_assets_basis, m.cash_delivered,
                      m.other_property_delivered, m.simplified_threshold, m.merger_loss, m.surviving_public,
                      m.restricted_shares_delivered, m.shareholders_objected),
              results=(L.consideration_for_test, L.net_assets_for_test, L.simplified_limit,
                       L.consideration_to_net_assets, L.simplified_merger)),
        Group("merger_short_form", ("Short-form merger: the dissolving company's shareholders",
                                    "略式合併：消滅会社の株主総会"),
              inputs=(m.dissolving_share_unit, m.held_through_subsidiaries, m.dissolving_voting_rights,
                      m.short_form_threshold, m.dissolving_public_one_class),
              results=(L.votes_held, L.votes_total, L.voting_ratio, L.short_form_merger)),
        Group("merger_capital", ("Stated capital and capital reserve", "資本金及び資本準備金"),
              inputs=(m.equity_change, m.stated_capital_increase, m.capital_reserve_increase),
              results=(L.capital_and_reserve_increase, L.other_capital_surplus_increase)),
        Group("ratio_basis", ("Basis of the ratio", "合併比率の算定根拠"),
              inputs=(m.average_days, m.average_end, m.dissolving_net_assets_per_share, m.dissolving_transaction_price,
                      m.prices_illustrative),
              results=(R.average_close, window_start, R.implied_ratio_net_assets,
                      R.implied_ratio_transaction, R.consideration_value)),
        TableBox(close, special="price_history"),
    ),
    sheet=("Merger", "合併"),
)
