"""Secondary offering (売出し): named selling shareholders sell existing
shares at the selling price, most often by way of purchase and resale by
the underwriters (引受人の買取引受による売出し).

Rules, as the registration statements print them ("引受人は株式受渡期日に
引受価額の総額を売出人に支払い、…売出価格の総額との差額は引受人の手取金といたし
ます。売出人は、引受人に対して引受手数料を支払いません。", e.g. EDINET E38525,
2024, and E39661, 2024):
- Total selling price (売出価額の総額) = selling price x shares offered for
  sale; before pricing it is computed at the assumed selling price (想定売出
  価格): 2,598,100 x 2,110 = 5,481,991,000 (filer 14734, 4 September 2024);
  13,128,900 x 1,570 = 20,612,373,000 (E33622, 27 November 2017).
- The sellers receive the underwriting price (引受価額) x their shares; the
  underwriters keep the difference (E38525: 102 yen a share). Without an
  underwriting price the sellers receive the selling price.
- The shares are existing shares: no new shares, no stated capital. In the
  share-count bridge the sale only changes holders.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from worksheet import input_checks
from worksheet.book_building import BOOK_BUILDING_TAB
from worksheet.expressions import any_of, column_sum, equal, if_rows, is_blank, when
from worksheet.kinds import BOOL, PRICE, SHARES, TEXT
from worksheet.rules import JPY, PERCENT
from worksheet.rules import SHARES as SHARE_COUNT
from worksheet.rules import (Banner, Check, Group, Results, RowCheck, RowResults, RowRule, Rule, Section, TableBox,
                             inputs)
from worksheet.schema import rows, value

SELLERS = "secondary_offering.sellers"


@dataclass(frozen=True)
class Seller:
    name: str = value(TEXT, ("Selling shareholder", "売出人"), "")
    shares: int | None = value(SHARES, ("Shares sold", "売出株式数"), required=True)


@dataclass(frozen=True)
class SecondaryOffering:
    shares_for_sale: int | None = value(
        SHARES, ("Shares offered for sale", "売出数"),
        help=("As the release states it. With sellers listed, their shares must add up to it; without, it is the "
              "size of the sale.", "開示資料の記載値。売出人を記載した場合はその合計と一致しなければならない。記載しない場合はこれを売出数とする。"))
    offer_price: Decimal | None = value(
        PRICE, ("Selling price", "売出価格"), required=True,
        help=("The price investors pay; before pricing, the assumed selling price (想定売出価格).",
              "投資家が支払う1株当たりの価格。条件決定前は想定売出価格。"))
    underwriting_price: Decimal | None = value(
        PRICE, ("Underwriting price", "引受価額"),
        help=("Paid to the sellers by the underwriters who buy and resell the shares (引受人の買取引受による売出し). "
              "Blank: the sellers receive the selling price.",
              "買取引受けを行う引受人が売出人に支払う1株当たりの金額。空欄の場合、売出人は売出価格を受け取る。"))
    price_assumed: bool = value(
        BOOL, ("The selling price is the assumed price", "売出価格は想定売出価格"), False,
        help=("Before pricing, totals are estimates at the assumed selling price.", "条件決定前は、総額は想定売出価格による見込額。"))
    sellers: tuple[Seller, ...] = rows(Seller, ("Selling shareholders", "売出人"))


s = inputs(SecondaryOffering, "secondary_offering")
seller = s.sellers
no_underwriting_price = is_blank(s.underwriting_price.or_blank())


class SecondaryOfferingResults(Results, prefix="secondary_offering"):
    shares_sold = Rule(
        SHARE_COUNT, if_rows(SELLERS, column_sum(seller.shares), s.shares_for_sale), "Shares offered for sale",
        "売出株式数", rule=("The sellers' shares added up; with no seller listed, the shares offered for sale as stated.",
                       "売出人ごとの売出株式数の合計（売出人の記載がない場合は売出数の記載値）。"))
    price_to_sellers = Rule(
        JPY, when(no_underwriting_price, s.offer_price, s.underwriting_price.or_blank()), "Price paid to the sellers per share",
        "売出人が受け取る1株当たりの金額",
        rule=("The underwriting price in a purchase and resale by the underwriters; otherwise the selling price.",
              "引受人の買取引受による売出しでは引受価額、それ以外は売出価格。"))
    total_selling_price = Rule(JPY, s.offer_price * shares_sold, "Total selling price", "売出価額の総額",
                               rule=("What investors pay; before pricing, an estimate at the assumed selling price.",
                                     "投資家が支払う総額。条件決定前は想定売出価格による見込額。"))
    proceeds_to_sellers = Rule(JPY, price_to_sellers * shares_sold, "Proceeds to the sellers (total)",
                               "売出人の手取金（総額）",
                               rule=("The sellers pay the underwriters no fee.", "売出人は引受人に対して引受手数料を支払わない。"))
    spread_per_share = Rule(JPY, s.offer_price - price_to_sellers, "Underwriters' spread per share",
                            "1株当たりの引受人の手取金")
    underwriters_spread = Rule(JPY, spread_per_share * shares_sold, "Underwriters' spread (total)", "引受人の手取金（総額）")
    spread_ratio = Rule(PERCENT, spread_per_share / s.offer_price, "Spread as a share of the selling price",
                        "手取金の売出価格に対する比率")

    some_shares = Check(
        about=shares_sold, holds=shares_sold > 0, label=("Shares offered for sale", "売出株式数"),
        message=("No shares are offered for sale: list the sellers or enter the shares offered for sale.",
                 "売出株式数が0です。売出人を記載するか売出数を入力してください。"))
    sellers_add_up = Check(
        about=seller, bars=False,
        holds=any_of(is_blank(s.shares_for_sale.or_blank()),
                     if_rows(SELLERS, equal(column_sum(seller.shares), s.shares_for_sale.or_blank()), True)),
        label=("Sellers add up to the shares offered for sale", "売出人の売出株式数の合計は売出数と一致"),
        message=("The sellers listed sell {listed:shares} shares; the release states {stated:shares}.",
                 "記載した売出人の売出株式数の合計は{listed:shares}株ですが、売出数は{stated:shares}株と記載されています。"),
        figures=dict(listed=column_sum(seller.shares), stated=s.shares_for_sale))
    offer_above_zero = input_checks.price_above_zero(s.offer_price, ("A selling price", "売出価格"))
    underwriting_not_above_offer = Check(
        about=s.underwriting_price, bars=False,
        holds=any_of(no_underwriting_price, s.underwriting_price.or_blank() <= s.offer_price),
        label=("Underwriting price not above the selling price", "引受価額は売出価格以下"),
        message=("The underwriting price ({paid:yen} yen) is above the selling price ({offer:yen} yen): the "
                 "underwriters' spread would be negative.",
                 "引受価額（{paid:yen}円）が売出価格（{offer:yen}円）を上回っており、引受人の手取金が負になります。"),
        figures=dict(paid=s.underwriting_price, offer=s.offer_price))


class SellerResults(RowResults, table=SELLERS, section="secondary_offering"):
    proceeds = RowRule(JPY, seller.shares * SecondaryOfferingResults.price_to_sellers, "Proceeds to the seller",
                       "売出人の手取金")

    some_shares = RowCheck(
        about=seller.shares, holds=seller.shares > 0, label=("A seller sells shares", "売出株式数の記載"),
        message=("A seller is listed with no shares.", "売出株式数が0の売出人があります。"))


R = SecondaryOfferingResults

SECTION = Section(
    key="secondary_offering", document=SecondaryOffering,
    label=("Secondary offering", "売出し"),
    declarations=(SecondaryOfferingResults, SellerResults),
    tab=BOOK_BUILDING_TAB,  # beside the new shares, as an IPO's registration statement has them
    screen=(
        Banner(s.price_assumed, (
            "Assumed selling price: the totals of the secondary offering are estimates before pricing.",
            "想定売出価格：売出しの総額は条件決定前の見込額です。")),
        Group("secondary_offering", ("Secondary offering (purchase and resale by the underwriters)",
                                     "売出し（引受人の買取引受による売出し）"),
              inputs=(s.shares_for_sale, s.offer_price, s.underwriting_price, s.price_assumed),
              results=(R.shares_sold, R.price_to_sellers, R.total_selling_price, R.proceeds_to_sellers,
                       R.spread_per_share, R.underwriters_spread, R.spread_ratio),
              toggle=True),
        TableBox(seller, totals=("shares", "proceeds")),
    ),
    sheet=("Secondary offering", "売出し"),
)
