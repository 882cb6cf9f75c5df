"""Record a disclosure made outside the app (a phone call to a hotline): logged, never blocked."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.disclosure import DisclosureRequest, Recipient, Selection
from vault_app.gui.basis_form import BasisForm
from vault_app.gui.chart_words import INFO_KIND, shown_all
from vault_app.gui.date_field import ISO, date_picker, unfinished_date
from vault_app.gui.escape_guard import GuardedDialog, typed_into
from vault_app.gui.forms import action_buttons
from vault_app.gui.i18n import QT_TRANSLATE_NOOP
from vault_app.gui.refusal_focus import show_inline_at
from vault_app.gui.wizard_letters import give_shown_mnemonics
from vault_app.services import authorizations, clients, export, practice

if TYPE_CHECKING:
    from vault_app.domain.disclosure import DisclosureRecord, Verdict
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault

# The stored key, and its words on screen (translated where shown).
KINDS = (("progress", QT_TRANSLATE_NOOP("ManualDisclosureDialog", "Progress notes")),
         ("psychotherapy", QT_TRANSLATE_NOOP("ManualDisclosureDialog", "Psychotherapy notes")),
         ("billing", QT_TRANSLATE_NOOP("ManualDisclosureDialog", "Billing information")))
CHANNELS = (("phone", QT_TRANSLATE_NOOP("ManualDisclosureDialog", "Phone")),
            ("mail", QT_TRANSLATE_NOOP("ManualDisclosureDialog", "Mail")),
            ("fax", QT_TRANSLATE_NOOP("ManualDisclosureDialog", "Fax")),
            ("email", QT_TRANSLATE_NOOP("ManualDisclosureDialog", "Email")),
            ("in_person", QT_TRANSLATE_NOOP("ManualDisclosureDialog", "In person")),
            ("other", QT_TRANSLATE_NOOP("ManualDisclosureDialog", "Other")))


def authorization_choices(vault: Vault, client_id: str) -> list[tuple[str, str]]:
    """Worker side: the chart's authorizations, in the screen's words (translate is thread-safe)."""
    line = QCoreApplication.translate("ManualDisclosureDialog", "{covers} to {recipient}")
    return [(a.id, line.format(covers=shown_all(INFO_KIND, sorted(a.covers)), recipient=a.recipient_name))
            for a in authorizations.list_authorizations(vault, client_id)]


class ManualDisclosureDialog(GuardedDialog):
    recorded = Signal(str)

    def __init__(self, controller: App, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.client_id = client_id
        self.setWindowTitle(self.tr("Record a disclosure made outside the app"))
        self.kind = QComboBox()
        for key, words in KINDS:
            self.kind.addItem(self.tr(words), key)
        self.recipient = QLineEdit()
        self.address = QLineEdit()
        self.purpose = QLineEdit()
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("what was disclosed, in general terms"))
        # The day it was made: a call to a hotline is often written down the next day, and
        # the accounting of disclosures gives each one's date (45 CFR 164.528(b)(2)(i)).
        # Without this field every disclosure was recorded as made the day it was typed in.
        self.made_on = date_picker(self.tr("Date of the disclosure"))
        self.made_on.unfinished.connect(self.save)  # Enter on a half-typed date: said, not ignored
        self.channel = QComboBox()
        for key, words in CHANNELS:
            self.channel.addItem(self.tr(words), key)
        for widget, name in ((self.kind, self.tr("Kind of records")), (self.recipient, self.tr("Recipient")),
                             (self.address, self.tr("Recipient's address")), (self.purpose, self.tr("Purpose")),
                             (self.description, self.tr("What was disclosed")), (self.channel, self.tr("How"))):
            widget.setAccessibleName(name)
        self.basis = BasisForm()
        self.message = QLabel("")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Records:"), self.kind)
        form.addRow(self.tr("Recipient:"), self.recipient)
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Purpose:"), self.purpose)
        form.addRow(self.tr("What:"), self.description)
        form.addRow(self.tr("Made on:"), self.made_on)
        form.addRow(self.tr("How:"), self.channel)
        buttons, _action = action_buttons(self, self.tr("Record"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.basis)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(680, 620)
        # The basis's fields built anew (another basis chosen) get letters as the export wizard's
        # do: the form's letters were given once, as it showed, and a court order's judge and
        # "Use that basis" had none. Not before it shows: Record and Cancel choose theirs first.
        self.basis.rebuilt.connect(lambda: give_shown_mnemonics(self) if self.isVisible() else None)
        client = client_id
        controller.query(self, lambda v: (authorization_choices(v, client), clients.get_client(v, client).part2,
                                          practice.load(v).license_state)).success(self._gathered).run()

    def _gathered(self, found: tuple[list[tuple[str, str]], bool, str]) -> None:
        authorizations_on_file, part2, license_state = found
        self.basis.set_authorizations(authorizations_on_file)
        # The 42 CFR 2.64 fields for a Part 2 client only, and then required, as the gate asks:
        # every client's court order asked them.
        self.basis.set_part2(part2)
        # Counsel's tick only where the state's privilege is not listed as barring a subpoena
        # alone, as the export wizard's form: it was offered for NY and CA, where it lifts nothing.
        self.basis.set_license_state(license_state)

    def typed(self) -> bool:
        """A disclosure typed from a call or a letter (recipient, purpose, what was disclosed): Escape
        or the title bar's × asks before losing it (gui/escape_guard.py)."""
        return typed_into(self)

    def save(self) -> None:
        if unfinished_date(self.made_on):
            # Qt would keep the last whole date: the record would carry a day nobody chose. Said
            # under the field, once (the form's own line beside it said it twice).
            self.message.setText("")
            return
        on = date.fromisoformat(self.made_on.date().toString(ISO))
        request = DisclosureRequest(
            client_id=self.client_id, kind=str(self.kind.currentData()),  # type: ignore[arg-type]
            selection=Selection(date_to=on),
            recipient=Recipient(self.recipient.text().strip(), self.address.text().strip()),
            purpose=self.purpose.text().strip(), basis=self.basis.legal_basis(), on=on, manual=True)
        description, channel = self.description.text(), str(self.channel.currentData())

        def job(v: Vault) -> tuple[DisclosureRecord, Verdict]:
            return export.record_manual(v, request, description=description, channel=channel)

        self.controller.op(self, job, label=self.tr("Recording…")).success(self._saved) \
            .failure(show_inline_at(self.message, {
                "disclosure_recipient": self.recipient, "disclosure_purpose": self.purpose,
                "disclosure_description": self.description, "disclosed_on": self.made_on, "channel": self.channel,
                "recipient_name": self.recipient, "date_to": self.made_on,
            }, named={"date of the disclosure": self.made_on})).run()

    def _saved(self, result: tuple[DisclosureRecord, Verdict]) -> None:
        record, _verdict = result
        self.accept()
        self.recorded.emit(record.disclosure_id)
