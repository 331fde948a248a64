"""Binding widgets to the deal: one adapter per kind of field.

The deal is the single source of truth. A :class:`Binder` builds, for a
dotted path, the widget that fits the field's kind (from the schema), and
keeps it in step both ways: deal to widget with the widget's signals
blocked, widget to deal through the kind's ``parse``, which never raises and
keeps unreadable text as an ``Invalid`` value. Every edit goes through
:meth:`DealDocument.edit`; after each, :meth:`Binder.refresh_deal` shows the
new deal in the fields and tables at once, and once the worksheet is
computed (once per turn of the event loop) :meth:`Binder.refresh` shows the
results and findings, touching only the views whose result or findings
changed. No tab wires a signal of its own per field.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QSignalBlocker, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from ui.adapters import (_UNSET, ADAPTERS, BoolAdapter, ChoiceAdapter, DateAdapter, FieldAdapter, NotesAdapter,
                         NumberAdapter, TextAdapter, _same, adapter_for, default_of)
from ui.document import DealDocument
from ui.glossary import synonyms
from ui.i18n import help_of, label_of, show_input
from ui.widgets.results import BannerView, ResultView, ValueView
from worksheet import schema
from worksheet.deal import Deal, Worksheet
from worksheet.findings import Finding
from worksheet.rules import Rule

if TYPE_CHECKING:
    from ui.table_editor import TableEditor

__all__ = ["ADAPTERS", "Binder", "BoolAdapter", "ChoiceAdapter", "DateAdapter", "FieldAdapter", "NumberAdapter",
           "SectionToggle", "TextAdapter", "adapter_for"]

translate = QCoreApplication.translate


class SectionToggle:
    """Whether an optional section (the offering, the merger...) is in the deal."""

    def __init__(self, binder: "Binder", path: str):
        self.path = path
        self.info = schema.field_info_at(Deal, path)
        self.widget = QCheckBox(translate("SectionToggle", "Include in this deal"))
        self.widget.setToolTip(translate("SectionToggle", "Unticked, the section and its figures are left out of the deal."))
        self.widget.clicked.connect(lambda checked: self._set(binder, checked))

    def _set(self, binder: "Binder", checked: bool) -> None:
        title = label_of(self.path)
        changed = binder.document.replace(binder.document.deal.with_section(self.path, checked), label=title)
        if changed and not checked:
            binder.notice.emit(translate("SectionToggle", "{section} was left out of the deal; its figures are kept. Tick it again, "
                                         "or Edit > Undo ({key}), to take it back in.").format(
                section=title, key=binder.undo_key()))

    def refresh_deal(self, deal: Deal) -> None:
        present = self.path in deal.present()
        if self.widget.isChecked() != present:
            with QSignalBlocker(self.widget):
                self.widget.setChecked(present)


class Binder(QObject):
    """Builds bound widgets for one document and keeps them in step with it."""

    #: something the user should know about an edit just made (shown in the status bar)
    notice = Signal(str)

    def __init__(self, document: DealDocument, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.fields: dict[str, list[FieldAdapter]] = {}
        self.results: dict[str, list[ResultView]] = {}
        self.tables: dict[str, TableEditor] = {}
        self._others: list[Any] = []  # values, banners, toggles, result tables
        self._source: FieldAdapter | None = None
        self._findings: tuple[Finding, ...] | None = None
        self._results: dict[str, Any] = {}  # the result each name's views show
        document.deal_changed.connect(self.refresh_deal)
        document.changed.connect(self.refresh)

    def detach(self) -> None:
        """Stop following the document: the window was rebuilt on a new binder."""
        self.document.deal_changed.disconnect(self.refresh_deal)
        self.document.changed.disconnect(self.refresh)

    @staticmethod
    def undo_key() -> str:
        return QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)

    # -- building --------------------------------------------------------

    def describe(self, path: str, info: schema.FieldInfo) -> str:
        """The tooltip of a field: its label, help, other names and rule."""
        parts = [f"<b>{label_of(path)}</b>"]
        if help_of(path):
            parts.append(help_of(path))
        if synonyms(path):
            parts.append(synonyms(path))
        if info.required:
            parts.append(self.tr("Required for this section."))
        return "<br>".join(parts)

    def field(self, path: str, *, multiline: bool = False) -> FieldAdapter:
        info = schema.field_info_at(Deal, path)
        if info.kind is None:
            raise ValueError(f"{path} is a section or table, not a field")
        cls = NotesAdapter if multiline else adapter_for(info.kind)
        adapter = cls(self, path, info)
        self.fields.setdefault(path, []).append(adapter)
        self._refresh_field(adapter, self.document.deal)
        adapter.set_findings(self.findings_at(path))
        return adapter

    def findings_at(self, path: str) -> tuple[Finding, ...]:
        return tuple(f for f in self.document.worksheet.findings if f.path == path)

    def label(self, path: str) -> QLabel:
        info = schema.field_info_at(Deal, path)
        label = QLabel(label_of(path))
        label.setWordWrap(True)
        label.setToolTip(self.describe(path, info))
        return label

    def result(self, rule: Rule, *, compact: bool = False) -> ResultView:
        name = rule.name
        view = ResultView(name, rule.unit, compact=compact)
        self.results.setdefault(name, []).append(view)
        ws = self.document.worksheet
        view.refresh(ws, self.findings_at(name))
        self._results[name] = ws.results.get(name)
        return view

    def value(self, path: str) -> ValueView:
        view = ValueView(path, schema.field_info_at(Deal, path))
        self._others.append(view)
        view.refresh_deal(self.document.deal)
        return view

    def banner(self, path: str, text: str) -> BannerView:
        view = BannerView(path, text)
        self._others.append(view)
        view.refresh_deal(self.document.deal)
        return view

    def section_toggle(self, path: str) -> QCheckBox:
        toggle = SectionToggle(self, path)
        self._others.append(toggle)
        toggle.refresh_deal(self.document.deal)
        return toggle.widget

    def table(self, path: str, **options: Any) -> TableEditor:
        from ui.table_editor import TableEditor  # with its models: only the later tabs have tables

        editor = TableEditor(self.document, path, **options)
        self.tables[path] = editor
        editor.refresh_deal(self.document.deal)
        editor.refresh(self.document.worksheet, self.document.worksheet.findings)
        return editor

    def add_view(self, view: Any) -> Any:
        """Anything else with ``refresh(worksheet, findings)``: result tables."""
        self._others.append(view)
        view.refresh(self.document.worksheet, self.document.worksheet.findings)
        return view

    # -- both directions --------------------------------------------------

    def commit(self, adapter: FieldAdapter, value: Any, *, merge: bool) -> None:
        self._source = adapter
        try:
            self.document.edit(adapter.path, value, label=adapter.title, merge=merge)
        finally:
            self._source = None

    def _refresh_field(self, adapter: FieldAdapter, deal: Deal) -> None:
        value = deal.get(adapter.path)
        if adapter._shown is _UNSET or not _same(value, adapter._shown):
            section = adapter.path.rsplit(".", 1)[0] if "." in adapter.path else ""
            if section and deal.get(section) is None:
                default = default_of(adapter.path)
                adapter.set_placeholder(show_input(adapter.kind, default) if default not in (None, "", False) else "")
            else:
                adapter.set_placeholder(self.tr("required") if adapter.info.required else "")
        adapter.refresh(value, is_source=adapter is self._source)

    def refresh_deal(self, deal: Deal) -> None:
        """The deal just changed: the fields, toggles and tables show it now."""
        for adapters in self.fields.values():
            for adapter in adapters:
                self._refresh_field(adapter, deal)
        for table in self.tables.values():
            table.refresh_deal(deal)
        for other in self._others:
            if hasattr(other, "refresh_deal"):
                other.refresh_deal(deal)

    def refresh(self, ws: Worksheet) -> None:
        """The worksheet was computed: results and findings whose value changed."""
        findings_changed = ws.findings != self._findings
        self._findings = ws.findings
        by_path: dict[str, tuple[Finding, ...]] = {}
        if findings_changed:
            for f in ws.findings:
                by_path[f.path] = by_path.get(f.path, ()) + (f,)
            for path, adapters in self.fields.items():
                for adapter in adapters:
                    adapter.set_findings(by_path.get(path, ()))
        shown = self._results
        for name, views in self.results.items():
            found = ws.results.get(name)
            if found is shown.get(name, _UNSET) or (found is not None and found == shown.get(name)):
                if not findings_changed:
                    continue
                for view in views:
                    view.set_findings(by_path.get(name, ()))
                continue
            shown[name] = found
            for view in views:
                view.refresh(ws, by_path.get(name, ()) if findings_changed else None)
        for table in self.tables.values():
            table.refresh(ws, ws.findings)
        for other in self._others:
            if not hasattr(other, "refresh_deal"):
                other.refresh(ws, ws.findings)

    # -- finding the widget of a path --------------------------------------

    def adapter_of(self, widget: QWidget | None) -> FieldAdapter | None:
        """The field whose editor is ``widget``, if any."""
        if widget is None:
            return None
        for adapters in self.fields.values():
            for adapter in adapters:
                if adapter.focus_widget() is widget:
                    return adapter
        return None

    def locate(self, path: str) -> QWidget | None:
        """Show and focus the widget of ``path`` (an input, a result, a table
        cell or row); returns it, or ``None`` when nothing on screen holds it."""
        parts = path.split(".")
        for end in range(len(parts), 0, -1):
            head = ".".join(parts[:end])
            if head in self.fields:
                return self.fields[head][0].focus_widget()
            if head in self.results:
                return self.results[head][0]
            if head in self.tables:
                return self.tables[head].select(".".join(parts[end:]))
        return None

