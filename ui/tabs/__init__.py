"""The main window's tabs, built from the sections' declarations: each
section says on which tab it shows and in which boxes (its inputs beside the
results they give, its tables). A tab is built when first needed: the
window opens on the first tab and builds the others once it is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from worksheet import deal
from worksheet.rules import Tab
from worksheet.sections import SECTIONS

if TYPE_CHECKING:
    from ui.binding import Binder
    from ui.tabs.base import TabPage


def _tabs() -> tuple[Tab, ...]:
    found: dict[str, Tab] = {}
    for section in SECTIONS:
        if section.tab is not None:
            found.setdefault(section.tab.key, section.tab)
    tabs = list(found.values())
    return tuple([t for t in tabs if not t.last] + [t for t in tabs if t.last])


#: the tabs, in the order the window shows them
TABS: tuple[Tab, ...] = _tabs()
TAB_KEYS = tuple(tab.key for tab in TABS)


def screen_of(key: str) -> list[tuple[str | None, Any]]:
    """What the tab ``key`` shows, in order: (section key or None, item)."""
    items: list[tuple[str | None, Any]] = []
    if key == deal.TAB.key:
        return [(None if item not in deal.issuer.SECTION.screen else "issuer", item) for item in deal.SCREEN]
    for section in SECTIONS:
        if section.tab is not None and section.tab.key == key:
            items += [(section.key, item) for item in section.screen]
    return items


def make_tab(key: str, binder: Binder) -> TabPage:
    """Build the tab ``key`` (one of :data:`TAB_KEYS`) on ``binder``."""
    from ui.tabs.section_tab import SectionTab

    return SectionTab(key, screen_of(key), binder)
