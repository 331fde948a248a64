"""Where the shipped resources (example deals, icons, translations) live.

From a source checkout they are in ``resources/`` beside the packages; in a
PyInstaller bundle they are in ``resources/`` under the bundle's data folder.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def example_deal_path() -> Path:
    return resource_path("examples", "iij-2013.deal.json")
