"""The main window's tabs, one module each: the offering (with its
schedule), the over-allotment and third-party allotment, the merger, the
use of proceeds, and the issuer with its fiscal and stated figures.

A tab's module is imported when the tab is first built: the window opens on
the first tab and builds the others once it is shown (the tables, their
models and editors are only needed by the later tabs).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.binding import Binder
    from ui.tabs.base import TabPage

#: the tabs, in the order the window shows them
TAB_KEYS = ("offering", "over_allotment", "merger", "proceeds", "issuer")


def make_tab(key: str, binder: Binder) -> TabPage:
    """Build the tab ``key`` (one of :data:`TAB_KEYS`) on ``binder``."""
    if key == "offering":
        from ui.tabs.offering_tab import OfferingTab

        return OfferingTab(binder)
    if key == "over_allotment":
        from ui.tabs.over_allotment_tab import OverAllotmentTab

        return OverAllotmentTab(binder)
    if key == "merger":
        from ui.tabs.merger_tab import MergerTab

        return MergerTab(binder)
    if key == "proceeds":
        from ui.tabs.proceeds_tab import ProceedsTab

        return ProceedsTab(binder)
    if key == "issuer":
        from ui.tabs.issuer_tab import IssuerTab

        return IssuerTab(binder)
    raise KeyError(key)
