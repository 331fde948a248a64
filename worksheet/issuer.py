"""The issuer (the surviving company in a merger) and the fiscal figures
releases print about it and about the other companies in the deal."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from worksheet.expressions import any_of, equal
from worksheet.findings import Severity
from worksheet.kinds import DATE, MILLION_YEN, PER_SHARE, SHARES, TEXT, UNIT, ChoiceKind
from worksheet.rules import SHARES as SHARE_COUNT
from worksheet.rules import Check, Group, Results, Rule, Section, TableBox, Tab, inputs
from worksheet.schema import rows, value

COMPANY = ChoiceKind("company", choices=(("issuer", "Issuer"), ("dissolving", "Dissolving company")),
                     labels_ja=("発行会社", "消滅会社"))


@dataclass(frozen=True)
class FiscalFigures:
    """One company's figures for one fiscal year as one table of a release
    states them. Two tables stating the same fact are cross-checked."""

    company: str = value(COMPANY, ("Company", "会社"), "issuer",
                         help=("Whose figures these are: the issuer or the dissolving company in a merger.",
                               "どの会社の数値か：発行会社（存続会社）又は合併の消滅会社。"))
    period_end: dt.date | None = value(DATE, ("Fiscal year ended", "決算期"))
    source: str = value(TEXT, ("Stated in", "記載箇所"), "",
                        help=("The table of the release these figures come from.", "数値を記載した開示資料の表。"))
    shares: int | None = value(
        SHARES, ("Shares for per-share figures", "1株当たり数値の基礎となる株式数"),
        help=("Shares outstanding behind the per-share figures; blank: the issuer's shares outstanding, or the "
              "dissolving company's shares issued.", "空欄の場合は発行会社の発行済株式数（自己株式を除く）又は消滅会社の発行済株式数。"))
    equity: Decimal | None = value(MILLION_YEN, ("Shareholders' equity (JPY million)", "純資産（百万円）"))
    total_assets: Decimal | None = value(MILLION_YEN, ("Total assets (JPY million)", "総資産（百万円）"))
    equity_per_share: Decimal | None = value(PER_SHARE, ("Shareholders' equity per share (JPY)", "1株当たり純資産（円）"))
    revenues: Decimal | None = value(MILLION_YEN, ("Total revenues (JPY million)", "売上高（百万円）"))
    operating_income: Decimal | None = value(MILLION_YEN, ("Operating income (JPY million)", "営業利益（百万円）"))
    income_before_tax: Decimal | None = value(MILLION_YEN, ("Income before income tax (JPY million)", "税引前当期純利益（百万円）"))
    net_income: Decimal | None = value(MILLION_YEN, ("Net income (JPY million)", "当期純利益（百万円）"))
    net_income_per_share: Decimal | None = value(PER_SHARE, ("Basic net income per share (JPY)", "1株当たり当期純利益（円）"))


FISCAL_FACTS = ("equity", "total_assets", "equity_per_share", "revenues", "operating_income",
                "income_before_tax", "net_income", "net_income_per_share")


@dataclass(frozen=True)
class Issuer:
    name: str = value(TEXT, ("Company name", "会社名"), "")
    name_ja: str = value(TEXT, ("Company name (Japanese)", "会社名（日本語）"), "")
    securities_code: str = value(TEXT, ("Securities code", "証券コード"), "")
    shares_issued: int | None = value(
        SHARES, ("Shares issued", "発行済株式総数"), required=True,
        help=("Total number of issued shares before the deal, treasury shares included.", "本件前の発行済株式総数（自己株式を含む）。"))
    shares_issued_as_of: dt.date | None = value(DATE, ("Shares issued as of", "発行済株式総数の基準日"))
    treasury_shares: int | None = value(
        SHARES, ("Treasury shares", "自己株式数"), 0,
        help=("Shares the company holds itself; they are issued but not outstanding.", "会社が保有する自己株式。発行済だが流通していない。"))
    share_unit: int | None = value(UNIT, ("Share unit", "単元株式数"), 100,
                                   help=("Shares in one trading unit (tangen) on the exchange.", "取引所における1単元の株式数。"))
    fiscal_years: tuple[FiscalFigures, ...] = rows(FiscalFigures, ("Fiscal figures", "財務数値"))


i = inputs(Issuer, "issuer")


class ShareCountBefore(Results, prefix="shares", section="issuer"):
    issued_before = Rule(SHARE_COUNT, i.shares_issued, "Shares issued before the deal", "本件前の発行済株式総数")
    outstanding_before = Rule(SHARE_COUNT, issued_before - i.treasury_shares, "Shares outstanding before the deal",
                              "本件前の発行済株式数（自己株式を除く）")


class IssuerChecks(Results, prefix="issuer"):
    treasury_within_issued = Check(
        about=i.treasury_shares, holds=i.treasury_shares <= i.shares_issued,
        label=("Treasury shares are issued shares", "自己株式は発行済株式の一部"),
        message=("Treasury shares ({treasury:shares}) cannot exceed shares issued ({issued:shares}).",
                 "自己株式数（{treasury:shares}株）が発行済株式総数（{issued:shares}株）を超えています。"),
        figures=dict(treasury=i.treasury_shares, issued=i.shares_issued))
    usual_unit = Check(
        about=i.share_unit, holds=any_of(*(equal(i.share_unit, n) for n in (1, 10, 50, 100, 500, 1000))),
        severity=Severity.WARNING, label=("Share unit", "単元株式数"),
        message=("A share unit of {unit:shares} is unusual; since October 2018 every TSE-listed company trades in "
                 "units of 100.", "単元株式数{unit:shares}株は通常と異なります。2018年10月以降、上場会社の単元株式数は100株に統一されています。"),
        figures=dict(unit=i.share_unit))


ISSUER_TAB = Tab("issuer", ("&Issuer and checks", "発行会社・チェック(&I)"), last=True)

SECTION = Section(
    key="issuer", document=Issuer, always=True,
    label=("Issuer", "発行会社"),
    declarations=(ShareCountBefore, IssuerChecks),
    tab=ISSUER_TAB,
    screen=(
        Group("issuer", ("Issuer", "発行会社"),
              inputs=(i.name, i.name_ja, i.securities_code, i.shares_issued, i.shares_issued_as_of,
                      i.treasury_shares, i.share_unit),
              results=(ShareCountBefore.issued_before, ShareCountBefore.outstanding_before)),
        TableBox(i.fiscal_years),
    ),
)
