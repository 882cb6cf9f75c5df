"""The practice's open requests, soonest due first: a list that opens each request's window
(gui/requests_dialog.py)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTreeWidgetItem, QVBoxLayout, QWidget

from vault_app.gui import request_review_words
from vault_app.gui.chart_binding import chart_title
from vault_app.gui.chart_words import REQUEST_KIND, shown
from vault_app.gui.dates import show_beside_due, show_due
from vault_app.gui.request_due_words import short_words, status_words
from vault_app.gui.requests_dialog import RequestDetailDialog
from vault_app.gui.screen_fit import size_in_screen
from vault_app.gui.seam import App
from vault_app.gui.widgets import add_row, give_form_mnemonics, make_tree, on_open
from vault_app.services import request_due, today
from vault_app.services.changes import Changes, Kind
from vault_app.services.today import OpenRequest

DUE_BY = 5  # the column of the rule that sets the due day


class RequestsDialog(QDialog):
    """Every open request in the practice, soonest due first."""

    def __init__(self, controller: App, client_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Open requests"))
        self.tree = make_tree([self.tr("Due"), self.tr("Chart"), self.tr("Kind"), self.tr("Received"),
                               self.tr("Status"), self.tr("Due by")], self.tr("Open requests"))
        on_open(self.tree, self._open)
        # Empty, the list was a blank box (found in the real app): it says so, and where a request
        # is recorded. Hidden until the list is read, so an unread list never says "none".
        self.empty = QLabel(self.tr("No open requests. A client's request (access, amendment, accounting) is "
                                    "recorded in their chart's Requests tab (Record a request…)."))
        self.empty.setWordWrap(True)
        self.empty.setObjectName("calmNote")
        self.empty.hide()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(self.empty)
        layout.addWidget(close)
        give_form_mnemonics(self, [])  # Qt's Close had no letter
        self.resize(size_in_screen(self, QSize(700, 420)))
        controller.changed.connect(self._on_changes)
        self.load()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(Kind.REQUESTS, Kind.AMENDMENTS, Kind.CLIENTS):
            self.load()

    def load(self) -> None:
        self.controller.query(self, today.open_requests).success(self._show).run()

    def _show(self, rows: list[OpenRequest]) -> None:
        self.tree.clear()
        for row in rows:
            q = row.request
            due = row.deadline or request_due.deadline(q, "")  # the earlier of HIPAA's and the state's
            # A review's reversal whose copy is not given says so, with its due date: it said "granted"
            # One whose requester may no longer receive its copy needs review (it said "open"), what to
            # do as the cell's tip: the request's window says it whole
            # Its one extension spent (164.524(b)(2)(ii), 164.526(b)(2)(ii), 164.528(c)(1)(ii)): said beside the
            # new day (a walker: an extended amendment read as one never extended).
            day = show_due(due.day) if q.extension is None else self.tr("{day} (extended)").format(
                day=show_due(due.day))
            item = add_row(self.tree, [day, row.chart_number, shown(REQUEST_KIND, q.kind),
                                       show_beside_due(q.received_on),
                                       status_words(q.status, row.owed, due.day, row.review), short_words(due)], q.id)
            if row.review:
                item.setToolTip(4, request_review_words.what_to_do())
            # Which rule sets the day, whole as the cell's tip and its spoken text too: on a screen
            # too narrow for the window's width it is the cell that is cut (a walker, round 46).
            whole = item.text(DUE_BY)
            item.setToolTip(DUE_BY, whole)
            item.setData(DUE_BY, Qt.ItemDataRole.AccessibleTextRole, whole)
        self.empty.setVisible(not rows)
        self._wide_enough()

    def _wide_enough(self) -> None:
        """As wide as the columns' words ask, within the screen: at its first 700 pixels the
        "Due by" cell read "HIPAA (federal; your state's ma…" (a walker, round 46)."""
        tree = self.tree
        header = tree.header()
        columns = sum(max(header.sectionSizeHint(c), tree.sizeHintForColumn(c)) for c in range(tree.columnCount()))
        around = self.width() - tree.viewport().width() + tree.verticalScrollBar().sizeHint().width()
        wanted = size_in_screen(self, QSize(columns + around, self.height()))
        if wanted.width() > self.width():
            self.resize(wanted.width(), self.height())

    def _open(self, item: QTreeWidgetItem, _col: int = 0) -> None:
        dialog = RequestDetailDialog(self.controller, str(item.data(0, Qt.ItemDataRole.UserRole)), parent=self)
        # Whose request, by chart number as in the list (titles never carry a name): opened from
        # here it said only "Request", and an accounting made from it named no chart either.
        chart = item.text(1)
        dialog.setWindowTitle(chart_title(dialog.windowTitle(), chart))
        dialog.setProperty("chart_number", chart)
        # No chart header here to carry it: privacy mode as the main window has it (a
        # representative's name, "Made by …", is masked as the chart masks it).
        dialog.setProperty("privacy", bool(getattr(self.parentWidget(), "privacy_mode", False)))
        dialog.open()


__all__ = ["RequestsDialog"]
