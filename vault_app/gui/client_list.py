"""The client list: search, filter by status, privacy mode that masks names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vault_app.gui import theme
from vault_app.gui.client_dialog import ClientDialog
from vault_app.gui.widgets import masked_name
from vault_app.services import clients
from vault_app.services.changes import Changes, Kind

if TYPE_CHECKING:
    from vault_app.domain.clinical import ClientSummary
    from vault_app.gui.seam import App

# What a row shows: names, chart numbers, status, "last seen" (sessions); destroyed charts leave.
LIST_KINDS = (Kind.CLIENTS, Kind.SESSIONS, Kind.DESTRUCTION, Kind.RETENTION)
FILTERS = (("Active", "active"), ("Inactive", "inactive"), ("Discharged", "discharged"), ("All", "all"))


class ClientListPanel(QWidget):
    client_chosen = Signal(str)

    def __init__(self, controller: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.privacy = False
        self.rows: list[ClientSummary] = []
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search name or chart number")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search clients")
        self.search.addAction(theme.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.filter = QComboBox()
        self.filter.setAccessibleName("Show clients")
        for text, value in FILTERS:
            self.filter.addItem(text, value)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName("Clients")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setHeaderLabels(["Name", "Chart", "Last seen"])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        self.count_label = QLabel(" ")
        self.count_label.setObjectName("calmNote")
        self.new_button = QPushButton(theme.icon("add"), "New client")
        self.new_button.setAccessibleName("New client")
        self.new_button.clicked.connect(self.new_client)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._open_first)
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.addWidget(self.search)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.count_label)
        self.setMinimumWidth(260)
        controller.changed.connect(self._on_changes)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*LIST_KINDS):
            self.refresh()

    # --- loading -----------------------------------------------------------------------
    def refresh(self) -> None:
        status = str(self.filter.currentData())
        query = self.search.text().strip()
        self.controller.query(self, lambda v: clients.find_clients(v, status, query)).success(self._show).run()

    def _show(self, rows: list[ClientSummary]) -> None:
        self.rows = list(rows)
        selected = self.selected_id()
        self.tree.clear()
        for row in self.rows:
            item = QTreeWidgetItem([
                masked_name(row.display_name, self.privacy),
                row.chart_number,
                row.last_contact.isoformat() if row.last_contact else "",
            ])
            item.setData(0, Qt.ItemDataRole.UserRole, row.client_id)
            tips = []
            if row.minor:
                tips.append("minor")
            if row.part2:
                tips.append("substance-use (Part 2) records")
            if row.kind != "individual":
                tips.append(f"{row.kind} case")
            if tips and not self.privacy:
                item.setToolTip(0, ", ".join(tips))
            self.tree.addTopLevelItem(item)
            if row.client_id == selected:
                self.tree.setCurrentItem(item)
        n = len(self.rows)
        self.count_label.setText("No clients match." if n == 0 else f"{n} client{'s' if n != 1 else ''}")

    def selected_id(self) -> str | None:
        item = self.tree.currentItem()
        return str(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.client_chosen.emit(str(item.data(0, Qt.ItemDataRole.UserRole)))

    def _open_first(self) -> None:
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
            self._activated(first)

    def set_privacy(self, on: bool) -> None:
        self.privacy = on
        self._show(self.rows)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def new_client(self) -> None:
        dialog = ClientDialog(self.controller, parent=self.window())
        # The list refreshes from the new client's change notice; the new chart opens.
        dialog.saved.connect(lambda client_id: self.controller.open_chart(client_id))
        dialog.open()

    def clear(self) -> None:
        self.rows = []
        self.tree.clear()
        self.search.clear()
        self.count_label.setText(" ")
