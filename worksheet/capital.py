"""How an issue of shares adds to stated capital and the capital reserve: the
one statement of the rule, which every kind of deal that issues shares
declares its results with.

The limit of the increase in stated capital (資本金等増加限度額) is what the
company receives for the new shares (Rules of Account Settlement of
Corporations, Art. 14(1)). At least half of it goes to stated capital and
the rest may go to the capital reserve (Companies Act Art. 445(2) and (3));
releases put exactly half in stated capital, any fraction below one yen
rounded up, on the total of the issue:

- IIJ's public offering of 2 July 2013: 4,700,000 x 3,279.44 =
  15,413,368,000, stated capital 7,706,684,000;
- SMBC's allotment to SMFG of 13 November 2009: 47,999,989,345 paid in,
  23,999,994,672.5 rounded up to 23,999,994,673, reserve 23,999,994,672;
- SMFG's global offering of 20 January 2010: one rounding on the total of
  all three tranches, 918,955,400,000 and 459,477,700,000 each.

Per share, a release prints half the price with its fraction kept (資本組入額
745.20 yen of 1,490.40, 643.275 of 1,286.55): the round-up to the yen
applies to the total only. A treasury disposal in the same offering lowers
the limit (:mod:`worksheet.treasury`), never the rule.
"""

from __future__ import annotations

from typing import Any

from worksheet.expressions import round_up_to_yen
from worksheet.rules import JPY, PER_SHARE, Rule

STATED_CAPITAL = ("Stated capital increase", "増加する資本金の額")
CAPITAL_RESERVE = ("Additional paid-in capital increase", "増加する資本準備金の額")
PER_SHARE_CAPITAL = ("Amount incorporated into stated capital per share", "資本組入額")

HALF_ROUNDED_UP = (
    "Half of the limit of the increase in stated capital (Rules of Account Settlement of Corporations, "
    "Art. 14(1)), any fraction below one yen rounded up on the total, goes to stated capital; Companies Act "
    "Art. 445(2) lets the rest go to the capital reserve.",
    "会社計算規則第14条第1項に従い算出される資本金等増加限度額の2分の1（総額について1円未満の端数切上げ）を資本金とする"
    "（会社法第445条第2項により残額は資本準備金とすることができる）。")
THE_REST = ("The rest of the limit (Companies Act Art. 445(2) and (3)).",
            "資本金等増加限度額から増加する資本金の額を減じた額（会社法第445条第2項・第3項）。")
HALF_PER_SHARE = ("Half the price per share, its fraction kept as the release prints it; the round-up to the yen "
                  "applies to the total only.",
                  "1株当たりの価額の2分の1。端数は開示資料のとおりそのまま。1円未満の切上げは総額についてのみ行う。")


def stated_capital_increase(limit: Any, label: tuple[str, str] = STATED_CAPITAL) -> Rule:
    """Half of ``limit`` (the amount paid in for the new shares), any fraction
    below one yen rounded up."""
    return Rule(JPY, round_up_to_yen(limit / 2), *label, rule=HALF_ROUNDED_UP)


def capital_reserve_increase(limit: Any, capital: Rule, label: tuple[str, str] = CAPITAL_RESERVE) -> Rule:
    """What ``limit`` leaves after the stated capital ``capital``."""
    return Rule(JPY, limit - capital, *label, rule=THE_REST)


def capital_per_share(price: Any, label: tuple[str, str] = PER_SHARE_CAPITAL) -> Rule:
    """Half of the amount paid in for one share, as the release prints it."""
    return Rule(PER_SHARE, price / 2, *label, rule=HALF_PER_SHARE)
