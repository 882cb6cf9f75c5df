"""New client: the few facts needed to open a chart. Everything else is added in the chart."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.errors import InvalidInput
from vault_app.gui.background import show_inline
from vault_app.gui.date_field import OptionalDateField
from vault_app.gui.forms import action_buttons, error_label
from vault_app.services import clients

if TYPE_CHECKING:
    from vault_app.domain.clinical import Client
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault


class ClientDialog(QDialog):
    saved = Signal(str)

    def __init__(self, controller: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("New client"))
        self.setObjectName("clientDialog")
        self.legal_name = QLineEdit()
        self.legal_name.setAccessibleName(self.tr("Legal name"))
        self.preferred_name = QLineEdit()
        self.preferred_name.setAccessibleName(self.tr("Preferred name"))
        self.date_of_birth = OptionalDateField(self.tr("Date of birth"), empty_text=self.tr("not given"))
        self.chart_number = QLineEdit()
        self.chart_number.setAccessibleName(self.tr("Chart number"))
        self.chart_number.setPlaceholderText(self.tr("assigned automatically if left empty"))
        self.part2 = QCheckBox(self.tr("Substance-use treatment records (42 CFR Part 2)"))
        self.part2.setAccessibleName(self.tr("Part 2 records"))
        self.message = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Legal name:"), self.legal_name)
        form.addRow(self.tr("Preferred name:"), self.preferred_name)
        form.addRow(self.tr("Date of birth:"), self.date_of_birth)
        form.addRow(self.tr("Chart number:"), self.chart_number)
        form.addRow("", self.part2)
        buttons, self.save_button = action_buttons(self, self.tr("Create chart"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(520, 280)

    def save(self) -> None:
        name = self.legal_name.text().strip()
        values: dict[str, Any] = {
            "preferred_name": self.preferred_name.text().strip(),
            "date_of_birth": self.date_of_birth.text().strip() or None,
            "chart_number": self.chart_number.text().strip() or None,
            "part2": self.part2.isChecked(),
        }

        def job(v: Vault) -> Client:
            return clients.create_client(v, name, **values)

        self.save_button.setEnabled(False)
        self.controller.op(self, job, label=self.tr("Saving…")).success(self._saved) \
            .failure(show_inline(self.message, InvalidInput)).finally_(lambda: self.save_button.setEnabled(True)).run()

    def _saved(self, client: Client) -> None:
        self.accept()
        self.saved.emit(client.client_id)
