"""Share count bridge and dilution.

The release of 2 July 2013 (seed 000) bridges 41,297,800 issued shares to
45,997,800 after the offering and 46,697,800 after a fully taken-up
allotment, and says earnings per share "will be diluted by approximately
11.8% if the maximum number of 5,400,000 shares is issued": new shares over
shares OUTSTANDING (issued less treasury) after the issue, stated to one
decimal of a percent.
"""

from __future__ import annotations

from worksheet.expressions import if_present, round_percent
from worksheet.issuer import ShareCountBefore as before
from worksheet.issuer import i
from worksheet.offering import o
from worksheet.over_allotment import A as allotment
from worksheet.over_allotment import a
from worksheet.rules import PERCENT, SHARES, Results, Rule, Section


class ShareCount(Results, prefix="shares"):
    issued_after_offering = Rule(SHARES, before.issued_before + o.shares_offered,
                                 "Shares issued after the public offering", "公募増資後の発行済株式総数")
    issued_after_allotment = Rule(
        SHARES, issued_after_offering + if_present("over_allotment", allotment.shares_taken_up, 0),
        "Shares issued after the third-party allotment", "第三者割当後の発行済株式総数")
    outstanding_after_allotment = Rule(SHARES, issued_after_allotment - i.treasury_shares,
                                       "Shares outstanding after the third-party allotment",
                                       "第三者割当後の発行済株式数（自己株式を除く）")
    new_shares_maximum = Rule(
        SHARES, o.shares_offered + if_present("over_allotment", a.allotment_shares, 0), "Maximum new shares",
        "新株式の最大発行数", rule=("Shares offered and the shares resolved for the third-party allotment.",
                            "募集株式数と第三者割当の発行決議株式数。"))
    dilution = Rule(
        PERCENT, new_shares_maximum / (before.outstanding_before + new_shares_maximum),
        "Dilution if the maximum is issued", "最大発行時の希薄化率",
        rule=("New shares over shares outstanding after the issue, as the release computes it.",
              "発行後の発行済株式数（自己株式を除く）に対する新株式の比率（開示資料の計算方法）。"))
    dilution_as_stated = Rule(PERCENT, round_percent(dilution, 1), "Dilution as a release states it",
                              "希薄化率（表示）", rule=("\"Approximately 11.8%\".", "「約11.8%」。"))
    dilution_over_issued = Rule(
        PERCENT, new_shares_maximum / (before.issued_before + new_shares_maximum),
        "Dilution over shares issued (not the release's basis)", "発行済株式総数に対する希薄化率（参考）")


SECTION = Section(key="shares", document=None, always=True, label=("Share count and dilution", "株式数及び希薄化"),
                  declarations=(ShareCount,))
