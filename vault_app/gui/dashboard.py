"""The dashboard: what needs attention today, in plain words."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from vault_app.gui.controller import AppController


class Card(QFrame):
    def __init__(self, title: str) -> None:
        super().__init__()
        self.setObjectName("card")
        self.title = QLabel(title)
        self.title.setObjectName("sectionTitle")
        self.value = QLabel("…")
        self.value.setObjectName("pageTitle")
        self.detail = QLabel("")
        self.detail.setWordWrap(True)
        self.detail.setObjectName("calmNote")
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.detail, 1)
        self.setAccessibleName(title)
        self.setMinimumHeight(120)

    def show_value(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)

    def clear(self) -> None:
        self.value.setText("…")
        self.detail.setText("")


CARDS = (
    ("requests", "Requests due"),
    ("authorizations", "Authorizations expiring"),
    ("unsigned", "Unsigned notes"),
    ("eligible", "Eligible for destruction"),
    ("backup", "Last verified backup"),
    ("ledger", "Audit ledger"),
)


class DashboardPage(QScrollArea):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        title = QLabel("Today")
        title.setObjectName("pageTitle")
        self.cards = {key: Card(text) for key, text in CARDS}
        grid = QGridLayout()
        grid.setSpacing(12)
        for i, (key, _text) in enumerate(CARDS):
            grid.addWidget(self.cards[key], i // 3, i % 3)
        self.verify_button = QPushButton("Verify the whole ledger now")
        self.verify_button.setAccessibleName("Verify the whole ledger")
        self.verify_button.clicked.connect(self.verify_ledger)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(title)
        layout.addLayout(grid)
        layout.addWidget(self.verify_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.setWidget(body)
        self.data: dict[str, Any] = {}

    def refresh(self) -> None:
        from vault_app.gui import data

        self.controller.call(self, data.ledger_state, on_success=self._show_ledger)

    def _show_ledger(self, state: Any) -> None:
        self.cards["ledger"].show_value(
            f"{state['entries']} entries", "Checked on unlock: intact since the last verified entry.")

    def verify_ledger(self) -> None:
        self.controller.call(self, lambda v: v.verify_ledger(), on_success=self._verified,
                             label="Verifying every ledger entry…")

    def _verified(self, report: Any) -> None:
        if report.ok:
            self.cards["ledger"].show_value(f"{report.entries_checked} entries", "Fully verified just now: intact.")
        else:
            self.cards["ledger"].show_value("Problem found", "; ".join(report.problems[:3]))

    def clear(self) -> None:
        for card in self.cards.values():
            card.clear()
