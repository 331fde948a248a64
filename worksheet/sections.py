"""The sections of a deal, in the order a worksheet is read: the one list.

Adding a kind of deal is a module that declares its :class:`Section` and
one line here; the deal document, the engine, the window's tabs, the
workbook's sheets and the command line all take the sections from this
list.
"""

from __future__ import annotations

from typing import Any

from worksheet import (book_building, global_offering, issuer, merger, offering, over_allotment, proceeds, schedule,
                       secondary_offering, share_exchange, shares, third_party_allotment, treasury)
from worksheet.rules import Banner, Section

SECTIONS: tuple[Section, ...] = (
    issuer.SECTION,
    shares.SECTION,
    offering.SECTION,
    global_offering.SECTION,  # the domestic tranche's partner, shown beneath it
    treasury.SECTION,
    book_building.SECTION,
    secondary_offering.SECTION,
    schedule.SECTION,
    over_allotment.SECTION,
    third_party_allotment.SECTION,
    proceeds.SECTION,
    merger.SECTION,
    share_exchange.SECTION,
)


def banners_raised(deal: Any) -> list[Banner]:
    """The banners of the sections ``deal`` has whose flag is ticked (figures
    that are illustrative, derived or assumed), in section order."""
    present = deal.present()
    return [item for section in SECTIONS if section.key in present for item in section.screen
            if isinstance(item, Banner) and deal.get(item.flag.path) is True]
