"""What the window remembers between runs: its size and layout, the recent
files, and the language chosen. Stored in an INI file in the user's settings folder (tests
point ``QSettings.setPath`` at a temporary folder)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow

ORGANIZATION = "Deal Worksheet"
APPLICATION = "Deal Worksheet"
MAX_RECENT = 8


def app_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def _as_list(raw: object) -> list[str]:
    if raw is None:
        return []
    if isinstance(raw, str):
        return [raw] if raw else []
    return [str(item) for item in raw]  # type: ignore[union-attr]


def recent_files() -> list[str]:
    return _as_list(app_settings().value("recent_files"))[:MAX_RECENT]


def add_recent_file(path: str | Path) -> list[str]:
    entry = str(Path(path).resolve())
    files = [entry] + [f for f in recent_files() if f != entry]
    app_settings().setValue("recent_files", files[:MAX_RECENT])
    return files[:MAX_RECENT]


def remove_recent_file(path: str | Path) -> list[str]:
    files = [f for f in recent_files() if f != str(path)]
    app_settings().setValue("recent_files", files)
    return files


def saved_language() -> str | None:
    """The language the user last chose (View > Language), or ``None``."""
    found = app_settings().value("language")
    return found if isinstance(found, str) and found else None


def save_language(code: str) -> None:
    app_settings().setValue("language", code)


def save_window(window: QMainWindow) -> None:
    settings = app_settings()
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())


def restore_window(window: QMainWindow) -> bool:
    settings = app_settings()
    geometry = settings.value("window/geometry")
    state = settings.value("window/state")
    restored = False
    if geometry is not None:
        restored = window.restoreGeometry(geometry)
    if state is not None:
        window.restoreState(state)
    return restored
