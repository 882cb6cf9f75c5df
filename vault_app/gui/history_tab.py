"""The chart's History tab: the ledger's record of everything done with the chart, a page at a
time (moved out of gui/chart_tabs.py, which had passed its size limit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from vault_app.gui.history_words import describe_event
from vault_app.gui.practice_clock import moment_shown
from vault_app.gui.widgets import add_row, empty_note, make_tree, natural
from vault_app.services.chart_history import HistoryPage, chart_history

if TYPE_CHECKING:
    from vault_app.domain.clinical_notes import Chart
    from vault_app.gui.seam import App, ChartHost
    from vault_app.services.changes import Changes
    from vault_app.services.ledger import LedgerEntry


class HistoryTab(QWidget):
    """The ledger's record of everything done with this chart (ids and kinds, never content).

    Every ledger entry naming this chart is a line here, so any change notice for the chart
    (views included) makes the page read again: at once when the tab is on screen, when it
    is next shown otherwise."""

    def __init__(self, controller: App, view: ChartHost) -> None:
        super().__init__()
        self.controller = controller
        self.view = view
        # The ledger keeps UTC; the column is this computer's clock (it said "UTC" over local times).
        self.tree = make_tree(["#", self.tr("When"), self.tr("What")], self.tr("Chart history"))
        # The history is read a page at a time, newest first (services/chart_history.py).
        self.older = QPushButton(self.tr("Show older entries"))
        self.older.setVisible(False)
        self.older.clicked.connect(self._load_older)
        layout = QVBoxLayout(self)
        layout.addWidget(empty_note(self.tr("Every action on this chart is kept in the tamper-evident ledger.")))
        layout.addWidget(self.tree)
        layout.addLayout(natural(self.older))
        self._loaded_for: str | None = None
        self._older_than: int | None = None
        # What is shown, to show again when privacy mode switches (a representative's name masks).
        self.privacy = False
        self._entries: list[LedgerEntry] = []
        self._names: dict[str, str] = {}  # representatives by guardian id, read with the pages
        # Each fresh read gets a ticket: pages of an earlier read that come back late
        # (a notice and a chart opening can both ask) are dropped, not appended twice.
        self._ticket = 0
        controller.changed.connect(self._on_changes)

    def show_chart(self, chart: Chart) -> None:
        self._loaded_for = None

    def _on_changes(self, changes: Changes) -> None:
        client_id = self.view.client_id
        if client_id is None or (client_id not in changes.clients and not changes.vault_wide):
            return
        self._loaded_for = None
        if self.view.tabs.currentWidget() is self:
            self.activate()

    def activate(self) -> None:
        client_id = self.view.client_id
        if client_id is None or client_id == self._loaded_for:
            return
        self._loaded_for = client_id
        self._ticket += 1
        self.tree.clear()
        self._entries = []
        self._names = {}
        self._fetch(client_id, None)

    def _load_older(self) -> None:
        if self._loaded_for is not None and self._older_than is not None:
            self._fetch(self._loaded_for, self._older_than)

    def _fetch(self, client_id: str, before: int | None) -> None:
        self.older.setEnabled(False)
        ticket = self._ticket
        self.controller.query(self, lambda v: chart_history(v, client_id, before_seq=before)) \
            .success(lambda page: self._show(client_id, ticket, page)) \
            .finally_(lambda: self.older.setEnabled(True)).run()

    def _show(self, client_id: str, ticket: int, page: HistoryPage) -> None:
        if client_id != self._loaded_for or ticket != self._ticket:
            return  # another chart was opened, or the history read afresh, while this page was read
        self._entries += page.entries
        self._names.update(page.representatives)
        for e in page.entries:
            add_row(self.tree, [str(e.seq), moment_shown(e.time),
                                describe_event(e.kind, e.payload, privacy=self.privacy, names=self._names)])
        self._older_than = page.older_than
        self.older.setVisible(page.older_than is not None)

    def set_privacy(self, on: bool) -> None:
        self.privacy = on
        self.tree.clear()
        for e in self._entries:
            add_row(self.tree, [str(e.seq), moment_shown(e.time),
                                describe_event(e.kind, e.payload, privacy=on, names=self._names)])

    def clear(self) -> None:
        self._loaded_for = None
        self._older_than = None
        self._entries = []
        self._names = {}
        self.older.setVisible(False)
        self.tree.clear()


__all__ = ["HistoryTab"]
