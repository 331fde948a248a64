"""Share count bridge and dilution, whatever kinds of deal a deal has.

Each kind contributes its step: new shares are issued by the public
offering, the over-allotment's third-party allotment (the shares taken up),
the international tranche and option of a global offering, a book-built
offering and a third-party allotment on its own; a disposal of treasury
shares issues none but reduces treasury stock by exactly the shares
disposed, so shares outstanding rise by them; a secondary offering only
changes holders.

The release of 2 July 2013 (seed 000) bridges 41,297,800 issued shares to
45,997,800 after the offering and 46,697,800 after a fully taken-up
allotment, and says earnings per share "will be diluted by approximately
11.8% if the maximum number of 5,400,000 shares is issued": the shares
added to those outstanding (new shares at most, and treasury shares
disposed) over shares OUTSTANDING (issued less treasury) after the issue,
stated to one decimal of a percent.

The merger's delivery of shares is a transaction of its own date and is
not in this bridge.
"""

from __future__ import annotations

from worksheet import book_building, global_offering, secondary_offering, third_party_allotment, treasury
from worksheet.expressions import if_any_present, if_present, round_percent
from worksheet.issuer import ShareCountBefore as before
from worksheet.issuer import i
from worksheet.offering import o
from worksheet.over_allotment import A as allotment
from worksheet.over_allotment import a
from worksheet.rules import PERCENT, SHARES, Results, Rule, Section

#: the kinds that issue new shares or deliver treasury shares
DELIVERING = ("offering", "over_allotment", "global_offering", "book_building", "third_party_allotment",
              "treasury_disposal")
#: every kind with a step in the bridge
KINDS = DELIVERING + ("secondary_offering",)

g = global_offering.g
new_issued = (if_present("offering", o.shares_offered, 0)
              + if_present("over_allotment", allotment.shares_taken_up, 0)
              + if_present("global_offering", global_offering.R.international_shares_issued, 0)
              + if_present("book_building", book_building.b.shares_offered, 0)
              + if_present("third_party_allotment", third_party_allotment.R.shares_allotted, 0))
new_at_most = (if_present("offering", o.shares_offered, 0)
               + if_present("over_allotment", a.allotment_shares, 0)
               + if_present("global_offering", g.international_shares + g.option_shares, 0)
               + if_present("book_building", book_building.b.shares_offered, 0)
               + if_present("third_party_allotment", third_party_allotment.R.shares_allotted, 0))
disposed = if_present("treasury_disposal", treasury.d.shares_disposed, 0)


class ShareCount(Results, prefix="shares"):
    issued_after_offering = Rule(SHARES, before.issued_before + o.shares_offered,
                                 "Shares issued after the public offering", "公募増資後の発行済株式総数")
    issued_after_allotment = Rule(
        SHARES, issued_after_offering + if_present("over_allotment", allotment.shares_taken_up, 0),
        "Shares issued after the third-party allotment", "第三者割当後の発行済株式総数")
    new_shares_issued = Rule(
        SHARES, if_any_present(KINDS, new_issued), "New shares issued in the deal", "本件で発行する新株式数",
        rule=("The public offering, the shares taken up in the over-allotment's allotment, the international "
              "tranche and option as exercised, a book-built offering and a third-party allotment.",
              "公募増資、オーバーアロットメントに係る第三者割当により取得される株式、海外募集及び行使された追加発行、ブックビルディング方式"
              "による募集並びに第三者割当。"))
    treasury_disposed = Rule(SHARES, if_any_present(KINDS, disposed), "Treasury shares disposed",
                             "処分する自己株式数")
    shares_sold_by_holders = Rule(
        SHARES, if_any_present(KINDS, if_present("secondary_offering", secondary_offering.R.shares_sold, 0)),
        "Shares sold by existing holders", "既存株主による売出株式数",
        rule=("A secondary offering changes holders only: shares issued and outstanding stay as they are.",
              "売出しは株主が変わるのみで、発行済株式総数及び発行済株式数は変わらない。"))
    issued_after = Rule(SHARES, before.issued_before + new_shares_issued, "Shares issued after the deal",
                        "本件後の発行済株式総数")
    treasury_after = Rule(SHARES, i.treasury_shares - treasury_disposed, "Treasury shares after the deal",
                          "本件後の自己株式数", rule=("Treasury stock falls by exactly the shares disposed.",
                                              "自己株式は処分株式数だけ減少する。"))
    outstanding_after = Rule(SHARES, issued_after - treasury_after, "Shares outstanding after the deal",
                             "本件後の発行済株式数（自己株式を除く）")
    outstanding_after_allotment = Rule(SHARES, issued_after_allotment - treasury_after,
                                       "Shares outstanding after the third-party allotment",
                                       "第三者割当後の発行済株式数（自己株式を除く）")
    new_shares_maximum = Rule(
        SHARES, if_any_present(DELIVERING, new_at_most), "Maximum new shares", "新株式の最大発行数",
        rule=("Shares offered and the shares resolved for the third-party allotments, and the international tranche "
              "with its option in full.", "募集株式数、第三者割当の発行決議株式数、並びに海外募集及び追加発行の権利の全部。"))
    delivered_maximum = Rule(
        SHARES, new_shares_maximum + treasury_disposed, "Shares added to those outstanding, at most",
        "発行済株式数（自己株式を除く）の最大増加数",
        rule=("New shares at most and treasury shares disposed.", "新株式の最大発行数及び処分する自己株式数。"))
    dilution = Rule(
        PERCENT, delivered_maximum / (before.outstanding_before + delivered_maximum),
        "Dilution if the maximum is issued", "最大発行時の希薄化率",
        rule=("Shares added over shares outstanding after the issue, as the release computes it.",
              "発行後の発行済株式数（自己株式を除く）に対する増加株式数の比率（開示資料の計算方法）。"))
    dilution_as_stated = Rule(PERCENT, round_percent(dilution, 1), "Dilution as a release states it",
                              "希薄化率（表示）", rule=("\"Approximately 11.8%\".", "「約11.8%」。"))
    dilution_over_issued = Rule(
        PERCENT, new_shares_maximum / (before.issued_before + new_shares_maximum),
        "Dilution over shares issued (not the release's basis)", "発行済株式総数に対する希薄化率（参考）")


SECTION = Section(key="shares", document=None, always=True, label=("Share count and dilution", "株式数及び希薄化"),
                  declarations=(ShareCount,))
