"""Issuance of new shares by way of third-party allotment (第三者割当による
新株式発行) as a transaction of its own: named allottees take new shares at
an amount to be paid the board resolves.

Rules, and the releases they are read from:
- The total amount to be paid is the amount per share times the shares
  allotted; half of it, any fraction below one yen rounded up, is the
  increase in stated capital and the rest the capital reserve (Rules of
  Account Settlement of Corporations Art. 14(1), Companies Act Art.
  445(2)). Sumitomo Mitsui Banking Corporation, "Notice Regarding Issuance
  of New Shares", 13 November 2009: 992,453 x 48,365 = 47,999,989,345,
  stated capital 23,999,994,673, reserve 23,999,994,672.
- Capital per share (資本組入額) is half the amount to be paid, its fraction
  kept; the round-up applies to the total only.
- The exchange measures dilution as the voting rights of the allotted
  shares over the total voting rights before the allotment (総議決権数), and
  releases also print the shares allotted over the shares issued; both as
  percentages to two decimals, rounded half up (EDINET E40130, securities
  registration statement of 30 October 2025: 1,549 / 42,697 = 3.63%,
  154,900 / 4,316,483 = 3.59%). The voting rights of each allottee's shares
  are its whole units. The total voting rights before are an input; left
  blank, they are derived from the issuer's shares outstanding in whole
  units, which can only overstate them (odd lots are counted by holder).
- TSE Securities Listing Regulations, in force from 24 August 2009: dilution
  of 25% or more needs an independent opinion or a confirmation of the
  shareholders' intent (Art. 432; a change of controlling shareholder does
  too, which the worksheet cannot see); dilution over 300% is a delisting
  criterion unless the exchange finds the shareholders' interests unharmed
  (Art. 601(1)(xvii), with Enforcement Rules Art. 601(13)(vi)). The
  articles are cited as numbered when they came into force; later
  renumbering (around the 2022 market restructuring) was not verified.
  Before 24 August 2009, or for an issuer that is not listed, the
  worksheet says nothing about them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from worksheet import capital, input_checks
from worksheet.expressions import (Text, any_of, column_sum, if_rows, is_blank, is_business_day, not_, round_percent,
                                   when, whole_shares)
from worksheet.findings import Severity
from worksheet.issuer import ShareCountBefore as before
from worksheet.issuer import i
from worksheet.kinds import BOOL, DATE, PRICE, SHARES, TEXT, VOTING_RIGHTS
from worksheet.rules import JPY, PERCENT, VOTES, WORDS
from worksheet.rules import SHARES as SHARE_COUNT
from worksheet.rules import (Check, Group, Results, RowCheck, RowResults, RowRule, Rule, Section, Tab, TableBox,
                             inputs)
from worksheet.schema import rows, value

#: the TSE rules on large third-party allotments came into force on this day
EXCHANGE_RULES_IN_FORCE = dt.date(2009, 8, 24)
INDEPENDENT_OPINION_FROM = Decimal("0.25")  # 25% or more (以上)
DELISTING_ABOVE = Decimal(3)  # over 300% (超)


@dataclass(frozen=True)
class Allottee:
    name: str = value(TEXT, ("Allottee", "割当予定先"), "")
    shares: int | None = value(SHARES, ("Shares allotted", "割当株式数"), required=True)


@dataclass(frozen=True)
class ThirdPartyAllotment:
    listed: bool = value(
        BOOL, ("Issuer listed on the TSE", "東京証券取引所に上場"), True,
        help=("The exchange's rules on large allotments bind listed companies only.",
              "大規模な第三者割当に関する取引所の規則は上場会社にのみ適用される。"))
    resolution_date: dt.date | None = value(
        DATE, ("Board resolution date", "取締役会決議日"),
        help=("The exchange's rules are cited as in force on this date.", "取引所の規則はこの日現在のものを引用する。"))
    amount_paid: Decimal | None = value(
        PRICE, ("Amount to be paid", "払込金額"), required=True,
        help=("Per share, paid by the allottees (also printed as 発行価額).", "割当予定先が払い込む1株当たりの金額（発行価額と記載されることもある）。"))
    subscription_date: dt.date | None = value(DATE, ("Subscription date", "申込期日"))
    payment_date: dt.date | None = value(DATE, ("Payment date", "払込期日"))
    voting_rights_before: int | None = value(
        VOTING_RIGHTS, ("Total voting rights before the allotment", "総議決権数"),
        help=("As the release states it (総議決権数, at a stated date). Blank: derived from the issuer's shares "
              "outstanding in whole units, which overstates it by the odd lots.",
              "開示資料の記載値（基準日現在の総議決権数）。空欄の場合は発行会社の発行済株式数（自己株式を除く）の単元数から算出する"
              "（単元未満株式の分だけ多くなる）。"))
    allottees: tuple[Allottee, ...] = rows(Allottee, ("Allottees", "割当予定先"))


t = inputs(ThirdPartyAllotment, "third_party_allotment")
allottee = t.allottees
#: the total voting rights before, as stated or derived (the check on it reads this, the result prints it)
voting_rights_before = when(is_blank(t.voting_rights_before.or_blank()),
                            whole_shares(before.outstanding_before / i.share_unit), t.voting_rights_before.or_blank())


class AllotteeResults(RowResults, table="third_party_allotment.allottees", section="third_party_allotment"):
    amount_paid = RowRule(JPY, allottee.shares * t.amount_paid, "Amount paid by the allottee", "払込金額（割当予定先別）")
    voting_rights = RowRule(
        VOTES, whole_shares(allottee.shares / i.share_unit), "Voting rights allotted", "割当議決権数",
        rule=("One voting right per whole share unit.", "1単元につき1個の議決権。"))

    some_shares = RowCheck(
        about=allottee.shares, holds=allottee.shares > 0, label=("An allottee takes shares", "割当株式数の記載"),
        message=("An allottee is listed with no shares.", "割当株式数が0の割当予定先があります。"))


class ThirdPartyAllotmentResults(Results, prefix="third_party_allotment"):
    shares_allotted = Rule(SHARE_COUNT, column_sum(allottee.shares), "New shares issued", "発行新株式数",
                           rule=("The sum of the shares allotted to each allottee.", "割当予定先ごとの割当株式数の合計。"))
    total_amount_paid = Rule(JPY, t.amount_paid * shares_allotted, "Total amount to be paid", "払込金額の総額")
    capital_per_share = capital.capital_per_share(t.amount_paid)
    stated_capital_increase = capital.stated_capital_increase(total_amount_paid)
    additional_paid_in_capital = capital.capital_reserve_increase(total_amount_paid, stated_capital_increase)
    voting_rights_allotted = Rule(VOTES, column_sum(AllotteeResults.voting_rights), "Voting rights allotted",
                                  "割当議決権数")
    total_voting_rights = Rule(
        VOTES, voting_rights_before,
        "Total voting rights before the allotment", "総議決権数（割当前）",
        rule=("As stated; otherwise the issuer's shares outstanding in whole units.",
              "記載値。空欄の場合は発行会社の発行済株式数（自己株式を除く）の単元数。"))
    dilution = Rule(
        PERCENT, voting_rights_allotted / total_voting_rights, "Dilution (voting rights)", "希薄化率（議決権ベース）",
        rule=("Voting rights of the allotted shares over the total voting rights before the allotment, as the TSE "
              "measures it.", "割当株式に係る議決権の数を割当前の総議決権数で除したもの（東京証券取引所の基準）。"))
    dilution_as_stated = Rule(
        PERCENT, round_percent(dilution, 2), "Dilution (voting rights) as a release states it", "希薄化率（議決権ベース、表示）",
        rule=("To two decimals, rounded half up (E40130, 30 October 2025: 1,549 / 42,697 = 3.6279% printed 3.63%).",
              "小数点以下第2位まで（第3位四捨五入）。E40130（2025年10月30日）：1,549÷42,697＝3.6279%を3.63%と記載。"))
    ratio_to_shares_issued = Rule(PERCENT, shares_allotted / i.shares_issued, "Shares allotted / shares issued",
                                  "発行済株式総数に対する割当株式数の比率")
    ratio_to_shares_issued_as_stated = Rule(
        PERCENT, round_percent(ratio_to_shares_issued, 2), "Shares allotted / shares issued, as stated",
        "発行済株式総数に対する比率（表示）", rule=("To two decimals, rounded half up.", "小数点以下第2位まで（第3位四捨五入）。"))
    exchange_rules = Rule(
        WORDS, when(not_(t.listed), Text("third_party_allotment.rules_unlisted", "None: the issuer is not listed",
                                         "なし（非上場会社）"),
                    when(t.resolution_date >= EXCHANGE_RULES_IN_FORCE,
                         Text("third_party_allotment.rules_in_force",
                              "TSE Securities Listing Regulations Art. 432 (25% or more) and Art. 601(1)(xvii) (over "
                              "300%)", "東京証券取引所 有価証券上場規程第432条（25%以上）及び第601条第1項第17号（300%超）"),
                         Text("third_party_allotment.rules_not_in_force", "None: the exchange's rules came into force "
                              "on 24 August 2009", "なし（取引所の規則は2009年8月24日施行）"))),
        "Exchange rules on large allotments", "大規模な第三者割当に関する取引所の規則",
        rule=("Cited as in force on the board resolution date, for a listed issuer.", "上場会社について、取締役会決議日現在の規則を引用する。"))

    has_allottees = Check(
        about=shares_allotted, blanks=True, holds=if_rows("third_party_allotment.allottees", True, False),
        label=("At least one allottee", "割当予定先の記載"),
        message=("No allottee is listed: add the allottees and their shares.", "割当予定先が記載されていません。割当予定先と割当株式数を入力してください。"))
    amount_above_zero = input_checks.price_above_zero(t.amount_paid, ("An amount to be paid", "払込金額"))
    voting_rights_above_zero = Check(
        about=total_voting_rights, blanks=True, holds=voting_rights_before > 0,
        label=("Voting rights before the allotment", "割当前の総議決権数"),
        message=("With no voting rights before the allotment the dilution cannot be measured.",
                 "割当前の総議決権数が0のため、希薄化率を算出できません。"))
    paid_after_subscribed = Check(
        about=t.payment_date, holds=t.payment_date >= t.subscription_date,
        label=("Dates in order", "日付の前後関係"),
        message=("The allotment is paid ({second:date}) before it is subscribed ({first:date}).",
                 "払込期日（{second:date}）が申込期日（{first:date}）より前です。"),
        figures=dict(first=t.subscription_date, second=t.payment_date))
    payment_on_business_day = Check(
        about=t.payment_date, holds=is_business_day(t.payment_date), label=("On a TSE business day", "営業日であること"),
        message=("The payment date, {day:date}, is not a TSE business day.", "払込期日{day:date}は東京証券取引所の営業日ではありません。"),
        figures=dict(day=t.payment_date))
    independent_opinion = Check(
        about=dilution, severity=Severity.WARNING,
        holds=any_of(not_(t.listed), t.resolution_date < EXCHANGE_RULES_IN_FORCE, dilution < INDEPENDENT_OPINION_FROM),
        label=("Dilution below 25% (TSE Securities Listing Regulations Art. 432)",
               "希薄化率25%未満（有価証券上場規程第432条）"),
        message=("The allotment dilutes voting rights by {dilution:%}, 25% or more: TSE Securities Listing Regulations "
                 "Art. 432 requires an opinion from a party independent of management or a confirmation of the "
                 "shareholders' intent, such as a resolution of a general meeting.",
                 "希薄化率が{dilution:%}で25%以上となるため、有価証券上場規程第432条により、経営者から一定程度独立した者による意見の入手"
                 "又は株主総会決議などによる株主の意思確認の手続が必要です。"),
        figures=dict(dilution=dilution))
    delisting_criterion = Check(
        about=dilution, severity=Severity.WARNING,
        holds=any_of(not_(t.listed), t.resolution_date < EXCHANGE_RULES_IN_FORCE, dilution <= DELISTING_ABOVE),
        label=("Dilution not over 300% (TSE Securities Listing Regulations Art. 601(1)(xvii))",
               "希薄化率300%以下（有価証券上場規程第601条第1項第17号）"),
        message=("The allotment dilutes voting rights by {dilution:%}, over 300%: a delisting criterion under TSE "
                 "Securities Listing Regulations Art. 601(1)(xvii), unless the exchange finds the shareholders' "
                 "interests unharmed.",
                 "希薄化率が{dilution:%}で300%を超えるため、有価証券上場規程第601条第1項第17号の上場廃止基準に該当します"
                 "（株主及び投資者の利益を侵害するおそれが少ないと取引所が認める場合を除く）。"),
        figures=dict(dilution=dilution))


R = ThirdPartyAllotmentResults

SECTION = Section(
    key="third_party_allotment", document=ThirdPartyAllotment,
    label=("Third-party allotment", "第三者割当"),
    declarations=(ThirdPartyAllotmentResults, AllotteeResults),
    tab=Tab("third_party_allotment", ("Third-party &allotment", "第三者割当(&A)")),
    screen=(
        Group("third_party_allotment", ("Issuance of new shares by way of third-party allotment",
                                        "第三者割当による新株式発行"),
              inputs=(t.resolution_date, t.amount_paid, t.subscription_date, t.payment_date, t.listed),
              results=(R.shares_allotted, R.total_amount_paid, R.capital_per_share, R.stated_capital_increase,
                       R.additional_paid_in_capital),
              toggle=True),
        TableBox(allottee, totals=("shares", "amount_paid", "voting_rights")),
        Group("third_party_dilution", ("Dilution as the exchange measures it", "希薄化の規模"),
              inputs=(t.voting_rights_before,),
              results=(R.voting_rights_allotted, R.total_voting_rights, R.dilution, R.dilution_as_stated,
                       R.ratio_to_shares_issued, R.ratio_to_shares_issued_as_stated, R.exchange_rules)),
    ),
    sheet=("Third-party allotment", "第三者割当"),
)
