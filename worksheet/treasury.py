"""Disposal of treasury shares (自己株式の処分), on its own or in one offering
with the public offering's new shares.

The company delivers shares it holds instead of issuing new ones: shares
issued do not change, treasury stock falls by exactly the shares disposed,
and the amount paid in does not increase stated capital for the treasury
part. Releases print 資本組入額 「該当事項なし」 or 「-」 (filer 11080,
2024: 2,039,000 x 3,087.2 = 6,294,800,800 with no stated capital; EDINET
E33603, 2017; カイノス, 13 May 2019: 490,000 x 888 = 435,120,000).

How Rules of Account Settlement of Corporations Art. 14(1) is read here
(text quoted in tests/sources/offerings/08-legal-citations.md):

    limit = (cash paid in (i) + contributions in kind (ii) - issue costs (iii))
            x the share issuance ratio - the treasury disposal loss (iv),
    and zero if that is below zero;

the share issuance ratio (株式発行割合) is the new shares over the new
shares and the treasury shares disposed in the same offering; (iii) is zero
today (Supplementary Provisions Art. 11(v)); the loss (iv) is the book value
of the treasury shares disposed less the part of the cash attributed to
them, cash x (1 - ratio), when that is positive. Shares of one offering are
paid for at one amount (Companies Act Art. 199(5)), so with p the amount to
be paid, N new and T treasury shares:

    cash x ratio       = p x (N + T) x N / (N + T) = p x N  (the new shares' amount paid)
    cash x (1 - ratio) = p x T                             (the disposal amount)
    limit              = max(0, p x N - max(0, book value - p x T))

The worksheet computes it in that form, exactly, with no division. In the
common case the book value is below the disposal amount: the limit is the
new shares' amount paid, half of it (rounded up to the yen) is stated
capital as for any offering, and the disposal gain (disposal amount - book
value) goes to other capital surplus. A disposal on its own has ratio zero
and limit zero: no stated capital, whatever the book value. When the book
value exceeds the disposal amount the loss reduces the limit first; the
worksheet says so beside the public offering's own figure, which is
computed on the new shares alone. Other capital surplus changes by what is
left: cash - limit - book value.

A deal with both a public offering and a treasury disposal is read as one
offering of new and treasury shares (as SMFG's "新株式発行及び自己株式の処分",
resolved 6 January 2006, priced 23 January 2006, at one amount: 1,130,500
yen a share; a Commercial Code deal, so its capital language predates Art.
14). The disposal price must then equal the amount to be paid.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from worksheet import capital, input_checks
from worksheet.expressions import equal, if_present, larger, when
from worksheet.findings import Severity
from worksheet.issuer import i
from worksheet.kinds import DATE, PRICE, SHARES, YEN
from worksheet.offering import OFFERING_TAB, o
from worksheet.offering import R as offering
from worksheet.rules import JPY, PERCENT
from worksheet.rules import SHARES as SHARE_COUNT
from worksheet.rules import Check, Group, Results, Rule, Section, inputs
from worksheet.schema import value


@dataclass(frozen=True)
class TreasuryDisposal:
    shares_disposed: int | None = value(
        SHARES, ("Treasury shares disposed", "処分株式数"), required=True,
        help=("Shares the company holds and delivers instead of issuing new ones.", "新株式の発行に代えて交付する自己株式の数。"))
    disposal_price: Decimal | None = value(
        PRICE, ("Disposal price (amount to be paid)", "処分価額（払込金額）"), required=True,
        help=("Per share, paid to the company; in a book-built disposal, the underwriting price. In one offering with "
              "new shares it equals their amount to be paid.",
              "会社に払い込まれる1株当たりの金額（ブックビルディング方式では引受価額）。新株式と同一の募集では新株式の払込金額と同額。"))
    offer_price: Decimal | None = value(
        PRICE, ("Offer price", "売出価格（発行価格）"),
        help=("The price investors pay when underwriters buy and resell the shares; blank: no spread.",
              "引受人が買取引受けを行う場合に投資家が支払う価格。空欄の場合は引受人の手取金なし。"))
    book_value: Decimal | None = value(
        YEN, ("Book value of the treasury shares disposed (JPY)", "処分する自己株式の帳簿価額（円）"),
        help=("Needed for the disposal gain or loss; a loss reduces the limit of the increase in stated capital of the "
              "new shares (Art. 14(1)(iv)).", "自己株式処分差益・差損の計算に必要。差損は新株式の資本金等増加限度額を減少させる（第14条第1項第4号）。"))
    disposal_date: dt.date | None = value(DATE, ("Disposal date (payment date)", "処分期日（払込期日）"))


d = inputs(TreasuryDisposal, "treasury_disposal")
new_shares = if_present("offering", o.shares_offered, 0)
new_paid_in = if_present("offering", offering.total_amount_paid, 0)


class TreasuryDisposalResults(Results, prefix="treasury_disposal"):
    total_disposal_amount = Rule(JPY, d.disposal_price * d.shares_disposed, "Total disposal amount (paid in)",
                                 "処分価額の総額", rule=("What the company receives for the treasury shares.",
                                                   "自己株式の処分により会社が受け取る額。"))
    total_offer_price = Rule(JPY, d.offer_price * d.shares_disposed, "Total offer price", "売出価格の総額",
                             rule=("What investors pay.", "投資家が支払う総額。"))
    spread_per_share = Rule(JPY, d.offer_price - d.disposal_price, "Underwriters' spread per share",
                            "1株当たりの引受人の手取金")
    underwriters_spread = Rule(JPY, spread_per_share * d.shares_disposed, "Underwriters' spread (total)",
                               "引受人の手取金（総額）")
    new_shares_in_offering = Rule(SHARE_COUNT, new_shares, "New shares in the same offering",
                                  "同一の募集で発行する新株式数",
                                  rule=("The public offering's shares, when the deal has one.", "公募増資がある場合はその募集株式数。"))
    issue_ratio = Rule(
        PERCENT, new_shares / (new_shares + d.shares_disposed), "Share issuance ratio", "株式発行割合",
        rule=("New shares over new shares and treasury shares disposed (Rules of Account Settlement of "
              "Corporations, Art. 14(1)).", "新株式の数を新株式の数と処分する自己株式の数の合計で除した割合（会社計算規則第14条第1項）。"))
    disposal_loss = Rule(
        JPY, larger(0, d.book_value - total_disposal_amount), "Treasury disposal loss", "自己株式処分差損",
        rule=("Book value of the shares disposed less the cash attributed to them, when positive (Art. 14(1)(iv)).",
              "処分する自己株式の帳簿価額から処分の対価を減じた額（正の場合、第14条第1項第4号）。"))
    capital_limit = Rule(
        JPY, when(equal(new_shares, 0), 0, larger(0, new_paid_in - disposal_loss)),
        "Limit of the increase in stated capital (the offering as a whole)", "資本金等増加限度額（募集全体）",
        rule=("Cash paid in x the share issuance ratio (the new shares' amount paid, at one amount a share) less "
              "the disposal loss, never below zero; zero for a disposal on its own.",
              "払込額×株式発行割合（1株当たり同一の払込金額では新株式の払込金額の総額）から自己株式処分差損を減じた額（零未満は零）。"
              "自己株式の処分のみの場合は零。"))
    # the treasury part adds nothing: the limit already leaves it out
    stated_capital_increase = capital.stated_capital_increase(
        capital_limit, ("Stated capital increase (the offering as a whole)", "増加する資本金の額（募集全体）"))
    additional_paid_in_capital = capital.capital_reserve_increase(
        capital_limit, stated_capital_increase,
        ("Additional paid-in capital increase (the offering as a whole)", "増加する資本準備金の額（募集全体）"))
    other_capital_surplus = Rule(
        JPY, new_paid_in + total_disposal_amount - capital_limit - d.book_value,
        "Change in other capital surplus", "その他資本剰余金の増減額",
        rule=("What the cash paid in leaves after the limit and the book value of the shares disposed: the disposal "
              "gain, or a loss the limit could not absorb.",
              "払込額から資本金等増加限度額及び処分した自己株式の帳簿価額を減じた額（自己株式処分差益、又は限度額で吸収できない差損）。"))
    treasury_after = Rule(SHARE_COUNT, i.treasury_shares - d.shares_disposed, "Treasury shares after the disposal",
                          "処分後の自己株式数", rule=("Treasury stock falls by exactly the shares disposed.",
                                              "自己株式は処分株式数だけ減少する。"))

    some_shares = Check(
        about=d.shares_disposed, holds=d.shares_disposed > 0, label=("Treasury shares disposed", "処分株式数"),
        message=("No treasury shares are disposed: enter the shares disposed.", "処分株式数が0です。処分する自己株式の数を入力してください。"))
    enough_treasury = Check(
        about=d.shares_disposed, holds=d.shares_disposed <= i.treasury_shares,
        label=("Enough treasury shares", "十分な自己株式"),
        message=("The disposal delivers {disposed:shares} shares but the issuer holds only {held:shares} treasury shares.",
                 "処分株式数は{disposed:shares}株ですが、自己株式は{held:shares}株しかありません。"),
        figures=dict(disposed=d.shares_disposed, held=i.treasury_shares))
    price_above_zero = input_checks.price_above_zero(d.disposal_price, ("A disposal price", "処分価額"))
    disposal_not_above_offer = Check(
        about=d.offer_price, bars=False, holds=d.disposal_price <= d.offer_price,
        label=("Disposal price not above the offer price", "処分価額は売出価格以下"),
        message=("The disposal price ({paid:yen} yen) is above the offer price ({offer:yen} yen): the underwriters' "
                 "spread would be negative.",
                 "処分価額（{paid:yen}円）が売出価格（{offer:yen}円）を上回っており、引受人の手取金が負になります。"),
        figures=dict(paid=d.disposal_price, offer=d.offer_price))
    one_amount = Check(
        about=capital_limit, blanks=True, holds=if_present("offering", equal(d.disposal_price, o.amount_paid), True),
        label=("One amount to be paid in one offering (Companies Act Art. 199(5))", "同一の募集における払込金額の均等（会社法第199条第5項）"),
        message=("The disposal price ({disposal:yen} yen) differs from the public offering's amount to be paid "
                 "({paid:yen} yen): shares of one offering are paid for at one amount, so the limit of the increase "
                 "in stated capital is not computed.",
                 "処分価額（{disposal:yen}円）が公募増資の払込金額（{paid:yen}円）と異なります。同一の募集では払込金額は均等でなければ"
                 "ならないため、資本金等増加限度額を計算しません。"),
        figures=dict(disposal=d.disposal_price, paid=o.amount_paid))
    loss_reduces_limit = Check(
        about=capital_limit, severity=Severity.WARNING,
        holds=if_present("offering", equal(capital_limit, offering.total_amount_paid), True),
        label=("No disposal loss against the new shares' limit", "自己株式処分差損による限度額の減少なし"),
        message=("A treasury disposal loss of {loss:yen} yen reduces the limit of the increase in stated capital to "
                 "{limit:yen} yen (Art. 14(1)(iv)): stated capital rises by {capital:yen} yen, not the {alone:yen} yen "
                 "computed for the new shares alone.",
                 "自己株式処分差損{loss:yen}円により資本金等増加限度額は{limit:yen}円となります（第14条第1項第4号）。増加する資本金の額は"
                 "{capital:yen}円であり、新株式のみで計算した{alone:yen}円ではありません。"),
        figures=dict(loss=disposal_loss, limit=capital_limit, capital=stated_capital_increase,
                     alone=offering.stated_capital_increase))


R = TreasuryDisposalResults

SECTION = Section(
    key="treasury_disposal", document=TreasuryDisposal,
    label=("Disposal of treasury shares", "自己株式の処分"),
    declarations=(TreasuryDisposalResults,),
    tab=OFFERING_TAB,
    screen=(
        Group("treasury_disposal", ("Disposal of treasury shares", "自己株式の処分"),
              inputs=(d.shares_disposed, d.disposal_price, d.offer_price, d.disposal_date),
              results=(R.total_disposal_amount, R.total_offer_price, R.spread_per_share, R.underwriters_spread,
                       R.treasury_after),
              toggle=True),
        Group("treasury_capital", ("Stated capital with treasury shares (Art. 14(1))",
                                   "自己株式を含む資本金等増加限度額（第14条第1項）"),
              inputs=(d.book_value,),
              results=(R.new_shares_in_offering, R.issue_ratio, R.disposal_loss, R.capital_limit,
                       R.stated_capital_increase, R.additional_paid_in_capital, R.other_capital_surplus)),
    ),
    sheet=("Treasury disposal", "自己株式の処分"),
)
