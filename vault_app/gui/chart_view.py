"""One client's chart, in tabs. Every tab loads through the worker and clears on lock."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from vault_app.gui import shortcuts, theme
from vault_app.gui.chart_binding import bind_to_chart
from vault_app.gui.client_list import masked_name

if TYPE_CHECKING:
    from vault_app.gui.controller import AppController
    from vault_app.gui.note_editor import NoteEditor

TAB_TITLES = ("Overview", "Sessions && notes", "Psychotherapy", "Authorizations", "Disclosures",
              "Requests", "Attachments", "History", "Decisions")


class ChartTab(Protocol):
    def show_chart(self, chart: Any) -> None: ...
    def clear(self) -> None: ...


class ChartView(QWidget):
    # The chart on screen changed (a note, a session, details): lists elsewhere that show
    # what it holds ("Last seen", dashboard counts) refresh.
    changed = Signal()

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from vault_app.gui.chart_tabs import AttachmentsTab, HistoryTab, OverviewTab, SessionsTab
        from vault_app.gui.disclosure_tabs import AuthorizationsTab, DecisionsTab, DisclosuresTab, RequestsTab
        from vault_app.gui.psychotherapy_tab import PsychotherapyTab

        self.controller = controller
        self.client_id: str | None = None
        self.chart: Any = None
        self.privacy = False
        self.editors: list[NoteEditor] = []
        self._when_shown: tuple[str, Callable[[], None]] | None = None
        self.header = QLabel("")
        self.header.setObjectName("pageTitle")
        self.header.setAccessibleName("Chart heading")
        self.subheader = QLabel("")
        self.subheader.setObjectName("calmNote")
        self.export_button = QPushButton(theme.icon("export"), "Export or disclose…")
        self.export_button.clicked.connect(self.start_export)
        self.note_button = QPushButton(theme.icon("note"), "New note")
        self.note_button.clicked.connect(self.new_note)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.header)
        titles.addWidget(self.subheader)
        top.addLayout(titles, 1)
        top.addWidget(self.note_button)
        top.addWidget(self.export_button)

        self.overview = OverviewTab(self)
        self.sessions = SessionsTab(self)
        self.psychotherapy = PsychotherapyTab(controller, self)
        self.authorizations = AuthorizationsTab(controller, self)
        self.disclosures = DisclosuresTab(controller, self)
        self.requests = RequestsTab(controller, self)
        self.attachments = AttachmentsTab(controller, self)
        self.history = HistoryTab(controller, self)
        self.decisions = DecisionsTab(controller, self)
        self.tab_pages: list[Any] = [self.overview, self.sessions, self.psychotherapy, self.authorizations,
                                     self.disclosures, self.requests, self.attachments, self.history,
                                     self.decisions]
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Chart sections")
        self.tabs.setUsesScrollButtons(True)  # nine tabs overflow the default window size (issue 17 item 9)
        for page, title in zip(self.tab_pages, TAB_TITLES, strict=True):
            self.tabs.addTab(page, title)
        self.tabs.setTabIcon(2, theme.icon("lock"))
        self.tabs.currentChanged.connect(self._tab_changed)
        controller.psychotherapy_changed.connect(
            lambda unlocked: self.tabs.setTabIcon(2, theme.icon("unlock" if unlocked else "lock")))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        for i in range(len(TAB_TITLES)):
            QShortcut(QKeySequence(shortcuts.DEFAULTS[f"tab_{i + 1}"]), self, lambda i=i: self.tabs.setCurrentIndex(i))
        self._set_enabled(False)

    def shown_client(self) -> Any:
        """The client whose chart is on screen, or None while another one is loading.
        Editors bind to this, never to the chart being loaded: what the header shows is
        where the text goes."""
        if self.chart is None or self.chart.client.client_id != self.client_id:
            return None
        return self.chart.client

    def _set_enabled(self, on: bool) -> None:
        self.export_button.setEnabled(on)
        self.note_button.setEnabled(on)
        self.tabs.setEnabled(on)

    # --- loading ---------------------------------------------------------------------------
    def load(self, client_id: str) -> None:
        """The user opens a chart: the one read that the ledger records as chart.opened."""
        from vault_app.services import clients

        self.flush()
        self.client_id = client_id
        if self.chart is not None and self.chart.client.client_id != client_id:
            self._set_enabled(False)  # no new note or export until the header names the new chart
        self.controller.call(self, lambda v: clients.open_chart(v, client_id), on_success=self._loaded)

    def reload(self) -> None:
        """Show what changed in the chart already open; not a new opening, so not logged."""
        from vault_app.services import clients

        client_id = self.client_id
        if client_id is not None:
            self.controller.call(self, lambda v: clients.read_chart(v, client_id), on_success=self._loaded)
            self.changed.emit()

    def _loaded(self, chart: Any) -> None:
        if chart.client.client_id != self.client_id:
            return  # the user already moved to another chart
        self.chart = chart
        self._set_enabled(True)
        self._show_header()
        for page in self.tab_pages:
            page.show_chart(chart)
        self._tab_changed(self.tabs.currentIndex())
        pending, self._when_shown = self._when_shown, None
        if pending is not None and pending[0] == chart.client.client_id:
            pending[1]()

    def when_shown(self, client_id: str, action: Callable[[], None]) -> None:
        """Run `action` once this client's chart is on screen (now, if it already is): a note
        opened from elsewhere (search, dashboard) waits for its chart's header."""
        shown = self.shown_client()
        if shown is not None and shown.client_id == client_id:
            action()
        else:
            self._when_shown = (client_id, action)

    def open_psychotherapy_note(self, note_id: str) -> None:
        self.tabs.setCurrentWidget(self.psychotherapy)
        if self.controller.psychotherapy_open:
            self.psychotherapy.open_note(note_id)

    def _show_header(self) -> None:
        if self.chart is None:
            return
        client = self.chart.client
        self.header.setText(f"{masked_name(client.display_name, self.privacy)}  ·  {client.chart_number}")
        flags = [client.status]
        if client.part2:
            flags.append("Part 2 records")
        if client.kind != "individual":
            flags.append(f"{client.kind} case")
        self.subheader.setText(", ".join(flags))

    def _tab_changed(self, index: int) -> None:
        page = self.tab_pages[index] if 0 <= index < len(self.tab_pages) else None
        if page is not None and hasattr(page, "activate") and self.chart is not None:
            page.activate()

    def set_privacy(self, on: bool) -> None:
        self.privacy = on
        self._show_header()
        self.overview.set_privacy(on)
        # Note previews are clinical text: privacy mode hides them as it hides names.
        if self.chart is not None:
            self.sessions.show_chart(self.chart)
            if self.tabs.currentWidget() is self.psychotherapy:
                self.psychotherapy.activate()

    # --- actions ----------------------------------------------------------------------------
    def new_note(self) -> NoteEditor | None:
        return self.open_note(None)

    def open_note(self, note_id: str | None) -> NoteEditor | None:
        from vault_app.gui.note_editor import NoteEditor

        client = self.shown_client()
        if client is None:
            return None
        editor = NoteEditor(self.controller, client.client_id, note_id, parent=self.window(), client=client,
                            privacy=self.privacy)
        editor.note_changed.connect(self.reload)
        editor.finished.connect(lambda _r: self.editors.remove(editor) if editor in self.editors else None)
        self.editors.append(editor)
        editor.show()
        return editor

    def start_export(self) -> Any:
        from vault_app.gui.export_wizard import ExportWizard

        client = self.shown_client()
        if client is None:
            return None
        wizard = ExportWizard(self.controller, client.client_id, parent=self.window())
        bind_to_chart(wizard, client, "Export or disclose", self.privacy)
        wizard.finished.connect(lambda _r: self.reload())
        wizard.open()
        return wizard

    def start_destruction(self) -> Any:
        from vault_app.gui.destruction_wizard import DestructionWizard

        if self.client_id is None:
            return None
        wizard = DestructionWizard(self.controller, self.client_id, parent=self.window())
        wizard.destroyed_chart.connect(self._chart_destroyed)
        wizard.open()
        return wizard

    def _chart_destroyed(self, _client_id: str) -> None:
        self.clear()
        window = self.window()
        if hasattr(window, "client_list"):
            window.client_list.refresh()

    def flush(self) -> None:
        for editor in list(self.editors):
            editor.flush()
        self.psychotherapy.flush()

    def clear(self) -> None:
        for editor in list(self.editors):
            editor.clear()
            editor.close()
            editor.deleteLater()
        self.editors = []
        self.client_id = None
        self.chart = None
        self.header.setText("")
        self.subheader.setText("")
        for page in self.tab_pages:
            page.clear()
        self._set_enabled(False)
