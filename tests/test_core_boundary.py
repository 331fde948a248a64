"""The core stays headless: it never imports Qt or the front end, and only
the export imports openpyxl."""

from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parent.parent / "worksheet"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


def test_core_never_imports_qt_or_ui():
    offenders = {str(p.relative_to(CORE)): sorted(_imports(p) & {"PySide6", "PyQt5", "PyQt6", "shiboken6", "ui"})
                 for p in CORE.rglob("*.py")}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_only_the_export_imports_openpyxl():
    users = sorted(str(p.relative_to(CORE)) for p in CORE.rglob("*.py") if "openpyxl" in _imports(p))
    assert all(u.startswith("excel") for u in users), users


def test_the_core_builds_money_from_no_float():
    for path in CORE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "float(" not in text, path
