"""Absorption-type merger: the surviving company (the issuer) absorbs the
dissolving company and delivers its shares for the dissolving company's.

Rules from the release of 7 November 2013 (seed 003) and the Companies Act
as numbered at the deal's date:
- No shares are allotted on the dissolving company's shares held by the
  surviving company, nor on its own treasury shares.
- Fractions below one share are aggregated and sold, and the proceeds paid
  in cash (Art. 234).
- A holder below one share unit may sell the odd lot to the company or buy
  the shares that make up a unit.
- Simplified merger: no general meeting of the surviving company when the
  consideration is at most one fifth of its net assets (Art. 796(3) until
  30 April 2015, Art. 796(2) after the 2014 amendment).
- Short-form merger: no general meeting of the dissolving company when the
  surviving company holds nine tenths or more of it (Art. 784(1)).
- Ratio basis: the surviving company's average close over N consecutive
  business days up to a date; for the unlisted company, a recent
  transaction price and net assets per share.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from worksheet.expressions import (Text, all_of, any_of, average_where, column_sum, count_where, duplicates, equal,
                                   first_of_business_days, if_rows, is_blank, is_business_day, not_, remainder,
                                   round_down_to_yen, round_half_up, round_half_up_to_sen, when, whole_shares)
from worksheet.kinds import BOOL, BUSINESS_DAYS, DATE, PER_SHARE, PRICE, RATIO, SHARES, TEXT, YEN, ChoiceKind
from worksheet.issuer import i
from worksheet.rules import DAY, HOLDERS, JPY, PERCENT, WORDS, YES_NO
from worksheet.rules import RATIO as SHARES_PER_SHARE
from worksheet.rules import SHARES as SHARE_COUNT
from worksheet.rules import (Banner, Check, Group, Results, RowResults, RowRule, Rule, Section, Tab, TableBox,
                             inputs)
from worksheet.schema import rows, value

DELIVERY = ChoiceKind("delivery", choices=(("treasury", "Treasury shares"), ("new", "New shares")),
                      labels_ja=("自己株式", "新株式"))
AMENDMENT_IN_FORCE = dt.date(2015, 5, 1)  # the 2014 amendment of the Companies Act
ONE_FIFTH = Decimal("0.2")
NINE_TENTHS = Decimal("0.9")


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
    resolution_date: dt.date | None = value(
        DATE, ("Board resolution date", "取締役会決議日"),
        help=("The Companies Act is cited as numbered on this date.", "会社法の条文はこの日現在の番号で引用する。"))
    effective_date: dt.date | None = value(DATE, ("Effective date", "効力発生日"))
    dissolving_shares_issued: int | None = value(
        SHARES, ("Dissolving company, shares issued", "消滅会社の発行済株式総数"), required=True)
    held_by_surviving: int | None = value(SHARES, ("Held by the surviving company", "存続会社の保有株式数"), 0)
    dissolving_treasury: int | None = value(SHARES, ("Dissolving company, treasury shares", "消滅会社の自己株式数"), 0)
    ratio: Decimal | None = value(
        RATIO, ("Allotment ratio (surviving shares per dissolving share)", "合併比率（消滅会社株式1株に対する割当株式数）"),
        required=True)
    delivery: str = value(DELIVERY, ("Shares delivered from", "交付する株式"), "treasury")
    holders: tuple[Holder, ...] = rows(Holder, ("Other shareholders of the dissolving company", "消滅会社のその他の株主"))
    surviving_net_assets: Decimal | None = value(
        YEN, ("Surviving company, net assets (JPY)", "存続会社の純資産額（円）"),
        help=("For the simplified-merger test (one fifth).", "簡易合併の判定（5分の1）に用いる。"))
    price_history: tuple[PricePoint, ...] = rows(PricePoint, ("Surviving company, closing prices", "存続会社の終値"))
    average_days: int | None = value(BUSINESS_DAYS, ("Average over business days", "平均をとる営業日数"), 30)
    average_end: dt.date | None = value(DATE, ("Average up to and including", "平均の最終日"))
    dissolving_net_assets_per_share: Decimal | None = value(
        PER_SHARE, ("Dissolving company, adjusted net assets per share (JPY)", "消滅会社の1株当たり修正純資産（円）"))
    dissolving_transaction_price: Decimal | None = value(
        PRICE, ("Dissolving company, recent transaction price per share (JPY)", "消滅会社の直近の取引価格（円）"))
    prices_illustrative: bool = value(BOOL, ("Prices are illustrative", "価格は例示"), False)


m = inputs(Merger, "merger")
holder = m.holders
close = m.price_history


class HolderAllotment(RowResults, table="merger.holders", section="merger"):
    shares_received = RowRule(SHARE_COUNT, whole_shares(holder.shares * m.ratio), "Shares received", "割当株式数",
                              rule=("Each holder's shares times the ratio; fractions below one share are aggregated "
                                    "and sold (Companies Act Art. 234).",
                                    "各株主の保有株式数に合併比率を乗じた数。1株未満の端数は合算して売却する（会社法第234条）。"))
    fraction = RowRule(SHARE_COUNT, holder.shares * m.ratio - shares_received, "Fraction below one share",
                       "1株未満の端数")
    units = RowRule(SHARE_COUNT, whole_shares(shares_received / i.share_unit), "Units", "単元数")
    odd_lot = RowRule(SHARE_COUNT, remainder(shares_received, i.share_unit), "Odd lot (shares)", "単元未満株式数",
                      rule=("The holder may sell it to the company or buy the shares that top it up to a unit.",
                            "単元未満株式の買取請求又は買増請求ができる。"))
    top_up = RowRule(SHARE_COUNT, when(odd_lot > 0, i.share_unit - odd_lot, 0), "Shares to top up to a unit",
                     "買増請求により1単元となる株式数")
    has_odd_lot = RowRule(YES_NO, odd_lot > 0, "Left with an odd lot", "単元未満株式あり")


class AveragingWindow(Results, prefix="merger"):
    average_window_start = Rule(DAY, first_of_business_days(m.average_end, m.average_days),
                                "Average, first business day", "平均算定期間の初日")


window_start = AveragingWindow.average_window_start


class CloseInWindow(RowResults, table="merger.price_history", section="merger"):
    in_window = RowRule(YES_NO, all_of(close.day >= window_start, close.day <= m.average_end, is_business_day(close.day)),
                        "In the averaging window", "平均算定期間内")

allotted_on = m.dissolving_shares_issued - m.held_by_surviving - m.dissolving_treasury
all_at_once = allotted_on * m.ratio  # with no holders listed: one holder of every share allotted on


class MergerResults(Results, prefix="merger"):
    held_ratio = Rule(PERCENT, m.held_by_surviving / m.dissolving_shares_issued, "Held by the surviving company",
                      "存続会社の保有割合")
    shares_allotted_on = Rule(
        SHARE_COUNT, allotted_on, "Dissolving shares that receive an allotment", "割当ての対象となる消滅会社株式数",
        rule=("No allotment on the shares the surviving company holds, nor on the dissolving company's treasury "
              "shares.", "存続会社が保有する株式及び消滅会社の自己株式には割当てを行わない。"))
    shares_delivered = Rule(
        SHARE_COUNT, if_rows("merger.holders", column_sum(HolderAllotment.shares_received), whole_shares(all_at_once)),
        "Shares delivered in the merger", "交付する株式数")
    fraction_total = Rule(
        SHARE_COUNT, if_rows("merger.holders", column_sum(HolderAllotment.fraction),
                                  all_at_once - whole_shares(all_at_once)),
        "Fractions below one share, aggregated", "1株未満の端数の合計",
        rule=("Companies Act Art. 234.", "会社法第234条。"))
    fraction_shares_sold = Rule(SHARE_COUNT, whole_shares(fraction_total), "Shares sold for fractions",
                                "端数の合計に相当する売却株式数",
                                rule=("Sold, and the proceeds paid to the holders in cash (Art. 234).",
                                      "売却し、代金を端数に応じて株主に交付する（会社法第234条）。"))
    odd_lot_holders = Rule(
        HOLDERS, if_rows("merger.holders", count_where(HolderAllotment.has_odd_lot),
                         when(remainder(whole_shares(all_at_once), i.share_unit) > 0, 1, 0)),
        "Holders left with an odd lot", "単元未満株式を保有することとなる株主数")
    treasury_delivered = Rule(
        SHARE_COUNT, when(m.delivery.is_("treasury"), shares_delivered + fraction_shares_sold, 0),
        "Treasury shares delivered", "交付する自己株式数")
    new_shares_issued = Rule(SHARE_COUNT, when(m.delivery.is_("new"), shares_delivered + fraction_shares_sold, 0),
                             "New shares issued", "発行する新株式数")
    treasury_after = Rule(SHARE_COUNT, i.treasury_shares - treasury_delivered, "Treasury shares after the merger",
                          "合併後の自己株式数")
    average_close = Rule(
        JPY, round_half_up_to_sen(average_where(close.close, CloseInWindow.in_window)), "Average closing price",
        "終値平均", rule=("Over the stated number of consecutive business days up to and including the stated date.",
                      "所定の日以前の所定の連続営業日の終値の単純平均。"))
    fraction_cash = Rule(
        JPY, when(equal(fraction_shares_sold, 0), 0, round_down_to_yen(fraction_shares_sold * average_close)),
        "Cash paid for fractions (estimate at the average close)", "端数の売却代金（終値平均による見込額）",
        rule=("The actual amount is the sale price obtained (Art. 234).", "実際の金額は売却価格による（会社法第234条）。"))
    implied_ratio_net_assets = Rule(
        SHARES_PER_SHARE, round_half_up(m.dissolving_net_assets_per_share / average_close, 2),
        "Implied ratio on net assets", "修正純資産による比率")
    implied_ratio_transaction = Rule(
        SHARES_PER_SHARE, round_half_up(m.dissolving_transaction_price / average_close, 2),
        "Implied ratio on the transaction price", "取引価格による比率")
    consideration_value = Rule(JPY, (shares_delivered + fraction_shares_sold) * average_close,
                               "Value of the consideration", "合併対価の額")
    consideration_to_net_assets = Rule(PERCENT, consideration_value / m.surviving_net_assets,
                                       "Consideration / surviving net assets", "合併対価の存続会社純資産に対する割合")
    simplified_merger = Rule(
        YES_NO, consideration_to_net_assets <= ONE_FIFTH, "Simplified merger (no meeting of the surviving company)",
        "簡易合併（存続会社の株主総会不要）",
        rule=("Companies Act Art. 796(3) as numbered until 30 April 2015, Art. 796(2) after.",
              "会社法第796条第3項（2015年4月30日まで）、第796条第2項（同年5月1日以降）。"))
    simplified_merger_article = Rule(
        WORDS, when(all_of(not_(is_blank(m.resolution_date.or_blank())), m.resolution_date.or_blank() >= AMENDMENT_IN_FORCE),
                    Text("merger.article_796_2", "Companies Act Art. 796(2)", "会社法第796条第2項"),
                    Text("merger.article_796_3", "Companies Act Art. 796(3)", "会社法第796条第3項")),
        "Simplified merger, article cited", "簡易合併の根拠条文",
        rule=("The 2014 amendment came into force on 1 May 2015.", "平成26年改正会社法は2015年5月1日に施行された。"))
    short_form_merger = Rule(
        YES_NO, held_ratio >= NINE_TENTHS, "Short-form merger (no meeting of the dissolving company)",
        "略式合併（消滅会社の株主総会不要）", rule=("Companies Act Art. 784(1).", "会社法第784条第1項。"))

    held_within_issued = Check(
        about=m.held_by_surviving, holds=m.held_by_surviving + m.dissolving_treasury <= m.dissolving_shares_issued,
        label=("Shares held within shares issued", "保有株式数は発行済株式総数以内"),
        message=("Held by the surviving company ({held:shares}) plus the dissolving company's treasury ({own:shares}) "
                 "exceed its shares issued ({issued:shares}).",
                 "存続会社の保有株式数（{held:shares}株）と消滅会社の自己株式数（{own:shares}株）の合計が発行済株式総数（{issued:shares}株）を超えています。"),
        figures=dict(held=m.held_by_surviving, own=m.dissolving_treasury, issued=m.dissolving_shares_issued))
    some_shares = Check(
        about=m.dissolving_shares_issued, holds=m.dissolving_shares_issued > 0, label=("Shares issued", "発行済株式総数"),
        message=("The dissolving company has no shares issued: enter its shares issued.",
                 "消滅会社の発行済株式総数が0です。発行済株式総数を入力してください。"))
    average_over_a_day = Check(
        about=m.average_days, holds=m.average_days > 0, label=("An average over at least one day", "1営業日以上の平均"),
        message=("The average needs at least one business day.", "平均には1営業日以上が必要です。"))
    net_assets_positive = Check(
        about=m.surviving_net_assets, holds=m.surviving_net_assets > 0,
        label=("Net assets for the simplified-merger test", "簡易合併判定の純資産額"),
        message=("With net assets of zero or less the one-fifth test cannot be applied.",
                 "純資産額が0以下では5分の1の判定ができません。"))
    ratio_above_zero = Check(
        about=m.ratio, holds=m.ratio > 0, label=("Allotment ratio", "合併比率"),
        message=("The allotment ratio is zero: no shares would be delivered.", "合併比率が0のため、株式が交付されません。"))
    holders_add_up = Check(
        about=holder, holds=if_rows("merger.holders", equal(column_sum(holder.shares), shares_allotted_on), True),
        label=("Holders add up to the shares allotted on", "株主の保有株式数の合計は割当対象株式数と一致"),
        message=("The listed holders hold {listed:shares} shares; shares issued less those held by the surviving "
                 "company and treasury are {expected:shares}.",
                 "記載した株主の保有株式数の合計は{listed:shares}株ですが、割当ての対象となる株式数は{expected:shares}株です。"),
        figures=dict(listed=column_sum(holder.shares), expected=shares_allotted_on))
    one_close_per_day = Check(
        about=close, holds=equal(duplicates(close.day), 0),
        label=("One close per day", "1日1つの終値"),
        message=("{count} closes of the price history share their date with another: keep one close per day.",
                 "終値のうち{count}件の日付が重複しています。1日1つの終値にしてください。"),
        figures=dict(count=duplicates(close.day)))
    closes_complete = Check(
        about=average_close, blanks=True, holds=equal(count_where(CloseInWindow.in_window), m.average_days),
        label=("A close for every business day of the window", "算定期間のすべての営業日の終値"),
        message=("{found} closes for the {days} business days of the window from {start:date} to {end:date}.",
                 "算定期間（{start:date}～{end:date}）の{days}営業日に対し、終値は{found}件です。"),
        figures=dict(found=count_where(CloseInWindow.in_window), days=m.average_days, start=window_start,
                     end=m.average_end))
    enough_treasury = Check(
        about=treasury_delivered, blanks=True,
        holds=any_of(not_(m.delivery.is_("treasury")), shares_delivered + fraction_shares_sold <= i.treasury_shares),
        label=("Enough treasury shares", "十分な自己株式"),
        message=("The merger delivers {delivered:shares} shares but the issuer holds only {held:shares} treasury shares.",
                 "交付する株式数は{delivered:shares}株ですが、自己株式は{held:shares}株しかありません。"),
        figures=dict(delivered=shares_delivered + fraction_shares_sold, held=i.treasury_shares))


R = MergerResults
H = HolderAllotment

SECTION = Section(
    key="merger", document=Merger,
    label=("Merger", "合併"),
    declarations=(MergerResults, AveragingWindow, HolderAllotment, CloseInWindow),
    tab=Tab("merger", ("&Merger", "合併(&M)")),
    screen=(
        Banner(m.prices_illustrative, (
            "Illustrative prices: the surviving company's closing prices and the dissolving company's transaction "
            "price on this tab are examples, not figures from the release.",
            "例示の価格：このタブの存続会社の終値及び消滅会社の取引価格は例示であり、開示資料の数値ではありません。")),
        Group("merger", ("Absorption-type merger", "吸収合併"),
              inputs=(m.dissolving_name, m.resolution_date, m.effective_date, m.delivery),
              results=(R.simplified_merger, R.simplified_merger_article, R.short_form_merger), toggle=True),
        Group("merger_shares", ("Shares and allotment", "株式と割当て"),
              inputs=(m.dissolving_shares_issued, m.held_by_surviving, m.dissolving_treasury, m.ratio),
              results=(R.held_ratio, R.shares_allotted_on, R.shares_delivered, R.fraction_total,
                       R.fraction_shares_sold, R.fraction_cash, R.odd_lot_holders, R.treasury_delivered,
                       R.new_shares_issued, R.treasury_after)),
        TableBox(holder, totals=("shares", "shares_received")),
        Group("ratio_basis", ("Basis of the ratio", "合併比率の算定根拠"),
              inputs=(m.average_days, m.average_end, m.dissolving_net_assets_per_share, m.dissolving_transaction_price,
                      m.surviving_net_assets, m.prices_illustrative),
              results=(R.average_close, window_start, R.implied_ratio_net_assets,
                       R.implied_ratio_transaction, R.consideration_value, R.consideration_to_net_assets)),
        TableBox(close, special="price_history"),
    ),
    sheet=("Merger", "合併"),
)
