"""The desktop build's tests: ``bundle`` marks the ones that build it."""

from __future__ import annotations


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "bundle: builds the PyInstaller application and runs it (about a minute; "
        "needs the build extra; deselect with -m 'not bundle')",
    )
