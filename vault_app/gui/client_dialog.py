"""New client: the few facts needed to open a chart. Everything else is added in the chart.

What is typed here is held over a lock or a quit like the chart's forms (gui/held.py): a new
client has no chart yet, so it reopens over the client list (gui/held_restore.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.clinical import parse_date
from vault_app.domain.errors import InvalidInput
from vault_app.gui.client_words import status_words
from vault_app.gui.confirm import AnsweredByAlt
from vault_app.gui.date_field import unfinished_date
from vault_app.gui.dates import show_date
from vault_app.gui.escape_guard import GuardedDialog
from vault_app.gui.forms import action_buttons, error_label
from vault_app.gui.held import HeldEntry
from vault_app.gui.letter_language_field import letter_language_box
from vault_app.gui.optional_date_field import OptionalDateField
from vault_app.gui.refusal_focus import show_inline_at
from vault_app.gui.sort_as_field import SortAsField
from vault_app.services import client_duplicates, clients

if TYPE_CHECKING:
    from vault_app.domain.clinical import Client, ClientSummary
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault


class ClientDialog(GuardedDialog):
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
        self.sort_as = SortAsField(self.legal_name, new=True)
        self.date_of_birth = OptionalDateField(self.tr("Date of birth"), empty_text=self.tr("not given"), birth=True)
        self.chart_number = QLineEdit()
        self.chart_number.setAccessibleName(self.tr("Chart number"))
        self.chart_number.setPlaceholderText(self.tr("assigned automatically if left empty"))
        self.part2 = QCheckBox(self.tr("Substance-use treatment records (42 CFR Part 2)"))
        self.part2.setAccessibleName(self.tr("Part 2 records"))
        self.letters_in = letter_language_box()
        self.letters_in.currentIndexChanged.connect(
            lambda _i: self.sort_as.letters_in_changed(str(self.letters_in.currentData())))
        self.message = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Legal name:"), self.legal_name)
        form.addRow(self.tr("Preferred name:"), self.preferred_name)
        form.addRow(self.tr("Sort as:"), self.sort_as)
        form.addRow(self.tr("Date of birth:"), self.date_of_birth)
        form.addRow(self.tr("Chart number:"), self.chart_number)
        form.addRow(self.tr("Letters in:"), self.letters_in)
        form.addRow("", self.part2)
        buttons, self.save_button = action_buttons(self, self.tr("Create chart"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(520, 310)

    def typed(self) -> bool:
        typed = (self.legal_name, self.preferred_name, self.sort_as, self.chart_number)
        return any(e.text().strip() for e in typed) or \
            bool(self.date_of_birth.text()) or self.date_of_birth.half_typed() or self.part2.isChecked() \
            or self.letters_in.currentData() != "en"

    def held_entry(self) -> HeldEntry | None:
        """What was typed, for a lock or a quit to hold (and Escape to ask about): the idle lock
        took a new client's name and birth date typed, and nothing came back (found in the real
        app). No client id: the chart does not exist yet."""
        if not self.typed():
            return None
        return {"where": "records", "dialog": "new_client", "context": {},
                "fields": {"legal_name": self.legal_name.text(), "preferred_name": self.preferred_name.text(),
                           "sort_as": self.sort_as.text(),
                           "date_of_birth": self.date_of_birth.text(), "chart_number": self.chart_number.text(),
                           "part2": self.part2.isChecked(), "letters_in": str(self.letters_in.currentData())}}

    def restore_fields(self, fields: dict[str, Any]) -> None:
        for key, edit in (("legal_name", self.legal_name), ("preferred_name", self.preferred_name),
                          ("sort_as", self.sort_as), ("chart_number", self.chart_number)):
            edit.setText(str(fields.get(key) or ""))
        self.date_of_birth.setText(str(fields.get("date_of_birth") or ""))
        self.part2.setChecked(bool(fields.get("part2")))
        self.letters_in.setCurrentIndex(max(0, self.letters_in.findData(fields.get("letters_in") or "en")))

    def save(self, *, even_if_duplicate: bool = False) -> None:
        if unfinished_date(self.date_of_birth):
            return
        name = self.legal_name.text().strip()
        values: dict[str, Any] = {
            "preferred_name": self.preferred_name.text().strip(),
            "date_of_birth": self.date_of_birth.text().strip() or None,
            "chart_number": self.chart_number.text().strip() or None,
            "part2": self.part2.isChecked(),
            "sort_as": self.sort_as.value(),
            "letters_in": str(self.letters_in.currentData()),
        }

        def job(v: Vault) -> Client | list[ClientSummary]:
            if not even_if_duplicate and name:
                born = parse_date(values["date_of_birth"], "date of birth", allow_future=False, field="date_of_birth")
                found = client_duplicates.possible_duplicates(v, name, born)
                if found:
                    return found
            return clients.create_client(v, name, **values)

        self.save_button.setEnabled(False)
        refused = show_inline_at(self.message, {
            "legal_name": self.legal_name, "preferred_name": self.preferred_name, "date_of_birth": self.date_of_birth,
            "chart_number": self.chart_number, "sort_as": self.sort_as, "letters_in": self.letters_in}, InvalidInput)
        self.controller.op(self, job, label=self.tr("Saving…")).success(self._saved) \
            .failure(refused).finally_(lambda: self.save_button.setEnabled(True)).run()

    def _saved(self, client: Client | list[ClientSummary]) -> None:
        if isinstance(client, list):
            self._ask_about(client)
            return
        self.accept()
        self.saved.emit(client.client_id)

    def _ask_about(self, found: list[ClientSummary]) -> None:
        """The person may have a chart already: open it (the default), or make a second one
        for someone else of the same name. Opened, not exec()'d: a lock closes it."""
        box = AnsweredByAlt(self)
        box.setObjectName("duplicateClientBox")
        box.setTextFormat(Qt.TextFormat.PlainText)  # it quotes names as typed: "<b>" is not bold
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("This client may have a chart already"))
        box.setText(self.tr("A client with this name and date of birth already has a chart:"))
        lines = []
        for c in found:
            born = self.tr(", born %1").replace("%1", show_date(c.date_of_birth)) if c.date_of_birth else ""
            lines.append(f"• {c.chart_number}: {c.legal_name}{born} ({status_words(c.status)})")
        box.setInformativeText("\n".join([*lines, "", self.tr(
            "Two charts for one person split their notes, authorizations and disclosures: an export or an "
            "accounting from one misses the other, and destroying one leaves the other.")]))
        first = found[0]
        open_it = box.addButton(self.tr("Open %1").replace("%1", first.chart_number), QMessageBox.ButtonRole.AcceptRole)
        another = box.addButton(self.tr("Create a second chart"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(open_it)
        box.setEscapeButton(cancel)

        def done() -> None:
            clicked = box.clickedButton()
            if clicked is open_it:
                self.accept()
                self.saved.emit(first.client_id)
            elif clicked is another:
                self.save(even_if_duplicate=True)

        box.finished.connect(lambda _r: done())
        box.open()


def open_new_client(controller: App, parent: QWidget) -> ClientDialog:
    """The form opened as the client list's New client opens it: once saved, the new chart
    opens (the list refreshes from the new client's change notice)."""
    dialog = ClientDialog(controller, parent=parent)
    dialog.saved.connect(lambda client_id: controller.open_chart(client_id))
    dialog.open()
    return dialog
