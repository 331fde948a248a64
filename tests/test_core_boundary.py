"""The house's walls: the core stays headless and knows nothing of the
export or the window; the window and the command line reach the core only
through its public modules.

The import graph is read from the source (every import statement, at any
depth of a module, followed transitively), so a late import inside a
function counts as much as one at the top.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE_ENTRIES = ("worksheet.deal", "worksheet.dealfile", "worksheet.explain", "worksheet.summary")
FORBIDDEN_TO_THE_CORE = ("PySide6", "shiboken6", "ui", "openpyxl", "pandas", "worksheet.excel", "worksheet.tables")
#: what the window and the command line may import of the core
PUBLIC = {
    "worksheet", "worksheet.deal", "worksheet.schema", "worksheet.kinds", "worksheet.findings", "worksheet.dealfile",
    "worksheet.display", "worksheet.words", "worksheet.naming", "worksheet.explain", "worksheet.calendar",
    "worksheet.resources", "worksheet.sections", "worksheet.rules", "worksheet.summary", "worksheet.tables",
    "worksheet.excel", "worksheet.holiday_cache", "worksheet.release_format", "worksheet.atomic",
}


def module_file(name: str) -> Path | None:
    base = ROOT.joinpath(*name.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.exists():
            return candidate
    return None


def imports_of(name: str) -> set[str]:
    """The modules ``name`` imports, as absolute dotted names."""
    path = module_file(name)
    if path is None:
        return set()
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([base] if base else []))
            found.add(base)
            for alias in node.names:  # "from worksheet import offering" imports a module
                if module_file(f"{base}.{alias.name}") is not None:
                    found.add(f"{base}.{alias.name}")
    return found


def reachable(start: str) -> dict[str, str]:
    """Every module ``start`` imports, directly or not, with one that imports it."""
    seen: dict[str, str] = {start: ""}
    stack = [start]
    while stack:
        current = stack.pop()
        for other in imports_of(current):
            if other not in seen:
                seen[other] = current
                stack.append(other)
    return seen


def _hits(name: str, forbidden: tuple[str, ...]) -> bool:
    return any(name == f or name.startswith(f + ".") for f in forbidden)


def test_the_core_reaches_no_qt_window_export_or_pandas():
    for entry in CORE_ENTRIES:
        graph = reachable(entry)
        bad = {name: graph[name] for name in graph if _hits(name, FORBIDDEN_TO_THE_CORE)}
        assert bad == {}, f"{entry} reaches {bad} (module: imported by)"


def test_only_the_export_imports_openpyxl():
    users = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "worksheet").rglob("*.py")
                   if any(i.split(".")[0] == "openpyxl" for i in imports_of(_dotted(p))))
    assert users and all(u.startswith("worksheet/excel/") for u in users), users


def test_the_front_ends_use_the_public_modules_only():
    found = {}
    for path in (ROOT / "ui").rglob("*.py"):
        inner = sorted(i for i in imports_of(_dotted(path)) if i.startswith("worksheet") and i not in PUBLIC)
        if inner:
            found[str(path.relative_to(ROOT))] = inner
    assert found == {}


def test_the_command_line_never_imports_qt():
    graph = reachable("ui.cli")
    assert not [name for name in graph if _hits(name, ("PySide6", "shiboken6"))]


def test_the_core_builds_money_from_no_float():
    for path in (ROOT / "worksheet").rglob("*.py"):
        assert "float(" not in path.read_text(encoding="utf-8"), path


def test_a_boundary_breach_would_be_seen(tmp_path, monkeypatch):
    """The graph reader does follow late imports inside functions."""
    probe = ROOT / "worksheet" / "_boundary_probe.py"
    probe.write_text("def f():\n    from PySide6 import QtCore\n", encoding="utf-8")
    try:
        assert "PySide6" in imports_of("worksheet._boundary_probe")
    finally:
        probe.unlink()


def _dotted(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)
