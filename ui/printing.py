"""Printing the worksheet, on paper or to a PDF file.

A first page with the deal, the issuer (its Japanese name too), the summary
(share-count bridge, dilution, schedule) and the findings; then each tab's
sections, inputs beside results, and its tables. It prints what the window
shows: the texts of the bound widgets, laid out from the outline each tab
and the summary keep as they are built, so nothing lists a field twice.
QtPrintSupport is imported only when the user prints.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit, QPlainTextEdit

from ui.i18n import without_mnemonic

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from ui.main_window import MainWindow

#: rows of one table printed at most; the rest are counted
MAX_PRINTED_ROWS = 400
STYLE = """
body { font-size: 9pt; }
h1 { font-size: 15pt; margin: 0; }
h2 { font-size: 12pt; margin-top: 14px; margin-bottom: 4px; }
h3 { font-size: 10pt; margin-top: 10px; margin-bottom: 2px; }
td, th { padding: 1px 4px; }
th { background: #eef1f5; text-align: left; }
.num { text-align: right; white-space: nowrap; }
.unit { color: #6b6f76; white-space: nowrap; }
.muted { color: #6b6f76; }
.error { color: #b3261e; }
.warning { color: #8a5a00; }
.banner { background: #fff4ce; }
"""


def _e(text: Any) -> str:
    return html.escape(str(text))


class WorksheetPrinter(QObject):
    """The worksheet of a window as one document (HTML for QTextDocument)."""

    def __init__(self, window: MainWindow):
        super().__init__()
        self.window = window
        self.binder = window.binder

    # -- what a widget shows --------------------------------------------------

    def input_text(self, path: str) -> tuple[str, str]:
        adapter = self.binder.fields[path][0]
        editor = adapter.focus_widget()
        if isinstance(editor, QLineEdit):
            text = editor.text()
        elif isinstance(editor, QComboBox):
            text = editor.currentText()
        elif isinstance(editor, QCheckBox):
            text = self.tr("Yes") if editor.isChecked() else self.tr("No")
        elif isinstance(editor, QPlainTextEdit):
            text = editor.toPlainText()
        else:
            text = ""
        return text, adapter.unit_text

    def result_text(self, name: str) -> tuple[str, str, str]:
        view = self.binder.results[name][0]
        return view.text(), view.unit_label.text() if not view.unit_label.isHidden() else "", view.findings_text()

    # -- the document ---------------------------------------------------------------

    def html(self) -> str:
        window = self.window
        window.document.flush()
        window.build_tabs()
        deal = window.document.deal
        parts = [f"<html><head><style>{STYLE}</style></head><body>"]
        title = deal.title or window.document.display_name
        parts.append(f"<h1>{_e(title)}</h1>")
        issuer = " \u00b7 ".join(_e(x) for x in (deal.issuer.name, deal.issuer.name_ja,
                                                   deal.issuer.securities_code) if isinstance(x, str) and x)
        if issuer:
            parts.append(f"<p><b>{issuer}</b></p>")
        parts.append(f"<p class='muted'>{_e(window.document.display_name)}</p>")
        for banner in self._banners():
            parts.append(f"<p class='banner'>{_e(banner)}</p>")
        summary = self.tr("Summary")
        parts.append(f"<h2>{_e(summary)}</h2>")
        for group, rows in window.summary.outline:
            parts.append(f"<h3>{_e(group)}</h3><table cellspacing='0'>")
            for label, widget in rows:
                value = widget.text()
                parts.append(f"<tr><td>{_e(label)}</td><td class='num'><b>{_e(value)}</b></td></tr>")
            parts.append("</table>")
        parts.append(self._findings())
        for i, (key, page) in enumerate(window.pages_in_order()):
            style = " style='page-break-before: always'" if i == 0 else ""
            parts.append(f"<h2{style}>{_e(without_mnemonic(window.tabs.tabText(i)))}</h2>")
            for entry in page.outline:
                parts.append(self._entry(entry))
        parts.append("</body></html>")
        return "".join(parts)

    def _banners(self) -> list[str]:
        from ui.widgets.results import BannerView

        return [b.text() for b in self.binder._others if isinstance(b, BannerView) and not b.isHidden()]

    def _findings(self) -> str:
        ws = self.window.document.worksheet
        heading = self.tr("Findings")
        if not ws.findings:
            none = self.tr("No findings: every check passes.")
            return f"<h3>{_e(heading)}</h3><p>{_e(none)}</p>"
        from ui.i18n import label_of, language

        severity = {True: self.tr("Error"), False: self.tr("Warning")}
        deal = self.tr("Deal")
        rows = "".join(
            f"<tr><td class='{'error' if f.is_error else 'warning'}'>{_e(severity[f.is_error])}</td>"
            f"<td><b>{_e(label_of(f.path) if f.path else deal)}</b><br>{_e(f.text(language()))}</td></tr>"
            for f in sorted(ws.findings, key=lambda f: not f.is_error))
        return f"<h3>{_e(heading)}</h3><table cellspacing='0'>{rows}</table>"

    def _entry(self, entry: tuple) -> str:
        kind = entry[0]
        if kind == "section":
            return self._section(*entry[1:])
        if kind == "table":
            return self._table(entry[1], entry[2].model, entry[2].model.columnCount())
        if kind == "result_table":
            return self._table(entry[1], entry[2].model(), entry[2].model().columnCount())
        if kind == "fields":
            return self._section(entry[1], entry[2], [])
        return ""

    def _section(self, title: str, inputs: list[str], results: list[str]) -> str:
        from ui.i18n import label_of

        left = []
        for path in inputs:
            text, unit = self.input_text(path)
            left.append((label_of(path), text, unit, ""))
        names = [getattr(rule, "name", rule) for rule in results]
        right = [(label_of(name), *self.result_text(name)) for name in names]
        out = [f"<h3>{_e(title)}</h3><table cellspacing='0' width='100%'>"]
        if left and right:
            inputs, results = self.tr("Inputs"), self.tr("Results")
            out.append(f"<tr><th colspan='3'>{_e(inputs)}</th><th></th><th colspan='3'>{_e(results)}</th></tr>")
        for i in range(max(len(left), len(right))):
            cells = []
            for j, half in enumerate((left, right)):
                if not half:
                    continue
                if j and left:
                    cells.append("<td width='12'></td>")
                if i < len(half):
                    label, value, unit, problem = half[i]
                    css = " error" if problem else ""
                    cells.append(f"<td>{_e(label)}</td><td class='num{css}'>{'<b>' if j else ''}{_e(value)}"
                                 f"{'</b>' if j else ''}{' !' if problem else ''}</td>"
                                 f"<td class='unit'>{_e(unit)}</td>")
                else:
                    cells.append("<td></td><td></td><td></td>")
            out.append(f"<tr>{''.join(cells)}</tr>")
        out.append("</table>")
        return "".join(out)

    def _table(self, title: str, model: Any, columns: int) -> str:
        from PySide6.QtCore import Qt

        rows = model.rowCount()
        head = "".join(f"<th>{_e(model.headerData(c, Qt.Orientation.Horizontal) or '')}</th>"
                       for c in range(columns))
        out = [f"<h3>{_e(title)}</h3><table cellspacing='0' border='0.5' width='100%'><tr>{head}</tr>"]
        for r in range(min(rows, MAX_PRINTED_ROWS)):
            cells = []
            for c in range(columns):
                index = model.index(r, c)
                align = model.data(index, Qt.ItemDataRole.TextAlignmentRole)
                css = " class='num'" if align is not None and (int(align) & int(Qt.AlignmentFlag.AlignRight)) else ""
                cells.append(f"<td{css}>{_e(model.data(index) or '')}</td>")
            out.append(f"<tr>{''.join(cells)}</tr>")
        out.append("</table>")
        if rows > MAX_PRINTED_ROWS:
            more = self.tr("... and {n:,} more rows").format(n=rows - MAX_PRINTED_ROWS)
            out.append(f"<p class='muted'>{_e(more)}</p>")
        if rows == 0:
            empty = self.tr("(no rows)")
            out.append(f"<p class='muted'>{_e(empty)}</p>")
        return "".join(out)

    def document(self) -> QTextDocument:
        doc = QTextDocument()
        font = QFont(QApplication.font())
        font.setPointSizeF(9)
        doc.setDefaultFont(font)  # the application's families: Japanese names print in a Japanese font
        doc.setHtml(self.html())
        return doc

    def print_to(self, printer: QPrinter) -> None:
        self.document().print_(printer)
