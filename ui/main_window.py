"""The main window: the tabs, the summary and the findings beside them, the
menus, the title with the file and its unsaved mark.

Changing the language (View > Language) rebuilds what the window shows
rather than re-setting each text: every tab, the summary and the menus are
built again from their declarations in the new language, on the same
document, so the deal, its undo history, the current tab, the scroll
positions and the field being typed in stay as they were. One path builds
the window, so no text can be left in the old language, and a string added
later needs nothing more than its translation.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence, QShowEvent
from PySide6.QtWidgets import (QApplication, QDockWidget, QLabel, QMainWindow, QMenuBar, QSizePolicy, QTabWidget,
                               QWidget)

from ui import settings, shortcuts
from ui.adapters import FieldAdapter
from ui.autosave import Autosaver
from ui.binding import Binder
from ui.document import DealDocument
from ui.file_actions import FileActions
from ui.findings import FindingsPanel
from ui.i18n import LANGUAGE_NAMES, label_of, language, use_language, without_mnemonic, words
from ui.summary_panel import SummaryPanel
from ui.tabs import TAB_KEYS, make_tab
from worksheet.deal import Worksheet

#: the size the window opens at on a screen with room for it
DEFAULT_SIZE = (1440, 900)
#: the window frame and title bar around the size asked for (a guess; the platform draws them)
FRAME_ALLOWANCE = (16, 48)
#: the summary's share of the window's width, within these bounds
SUMMARY_SHARE = 0.22
SUMMARY_WIDTH = 360
LEAST_SUMMARY_WIDTH = 240
NOTICE_MS = 12_000


def default_size(window: QWidget) -> QSize:
    """The default size, or less: what the screen the window is on has room
    for, frame and task bar included (1366x768 and 1280x720 laptops)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(*DEFAULT_SIZE)
    room = screen.availableGeometry()
    return QSize(min(DEFAULT_SIZE[0], room.width() - FRAME_ALLOWANCE[0]),
                 min(DEFAULT_SIZE[1], room.height() - FRAME_ALLOWANCE[1]))


def fit_on_screen(window: QWidget) -> None:
    """A window restored from a larger screen is made to fit this one."""
    if window.isMaximized() or window.isFullScreen():
        return
    fits = default_size(window)
    if window.width() > fits.width() or window.height() > fits.height():
        window.resize(min(window.width(), fits.width()), min(window.height(), fits.height()))
    screen = window.screen()
    if screen is not None and not screen.availableGeometry().contains(window.frameGeometry()):
        window.move(screen.availableGeometry().topLeft())


class MainWindow(QMainWindow):
    #: emitted once, when the window is first shown
    shown = Signal()

    def __init__(self, document: DealDocument, parent: QWidget | None = None, *, autosave: bool = True,
                 defer_tabs: bool = False):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.document = document
        self.binder = self._new_binder()
        self._was_shown = False
        self._language_shown = language()
        self._shortcuts: QWidget | None = None

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.pages: dict[str, QWidget] = {}
        # With defer_tabs (start-up), tabs other than the first are built
        # just after the window is shown, or as soon as one is needed.
        self._fill_tabs(TAB_KEYS[:1] if defer_tabs else TAB_KEYS)
        self.tabs.currentChanged.connect(lambda index: self.build_tabs(only=index))
        self.setCentralWidget(self.tabs)

        self.summary = SummaryPanel(self.binder)
        self.summary_dock = self._dock(self.tr("Summary"), "summaryDock", self.summary)
        self.findings = FindingsPanel()
        self.findings.go_to.connect(self.go_to)
        self.findings_dock = self._dock(self.tr("Findings"), "findingsDock", self.findings)
        self.splitDockWidget(self.summary_dock, self.findings_dock, Qt.Orientation.Vertical)
        self.summary_dock.setMinimumWidth(LEAST_SUMMARY_WIDTH)
        self._docks_sized = False

        self.files = FileActions(self, document)
        from ui.print_actions import PrintActions

        self.printing = PrintActions(self)
        self._build_menus()
        self.counts = QLabel(self)
        self.statusBar().addPermanentWidget(self.counts)
        # the messages of the field being typed in, where they move nothing
        self.field_message = QLabel(self)
        self.field_message.setObjectName("fieldMessage")
        self.field_message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.statusBar().addWidget(self.field_message, 1)
        self._focused: FieldAdapter | None = None
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._focus_moved)

        self.autosaver = Autosaver(document, self)
        if autosave:  # once the window is up: nothing to save before the user can type
            self.shown.connect(self.autosaver.start)

        document.changed.connect(self._show_worksheet)
        document.state_changed.connect(self._show_state)
        self.resize(default_size(self))
        self._docks_sized = settings.restore_window(self)
        fit_on_screen(self)
        self._show_worksheet(document.worksheet)
        self._show_state()

    def _new_binder(self) -> Binder:
        binder = Binder(self.document, self)
        binder.notice.connect(lambda text: self.statusBar().showMessage(text, NOTICE_MS))
        return binder

    def _fill_tabs(self, built: tuple[str, ...]) -> None:
        """The tabs, titled in the window's language; those in ``built`` built
        now, the others when first needed."""
        for key in TAB_KEYS:
            if key in built:
                self.pages[key] = make_tab(key, self.binder)
                self.tabs.addTab(self.pages[key], words(f"tab.{key}"))
            else:
                self.tabs.addTab(QWidget(), words(f"tab.{key}"))

    def build_tabs(self, only: int | None = None) -> None:
        """Build the tabs not built yet (or only the one at index ``only``)."""
        for i, key in enumerate(TAB_KEYS):
            if key in self.pages or (only is not None and i != only):
                continue
            page = make_tab(key, self.binder)
            self.pages[key] = page
            current, title = self.tabs.currentIndex(), self.tabs.tabText(i)
            blocker = QSignalBlocker(self.tabs)
            placeholder = self.tabs.widget(i)
            self.tabs.removeTab(i)
            self.tabs.insertTab(i, page, title)
            self.tabs.setCurrentIndex(current)
            del blocker
            placeholder.deleteLater()

    def pages_in_order(self) -> list[tuple[str, QWidget]]:
        """The built tabs, in the order the window shows them."""
        return [(key, self.pages[key]) for key in TAB_KEYS if key in self.pages]

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        return dock

    def _build_menus(self) -> None:
        """The menu bar, in the window's language (a new one each time: the old
        one goes with its menus and actions)."""
        bar = QMenuBar(self)
        self.setMenuBar(bar)
        self.files.fill_menu(bar.addMenu(self.tr("&File")),
                             (self.printing.print_action, self.printing.pdf_action))
        edit = bar.addMenu(self.tr("&Edit"))
        self.undo_action = QAction(self.tr("&Undo"), edit)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.document.undo)
        self.redo_action = QAction(self.tr("&Redo"), edit)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.triggered.connect(self.document.redo)
        edit.addActions([self.undo_action, self.redo_action])
        view = bar.addMenu(self.tr("&View"))
        view.setObjectName("viewMenu")
        summary = self.summary_dock.toggleViewAction()
        summary.setShortcut(QKeySequence("F9"))
        view.addAction(summary)
        view.addAction(self.findings_dock.toggleViewAction())
        self.findings_action = view.addAction(self.tr("&Go to the findings"), self.focus_findings)
        self.findings_action.setShortcut(QKeySequence("F8"))
        view.addSeparator()
        for i in range(self.tabs.count()):
            go = view.addAction(without_mnemonic(self.tabs.tabText(i)))
            go.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            go.triggered.connect(lambda checked=False, i=i: self.tabs.setCurrentIndex(i))
        view.addSeparator()
        languages = view.addMenu(self.tr("&Language"))
        languages.setObjectName("languageMenu")
        group = QActionGroup(languages)
        for code, name in LANGUAGE_NAMES.items():
            choice = languages.addAction(name)  # each language named in itself, whatever the window's
            choice.setCheckable(True)
            choice.setChecked(code == language())
            choice.setData(code)
            choice.triggered.connect(lambda checked=False, code=code: self.set_language(code))
            group.addAction(choice)
        help_menu = bar.addMenu(self.tr("&Help"))
        self.shortcuts_action = help_menu.addAction(self.tr("&Keyboard shortcuts"), self.show_shortcuts)
        self.shortcuts_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        help_menu.addAction(self.tr("&About Deal Worksheet"), self._about)
        for menu_action in bar.actions():
            if menu_action.menu() is not None:
                shortcuts.register(*menu_action.menu().actions())

    def focus_findings(self) -> None:
        """Show the findings and put the keyboard in their list (Enter goes to a field)."""
        self.findings_dock.show()
        self.findings_dock.raise_()
        self.findings.list.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.findings.list.currentRow() < 0 and self.findings.list.count():
            self.findings.list.setCurrentRow(0)

    def show_shortcuts(self) -> QWidget:
        from ui.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self.menuBar(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self._shortcuts = dialog
        dialog.destroyed.connect(lambda: setattr(self, "_shortcuts", None))
        return dialog

    # -- the language ------------------------------------------------------

    def set_language(self, code: str) -> None:
        """View > Language: switch now, and start in it next time."""
        settings.save_language(code)
        if code != language():
            app = QApplication.instance()
            assert app is not None
            use_language(app, code)  # every widget gets a LanguageChange: changeEvent below

    def _settle(self, key: str, scrolled: int) -> None:
        """After a rebuild, once the page is laid out: back to where it was
        scrolled, and the other tabs built."""
        if key in self.pages:
            self.pages[key].verticalScrollBar().setValue(scrolled)
        self.build_tabs()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and language() != self._language_shown:
            # once, after the event has reached every child (they are about to be replaced)
            self._language_shown = language()
            QTimer.singleShot(0, self, self.retranslate)
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Show everything in the window's language: the tabs, the summary and
        the menus are built again on the same document (the deal and its undo
        history). The current tab is built at once, keeping its place and the
        field with the keyboard; the others on the next turn of the event
        loop, as at start-up."""
        self.document.flush()
        focused = self._focused.path if self._focused is not None else None
        current = self.tabs.currentIndex()
        current_key = TAB_KEYS[current] if 0 <= current < len(TAB_KEYS) else TAB_KEYS[0]
        page = self.pages.get(current_key)
        scrolled = page.verticalScrollBar().value() if page is not None else 0
        old_binder, old_summary = self.binder, self.summary
        old_pages = [self.tabs.widget(i) for i in range(self.tabs.count())]  # placeholders of unbuilt tabs too
        old_binder.detach()
        self._focused = None
        self.binder = self._new_binder()

        blocker = QSignalBlocker(self.tabs)
        while self.tabs.count():
            self.tabs.removeTab(0)
        self.pages = {}
        self._fill_tabs((current_key,))
        self.tabs.setCurrentIndex(current)
        del blocker
        for page in old_pages:
            page.deleteLater()

        self.summary = SummaryPanel(self.binder)
        self.summary_dock.setWidget(self.summary)
        old_summary.deleteLater()
        self.summary_dock.setWindowTitle(self.tr("Summary"))
        self.findings_dock.setWindowTitle(self.tr("Findings"))
        self.findings.retranslate(self.document.worksheet)
        self.files.retranslate()
        self.printing.retranslate()
        self._build_menus()
        if self._shortcuts is not None:
            self._shortcuts.retranslate(self.menuBar())  # type: ignore[attr-defined]
        self.counts.clear()
        self._show_worksheet(self.document.worksheet)
        self._show_state()
        old_binder.deleteLater()
        QTimer.singleShot(0, self, lambda: self._settle(current_key, scrolled))
        if focused is not None:
            widget = self.binder.locate(focused)
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- showing the document ----------------------------------------------

    def _focus_moved(self, old: QWidget | None, now: QWidget | None) -> None:
        self._focused = self.binder.adapter_of(now) if now is not None and self.isAncestorOf(now) else None
        self._show_field_message()

    def _show_field_message(self) -> None:
        adapter = self._focused
        text = adapter.findings_text().replace("\n", " \u00b7 ") if adapter is not None else ""
        if text:
            text = f"{adapter.title}: {text}"
        if text != self.field_message.toolTip():
            self.field_message.setToolTip(text)
            self.field_message.setText(self.field_message.fontMetrics().elidedText(
                text, Qt.TextElideMode.ElideRight, max(self.field_message.width(), 200)))

    def _show_worksheet(self, ws: Worksheet) -> None:
        self._show_field_message()
        self.findings.refresh(ws)
        errors = sum(1 for f in ws.findings if f.is_error)
        text = self.tr("{errors} error(s) \u00b7 {warnings} warning(s)").format(
            errors=errors, warnings=len(ws.findings) - errors)
        if text != self.counts.text():
            self.counts.setText(text)

    def _show_state(self) -> None:
        doc = self.document
        self.setWindowTitle(self.tr("{name}[*] \u2014 Deal Worksheet").format(name=doc.display_name))
        self.setWindowModified(doc.dirty)
        undo, redo = doc.history.undo_label, doc.history.redo_label
        self.undo_action.setEnabled(undo is not None)
        self.redo_action.setEnabled(redo is not None)
        self.undo_action.setText(self.tr("&Undo {what}").format(what=label_of(undo)) if undo else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo {what}").format(what=label_of(redo)) if redo else self.tr("&Redo"))

    def go_to(self, path: str) -> QWidget | None:
        """Show the tab holding ``path`` and put the focus on its widget."""
        self.build_tabs()
        widget = self.binder.locate(path)
        if widget is None:
            self.statusBar().showMessage(self.tr("{what} is not shown on any tab").format(what=label_of(path)), 4000)
            return None
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            if page.isAncestorOf(widget):
                self.tabs.setCurrentIndex(i)
                page.ensureWidgetVisible(widget, 50, 80)  # type: ignore[attr-defined]
                break
        else:
            self.summary_dock.show()
            self.summary_dock.raise_()
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return widget

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from worksheet import __version__

        QMessageBox.about(self, self.tr("About Deal Worksheet"), self.tr(
            "<b>Deal Worksheet</b> {version}<br>Worksheets for Japanese equity deals: public offerings, "
            "over-allotment and third-party allotment, absorption-type mergers, use of proceeds.").format(
            version=__version__))

    # -- window events -----------------------------------------------------

    def size_docks(self) -> None:
        """The summary takes a share of the window's width, the findings the
        lower part of its column."""
        width = min(SUMMARY_WIDTH, max(LEAST_SUMMARY_WIDTH, int(self.width() * SUMMARY_SHARE)))
        self.resizeDocks([self.summary_dock], [width], Qt.Orientation.Horizontal)
        self.resizeDocks([self.summary_dock, self.findings_dock], [600, 220], Qt.Orientation.Vertical)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._docks_sized:  # at the size the window is shown at, unless a saved layout says
            self._docks_sized = True
            self.size_docks()
        if not self._was_shown:
            self._was_shown = True
            self.shown.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        settings.save_window(self)
        self.autosaver.stop()
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.disconnect(self._focus_moved)
        event.accept()
