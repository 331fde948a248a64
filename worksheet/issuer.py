"""The issuer (the surviving company in a merger) and the fiscal figures
releases print about it and about the other companies in the deal."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from worksheet.engine import Context, rule, validator
from worksheet.findings import Finding, error, warning
from worksheet.kinds import DATE, MILLION_YEN, PER_SHARE, SHARES, TEXT, UNIT, ChoiceKind
from worksheet.schema import rows, value

COMPANY = ChoiceKind("company", choices=(("issuer", "Issuer"), ("dissolving", "Dissolving company")))


@dataclass(frozen=True)
class FiscalFigures:
    """One company's figures for one fiscal year as one table of a release
    states them. Two tables stating the same fact are cross-checked."""

    company: str = value(COMPANY, "Company", "issuer", help="Whose figures these are: the issuer or the dissolving company in a merger.")
    period_end: dt.date | None = value(DATE, "Fiscal year ended")
    source: str = value(TEXT, "Stated in", "", help="The table of the release these figures come from.")
    shares: int | None = value(SHARES, "Shares for per-share figures", help="Shares outstanding behind the per-share figures; blank: the issuer's shares outstanding, or the dissolving company's shares issued.")
    equity: Decimal | None = value(MILLION_YEN, "Shareholders' equity (JPY million)")
    total_assets: Decimal | None = value(MILLION_YEN, "Total assets (JPY million)")
    equity_per_share: Decimal | None = value(PER_SHARE, "Shareholders' equity per share (JPY)")
    revenues: Decimal | None = value(MILLION_YEN, "Total revenues (JPY million)")
    operating_income: Decimal | None = value(MILLION_YEN, "Operating income (JPY million)")
    income_before_tax: Decimal | None = value(MILLION_YEN, "Income before income tax (JPY million)")
    net_income: Decimal | None = value(MILLION_YEN, "Net income (JPY million)")
    net_income_per_share: Decimal | None = value(PER_SHARE, "Basic net income per share (JPY)")


FISCAL_FACTS = ("equity", "total_assets", "equity_per_share", "revenues", "operating_income",
                "income_before_tax", "net_income", "net_income_per_share")


@dataclass(frozen=True)
class Issuer:
    name: str = value(TEXT, "Company name", "")
    name_ja: str = value(TEXT, "Company name (Japanese)", "")
    securities_code: str = value(TEXT, "Securities code", "")
    shares_issued: int | None = value(SHARES, "Shares issued", required=True, help="Total number of issued shares before the deal, treasury shares included.")
    shares_issued_as_of: dt.date | None = value(DATE, "Shares issued as of")
    treasury_shares: int | None = value(SHARES, "Treasury shares", 0, help="Shares the company holds itself; they are issued but not outstanding.")
    share_unit: int | None = value(UNIT, "Share unit", 100, help="Shares in one trading unit (tangen) on the exchange.")
    fiscal_years: tuple[FiscalFigures, ...] = rows(FiscalFigures, "Fiscal figures")


@rule("shares.issued_before", "Shares issued before the deal", "shares",
      "Total number of issued shares at present, as stated by the issuer.")
def _issued_before(c: Context) -> int:
    return c.input("issuer.shares_issued")


@rule("shares.outstanding_before", "Shares outstanding before the deal", "shares",
      "Shares issued less treasury shares.")
def _outstanding_before(c: Context) -> int:
    return c["shares.issued_before"] - c.input("issuer.treasury_shares")


@validator
def _check_issuer(deal) -> list[Finding]:
    issuer = deal.issuer
    found = []
    issued, treasury = issuer.shares_issued, issuer.treasury_shares
    if isinstance(issued, int) and isinstance(treasury, int) and treasury > issued:
        found.append(error("issuer.treasury_shares", "Treasury shares are issued shares",
                           f"Treasury shares ({treasury:,}) cannot exceed shares issued ({issued:,})."))
    unit = issuer.share_unit
    if isinstance(unit, int) and unit not in (1, 10, 50, 100, 500, 1000):
        found.append(warning("issuer.share_unit", "Share unit",
                             f"A share unit of {unit:,} is unusual; since October 2018 every TSE-listed company trades in units of 100."))
    return found
