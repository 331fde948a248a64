"""The deal at a glance: the figures the window keeps in reach beside every
tab and the workbook puts on its Summary sheet, declared once.

Each group lists inputs and results of the sections; a group or an item
of a section the deal lacks is left out where it is shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from worksheet.book_building import R as book_building
from worksheet.global_offering import R as global_offering
from worksheet.issuer import ShareCountBefore as before
from worksheet.issuer import i
from worksheet.merger import A as merger_shares
from worksheet.merger import L as merger_law
from worksheet.merger import R as merger
from worksheet.offering import R as offering
from worksheet.offering import o
from worksheet.over_allotment import A as allotment
from worksheet.proceeds import R as proceeds
from worksheet.schedule import R as schedule
from worksheet.schedule import s
from worksheet.share_exchange import A as exchange_shares
from worksheet.share_exchange import L as exchange_law
from worksheet.secondary_offering import R as secondary
from worksheet.shares import ShareCount as shares
from worksheet.third_party_allotment import R as third_party
from worksheet.treasury import R as treasury
from worksheet.words import CATALOGUE, Words


@dataclass(frozen=True)
class Glance:
    """A group of figures at a glance; an item may carry its own label
    ("+ Shares offered") where its own would not read as a bridge."""

    key: str
    title: Words
    items: tuple[tuple[Any, Words | None], ...]

    def __post_init__(self) -> None:
        CATALOGUE.add(f"glance.{self.key}", self.title)
        for item, label in self.items:
            if label is not None:
                CATALOGUE.add(f"glance.{self.key}.{_name(item)}", label)

    def label_key(self, item: Any) -> str:
        own = f"glance.{self.key}.{_name(item)}"
        return own if own in CATALOGUE else _name(item)


def _name(item: Any) -> str:
    return getattr(item, "name", "") or item.path


def _glance(key: str, title: tuple[str, str], *items: Any) -> Glance:
    return Glance(key, Words(*title), tuple((item[0], Words(*item[1])) if isinstance(item, tuple) else (item, None)
                                            for item in items))


BRIDGE = _glance(
    "bridge", ("Share-count bridge", "発行済株式総数の推移"),
    before.issued_before,
    (o.shares_offered, ("+ Shares offered", "＋ 募集株式数")),
    (shares.issued_after_offering, ("= After the public offering", "＝ 公募増資後")),
    (allotment.shares_taken_up, ("+ Taken up in the allotment", "＋ 第三者割当による取得")),
    (shares.issued_after_allotment, ("= After the third-party allotment", "＝ 第三者割当後")),
    (i.treasury_shares, ("Treasury shares", "自己株式数")),
    (shares.outstanding_after_allotment, ("Outstanding after the allotment", "第三者割当後の発行済株式数（自己株式を除く）")),
    (shares.new_shares_issued, ("+ New shares (every kind)", "＋ 新株式（全取引）")),
    (shares.issued_after, ("Issued after the deal (every kind)", "本件後の発行済株式総数（全取引）")),
    (shares.treasury_disposed, ("- Treasury shares disposed", "－ 処分する自己株式")),
    (shares.treasury_after, ("Treasury shares after the deal", "本件後の自己株式数")),
    (shares.outstanding_after, ("Outstanding after the deal", "本件後の発行済株式数（自己株式を除く）")),
    (shares.shares_sold_by_holders, ("Sold by holders (no change)", "既存株主による売出し（増減なし）")),
)
DILUTION = _glance(
    "dilution", ("Dilution", "希薄化"),
    shares.new_shares_maximum,
    (shares.delivered_maximum, ("With treasury shares disposed", "処分する自己株式を含む")),
    (shares.dilution, ("Dilution (over shares outstanding)", "希薄化率（自己株式を除く発行済株式数に対する）")),
    (shares.dilution_as_stated, ("As a release states it", "開示資料の表示")),
    (shares.dilution_over_issued, ("Over shares issued", "発行済株式総数に対する")),
)
SCHEDULE = _glance(
    "schedule", ("Schedule", "日程"),
    s.pricing_date,
    (schedule.subscription_start, ("Subscription from", "申込期間（初日）")),
    (schedule.subscription_end, ("Subscription to", "申込期間（末日）")),
    schedule.payment_date, schedule.delivery_date,
    (schedule.cover_start, ("Syndicate cover from", "シンジケートカバー取引（初日）")),
    (s.cover_end, ("Syndicate cover to", "シンジケートカバー取引（末日）")),
    (s.allotment_payment_date, ("Allotment payment date", "第三者割当の払込期日")),
    schedule.lockup_end,
)
KEY_FIGURES = _glance(
    "key_figures", ("Key figures", "主要な数値"),
    o.offer_price, offering.gross_proceeds, offering.total_amount_paid, offering.stated_capital_increase,
    allotment.shares_taken_up, allotment.stated_capital_increase, proceeds.net_proceeds, s.pricing_date,
    schedule.payment_date, schedule.delivery_date, merger_shares.shares_delivered, merger.average_close,
    merger_law.simplified_merger, merger_law.short_form_merger, exchange_shares.shares_delivered,
    exchange_shares.treasury_delivered, exchange_shares.new_shares_issued, exchange_law.simplified_exchange,
    exchange_law.short_form_exchange,
    book_building.stated_capital_increase, global_offering.stated_capital_increase,
    treasury.stated_capital_increase, treasury.total_disposal_amount, secondary.total_selling_price,
    secondary.proceeds_to_sellers, third_party.stated_capital_increase, third_party.dilution_as_stated,
)

#: what the window's Summary shows, in order
AT_A_GLANCE = (BRIDGE, DILUTION, SCHEDULE)
