"""Share exchange (株式交換): the wholly owning parent (the issuer) acquires
every share of the wholly owned subsidiary and delivers its own shares to
the subsidiary's other holders.

The allotment, the delivery from treasury and new shares, and the
simplified and short-form tests are those of every reorganisation
(:mod:`worksheet.reorganisation`). What the share exchange's releases and
agreements add:
- The ratio is stated as parent shares per one subsidiary share (0.25,
  0.068, 3.60, 119); some press reports print it the other way round.
- No allotment on the parent's own holding, nor on the subsidiary's
  treasury shares (often cancelled before the effective date). Open House
  and Hawk One, 31 July 2018: 44,000 issued = 26,224 acquired by the parent
  + 11,411 exchanged + 6,365 treasury cancelled.
- Treasury shares are often delivered (Tokyu for Tokyu Recreation, 14
  September 2022: about 11,733,548 shares, no new shares), and the
  agreement often sets the increase in stated capital and reserve at zero.
- A loss on the exchange (Art. 795(2)(iii)) shuts out the simplified
  procedure.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from worksheet.expressions import equal, round_down_to_yen, when
from worksheet.kinds import BOOL, DATE, PRICE, RATIO, SHARES, TEXT, UNIT, VOTING_RIGHTS, YEN
from worksheet.kinds import PERCENT as SHARE_OF
from worksheet.reorganisation import (DELIVERY, NET_ASSETS_BASIS, NINE_TENTHS, ONE_FIFTH, PER_SHARE_AMOUNT, Terms,
                                      Wording, declare_all, resolution_date)
from worksheet.rules import JPY, Banner, Check, Group, Results, Rule, Section, Tab, TableBox, inputs
from worksheet.schema import rows, value


@dataclass(frozen=True)
class SubsidiaryHolder:
    name: str = value(TEXT, ("Shareholder", "株主"), "")
    shares: int | None = value(SHARES, ("Shares of the subsidiary", "完全子会社株式数"), required=True)


@dataclass(frozen=True)
class ShareExchange:
    subsidiary_name: str = value(TEXT, ("Wholly owned subsidiary", "株式交換完全子会社"), "")
    resolution_date: dt.date | None = resolution_date()
    agreement_date: dt.date | None = value(DATE, ("Share exchange agreement signed", "株式交換契約締結日"))
    parent_meeting_date: dt.date | None = value(
        DATE, ("Parent, general meeting", "完全親会社の株主総会"), help=("Blank: none held, or not known.", "空欄：開催しない、又は不明。"))
    subsidiary_meeting_date: dt.date | None = value(
        DATE, ("Subsidiary, general meeting", "完全子会社の株主総会"), help=("Blank: none held, or not known.", "空欄：開催しない、又は不明。"))
    delisting_date: dt.date | None = value(DATE, ("Subsidiary delisted on", "完全子会社の上場廃止日"))
    effective_date: dt.date | None = value(DATE, ("Effective date", "効力発生日"))
    subsidiary_shares_issued: int | None = value(
        SHARES, ("Subsidiary, shares issued", "完全子会社の発行済株式総数"), required=True)
    held_by_parent: int | None = value(SHARES, ("Held by the parent", "完全親会社の保有株式数"), 0)
    subsidiary_treasury: int | None = value(
        SHARES, ("Subsidiary, treasury shares", "完全子会社の自己株式数"), 0,
        help=("No allotment on them; they are often cancelled before the effective date.",
              "割当ては行わない。効力発生日の前に消却されることが多い。"))
    ratio: Decimal | None = value(
        RATIO, ("Ratio: parent shares per 1 subsidiary share", "交換比率（完全子会社株式1株に対する完全親会社株式数）"),
        required=True)
    delivery: str = value(DELIVERY, ("Shares delivered from", "交付する株式"), "treasury_first")
    treasury_to_deliver: int | None = value(
        SHARES, ("Treasury shares to deliver (when chosen)", "交付する自己株式数（指定する場合）"))
    holders: tuple[SubsidiaryHolder, ...] = rows(
        SubsidiaryHolder, ("Other shareholders of the subsidiary", "完全子会社のその他の株主"))
    parent_net_assets: Decimal | None = value(
        YEN, ("Parent, net assets (JPY)", "完全親会社の純資産額（円）"),
        help=("Its own (non-consolidated) net assets on the calculation date, as the Ordinance prescribes (Art. 196).",
              "算定基準日における完全親会社単体の純資産額（会社法施行規則第196条）。"))
    parent_net_assets_per_share: Decimal | None = value(
        PER_SHARE_AMOUNT, ("Parent, net assets per share (JPY)", "完全親会社の1株当たり純資産額（円）"),
        help=("As the Ordinance prescribes (Art. 25).", "会社法施行規則第25条による額。"))
    net_assets_basis: str = value(NET_ASSETS_BASIS, ("Basis of the net assets figures", "純資産額の基準"), "ordinance")
    cash_delivered: Decimal | None = value(
        YEN, ("Cash delivered besides shares (JPY)", "株式以外に交付する金銭（円）"), Decimal(0))
    other_property_delivered: Decimal | None = value(
        YEN, ("Bonds, share options and other property delivered, book value (JPY)",
              "交付する社債・新株予約権その他の財産の帳簿価額（円）"), Decimal(0))
    simplified_threshold: Decimal | None = value(
        SHARE_OF, ("Simplified share exchange, threshold", "簡易株式交換の基準割合"), ONE_FIFTH,
        help=("One fifth, or the lower fraction the parent's articles set.",
              "5分の1（完全親会社の定款でこれを下回る割合を定めた場合はその割合）。"))
    exchange_loss: bool = value(
        BOOL, ("A loss arises (Art. 795(2)(iii))", "差損が生じる（会社法第795条第2項第3号）"), False,
        help=("The book value of the consideration other than the parent's shares exceeds the value of the "
              "subsidiary's shares acquired.",
              "完全親会社の株式等以外の対価の帳簿価額が、取得する完全子会社株式の額を超える場合。"))
    parent_public: bool = value(BOOL, ("The parent is a public company", "完全親会社は公開会社"), True)
    restricted_shares_delivered: bool = value(
        BOOL, ("Transfer-restricted shares are delivered", "譲渡制限株式等を交付する"), False)
    shareholders_objected: bool = value(
        BOOL, ("Shareholders holding enough shares objected (Art. 796(3))", "一定数の株式を有する株主が反対した（会社法第796条第3項）"),
        False)
    subsidiary_share_unit: int | None = value(
        UNIT, ("Subsidiary, share unit", "完全子会社の単元株式数"), 1,
        help=("One vote per unit; 1 where the company has no share unit.", "1単元につき1個の議決権。単元株式数の定めがない場合は1。"))
    held_through_subsidiaries: int | None = value(
        SHARES, ("Held through the parent's wholly owned subsidiaries", "完全親会社の完全子会社等の保有株式数"), 0)
    subsidiary_voting_rights: int | None = value(
        VOTING_RIGHTS, ("Subsidiary, votes of all shareholders (as stated)", "完全子会社の総株主の議決権の数（記載値）"),
        help=("Blank: computed from the holdings.", "空欄：保有株式数から計算する。"))
    short_form_threshold: Decimal | None = value(
        SHARE_OF, ("Short-form share exchange, threshold", "略式株式交換の基準割合"), NINE_TENTHS)
    subsidiary_public_one_class: bool = value(
        BOOL, ("The subsidiary is public, with one class of shares", "完全子会社は公開会社かつ種類株式発行会社でない"), False)
    equity_change: Decimal | None = value(
        YEN, ("Change in shareholders' equity (JPY)", "株主資本等変動額（円）"),
        help=("The value the accounts give the subsidiary's shares acquired, less the book value of the treasury "
              "shares delivered: the most stated capital and reserve may rise.",
              "取得する完全子会社株式の額から交付する自己株式の帳簿価額を控除した額。資本金及び準備金の増加額の上限。"))
    stated_capital_increase: Decimal | None = value(
        YEN, ("Increase in stated capital (JPY)", "増加する資本金の額（円）"), Decimal(0))
    capital_reserve_increase: Decimal | None = value(
        YEN, ("Increase in capital reserve (JPY)", "増加する資本準備金の額（円）"), Decimal(0))
    parent_close: Decimal | None = value(
        PRICE, ("Parent, closing price (JPY, for reference)", "完全親会社の終値（円、参考）"),
        help=("For the value at market and the cash for fractions; the statutory test does not use it.",
              "時価による対価の額及び端数の売却代金の見込みに用いる。簡易手続の判定には用いない。"))
    figures_illustrative: bool = value(BOOL, ("Some figures are derived or assumed", "一部の数値は推計又は仮定"), False)


x = inputs(ShareExchange, "share_exchange")

EXCHANGE = Wording(
    noun="exchange", acquirer_key="parent", target_key="subsidiary", deal=("share exchange", "株式交換"),
    acquirer=("parent", "完全親会社"), target=("subsidiary", "完全子会社"),
    simplified=("Simplified share exchange (no meeting of the parent)", "簡易株式交換（完全親会社の株主総会不要）"),
    short_form=("Short-form share exchange (no meeting of the subsidiary)", "略式株式交換（完全子会社の株主総会不要）"),
    loss_article=("Companies Act Art. 795(2)(iii)", "会社法第795条第2項第3号"))

TERMS = Terms(
    wording=EXCHANGE, prefix="share_exchange", holders=x.holders, issued=x.subsidiary_shares_issued,
    held=x.held_by_parent, own=x.subsidiary_treasury, ratio=x.ratio, delivery=x.delivery,
    treasury_to_deliver=x.treasury_to_deliver, resolution_date=x.resolution_date, agreement_date=x.agreement_date,
    effective_date=x.effective_date, acquirer_meeting_date=x.parent_meeting_date,
    target_meeting_date=x.subsidiary_meeting_date, target_unit=x.subsidiary_share_unit,
    held_through_subsidiaries=x.held_through_subsidiaries, target_votes=x.subsidiary_voting_rights,
    net_assets=x.parent_net_assets, net_assets_basis=x.net_assets_basis,
    net_assets_per_share=x.parent_net_assets_per_share, cash=x.cash_delivered,
    other_property=x.other_property_delivered, simplified_threshold=x.simplified_threshold,
    short_form_threshold=x.short_form_threshold, loss=x.exchange_loss, acquirer_public=x.parent_public,
    restricted_shares=x.restricted_shares_delivered, target_public_one_class=x.subsidiary_public_one_class,
    objection=x.shareholders_objected, equity_change=x.equity_change,
    stated_capital_increase=x.stated_capital_increase, capital_reserve_increase=x.capital_reserve_increase)

H, A, L = declare_all(TERMS, __name__, "Exchange")


class ExchangeAtMarket(Results, prefix="share_exchange"):
    """What the parent's close gives, for reference."""

    market_value = Rule(JPY, A.shares_to_deliver * x.parent_close, "Value of the shares delivered at the close",
                        "終値による交付株式の価値",
                        rule=("For reference, as releases state it (\"about JPY 20 billion\"); the simplified test "
                              "uses net assets per share.", "参考値。簡易株式交換の判定には1株当たり純資産額を用いる。"))
    fraction_cash = Rule(
        JPY, when(equal(A.fraction_shares_sold, 0), 0, round_down_to_yen(A.fraction_shares_sold * x.parent_close)),
        "Cash paid for fractions (estimate at the close)", "端数の売却代金（終値による見込額）",
        rule=("The actual amount is the sale price obtained (Art. 234).", "実際の金額は売却価格による（会社法第234条）。"))

    delisted_before_effective = Check(
        about=x.delisting_date, holds=x.delisting_date < x.effective_date,
        label=("Delisted before the effective date", "上場廃止日は効力発生日より前"),
        message=("The subsidiary is delisted on {delisting:date}, not before the effective date ({effective:date}).",
                 "完全子会社の上場廃止日（{delisting:date}）が効力発生日（{effective:date}）より前ではありません。"),
        figures=dict(delisting=x.delisting_date, effective=x.effective_date))


M = ExchangeAtMarket

SECTION = Section(
    key="share_exchange", document=ShareExchange,
    label=("Share exchange", "株式交換"),
    declarations=(A, L, ExchangeAtMarket, H),
    tab=Tab("share_exchange", ("Share e&xchange", "株式交換(&X)")),
    screen=(
        Banner(x.figures_illustrative, (
            "Derived or assumed figures: some inputs on this tab are not published; the deal's notes say which.",
            "推計又は仮定の数値：このタブの一部の入力値は開示されていない数値です。案件のメモを参照してください。")),
        Group("share_exchange", ("Share exchange", "株式交換"),
              inputs=(x.subsidiary_name, x.resolution_date, x.agreement_date, x.parent_meeting_date,
                      x.subsidiary_meeting_date, x.delisting_date, x.effective_date, x.figures_illustrative),
              results=(L.parent_meeting_required, L.simplified_exchange_article, L.subsidiary_meeting_required,
                       L.short_form_exchange_article), toggle=True),
        Group("share_exchange_shares", ("Shares and allotment", "株式と割当て"),
              inputs=(x.subsidiary_shares_issued, x.held_by_parent, x.subsidiary_treasury, x.ratio, x.delivery,
                      x.treasury_to_deliver),
              results=(A.held_ratio, A.shares_allotted_on, A.shares_delivered, A.fraction_total,
                       A.fraction_shares_sold, A.shares_to_deliver, A.odd_lot_holders, A.treasury_delivered,
                       A.new_shares_issued, A.treasury_after)),
        TableBox(x.holders, totals=("shares", "shares_received")),
        Group("share_exchange_simplified", ("Simplified share exchange: the parent's shareholders",
                                            "簡易株式交換：完全親会社の株主総会"),
              inputs=(x.parent_net_assets, x.parent_net_assets_per_share, x.net_assets_basis, x.cash_delivered,
                      x.other_property_delivered, x.simplified_threshold, x.exchange_loss, x.parent_public,
                      x.restricted_shares_delivered, x.shareholders_objected),
              results=(L.consideration_for_test, L.net_assets_for_test, L.simplified_limit,
                       L.consideration_to_net_assets, L.simplified_exchange)),
        Group("share_exchange_short_form", ("Short-form share exchange: the subsidiary's shareholders",
                                            "略式株式交換：完全子会社の株主総会"),
              inputs=(x.subsidiary_share_unit, x.held_through_subsidiaries, x.subsidiary_voting_rights,
                      x.short_form_threshold, x.subsidiary_public_one_class),
              results=(L.votes_held, L.votes_total, L.voting_ratio, L.short_form_exchange)),
        Group("share_exchange_capital", ("Stated capital and capital reserve", "資本金及び資本準備金"),
              inputs=(x.equity_change, x.stated_capital_increase, x.capital_reserve_increase),
              results=(L.capital_and_reserve_increase, L.other_capital_surplus_increase)),
        Group("share_exchange_market", ("At market, for reference", "時価（参考）"),
              inputs=(x.parent_close,), results=(M.market_value, M.fraction_cash)),
    ),
    sheet=("Share exchange", "株式交換"),
)
