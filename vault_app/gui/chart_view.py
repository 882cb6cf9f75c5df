"""One client's chart, in tabs. Every tab loads through the worker and clears on lock."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from vault_app.gui import shortcuts

if TYPE_CHECKING:
    from vault_app.gui.controller import AppController

TAB_TITLES = ("Overview", "Sessions & notes", "Psychotherapy notes", "Authorizations", "Disclosures",
              "Requests", "Attachments", "History")


class ChartView(QWidget):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.client_id: str | None = None
        self.privacy = False
        self.header = QLabel("")
        self.header.setObjectName("pageTitle")
        self.header.setAccessibleName("Chart heading")
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Chart sections")
        self.pages: list[QWidget] = []
        for title in TAB_TITLES:
            page = QWidget()
            QVBoxLayout(page).addWidget(QLabel(""))
            self.pages.append(page)
            self.tabs.addTab(page, title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        for i in range(len(TAB_TITLES)):
            QShortcut(QKeySequence(shortcuts.DEFAULTS[f"tab_{i + 1}"]), self, lambda i=i: self.tabs.setCurrentIndex(i))

    def load(self, client_id: str) -> None:
        self.client_id = client_id

    def set_privacy(self, on: bool) -> None:
        self.privacy = on

    def new_note(self) -> None:
        pass

    def start_export(self) -> None:
        pass

    def start_destruction(self) -> None:
        pass

    def flush(self) -> None:
        pass

    def clear(self) -> None:
        self.client_id = None
        self.header.setText("")
