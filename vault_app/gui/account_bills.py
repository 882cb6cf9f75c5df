"""A client's account's superbill or statement: the PDF's fields (kind, dates, addressee, file,
password), what is said before it is made (US forms, what the superbill needs, two sessions on
one day), and making it (through the disclosure gate, like every export; asked again for
services an earlier superbill listed).

Mixed into AccountDialog (before QDialog), held apart from it (account_dialog.py, past the
~450 lines a file keeps to); the dialog's other widgets and state are the dialog's. Its words
are said in its own translation context, AccountBills.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QPushButton

from vault_app.domain.document_dates import US_PAYER_LOCALE, forms_example
from vault_app.domain.superbill_repeats import AlreadyIssued
from vault_app.gui import account_work, offered_file_names
from vault_app.gui.account_words import (
    date_edit,
    issued_message,
    same_day_words,
    superbill_needs_words,
    us_forms_words,
)
from vault_app.gui.date_field import ISO, unfinished_date
from vault_app.gui.dates import follow_format, practice_locale
from vault_app.gui.document_language import english_only_label
from vault_app.gui.file_dialogs import save_file
from vault_app.gui.forms import password_edit
from vault_app.gui.superbill_again import ask_issue_again
from vault_app.gui.widgets import buddy_label, chooser_button, wrapped_label

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel

    from vault_app.gui.seam import App

    _Dialog = QDialog  # what the mixin is mixed into, for the type checker
else:
    _Dialog = object


class AccountBills(_Dialog):
    """Mixed into AccountDialog: the superbill or statement PDF."""

    controller: App
    client_id: str
    message: QLabel
    busy: bool

    # The dialog's own (it overrides them); not in a TYPE_CHECKING block, where lupdate would lose
    # this class's name as the context of its strings (as in chart_actions.py).
    def _failed(self, exc: BaseException) -> bool:
        raise NotImplementedError

    def _idle(self) -> None:
        raise NotImplementedError

    def _bill_group(self) -> QGroupBox:
        """The superbill or statement's fields, made where the dialog's __init__ makes them."""
        bill = QGroupBox(self.tr("Superbill or statement (PDF, logged as a disclosure to the client)"))
        first = date.today().replace(day=1)
        self.first = date_edit(first)
        self.last = date_edit(date.today())
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Superbill"), "superbill")
        self.kind.addItem(self.tr("Statement"), "statement")
        self.addressee = QComboBox()
        self.addressee.setAccessibleName(self.tr("Addressed to"))
        self.addressee.addItem(self.tr("The client"), None)
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Save as"))
        self.password = password_edit(self.tr("PDF password"))  # Ctrl+H shows it
        self.password.setPlaceholderText(self.tr("at least 8 characters; tell it to the addressee separately"))
        self.issue_button = QPushButton(self.tr("Ma&ke the PDF"))
        self.issue_button.clicked.connect(self.issue)
        browse = self.browse = chooser_button(self.tr("C&hoose…"))
        browse.clicked.connect(self._browse)
        bform = QFormLayout(bill)
        dates = QHBoxLayout()
        for widget in (self.kind, buddy_label(self.tr("f&rom"), self.first), self.first,
                       buddy_label(self.tr("&to"), self.last), self.last):
            dates.addWidget(widget)
        dates.addStretch(1)
        bform.addRow(buddy_label(self.tr("Ser&vices:"), self.kind), dates)
        # A superbill is written for a US health plan whatever Dates and money says: said where
        # it is chosen (found: a Spanish practice got 10/23/2026 and $1,140.50 without a word).
        self.us_forms = wrapped_label("", "calmNote")
        self.us_forms.setAccessibleName(self.tr("How a superbill is written"))
        bform.addRow("", self.us_forms)
        self.in_english = english_only_label("bills")  # both are English pages (gui/document_language)
        bform.addRow("", self.in_english)
        self.kind.currentIndexChanged.connect(self._show_us_forms)
        follow_format(self, self._show_us_forms)
        self._show_us_forms()
        # What the practice lacks for a superbill and the services with no fee, said before the PDF
        # (domain/superbill_provider, domain/superbill_fees).
        self.provider = wrapped_label("", "calmNote")
        self.provider.setAccessibleName(self.tr("What the superbill needs"))
        self.provider.setVisible(False)
        self._provider_missing: tuple[str, ...] = ()
        self._unpriced_services: tuple[str, ...] = ()
        self.kind.currentIndexChanged.connect(self._show_provider)
        bform.addRow("", self.provider)
        bform.addRow(buddy_label(self.tr("&Addressed to:"), self.addressee), self.addressee)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        bform.addRow(buddy_label(self.tr("&Save as:"), self.path), where)
        bform.addRow(buddy_label(self.tr("Pass&word:"), self.password), self.password)
        # Two sessions on one day are two charges and two superbill lines: said before the PDF.
        self.duplicates = wrapped_label("", "calmNote")
        self.duplicates.setAccessibleName(self.tr("Sessions on the same day"))
        self.duplicates.setVisible(False)
        self._duplicates: list[tuple[date, int]] = []
        self._warned: tuple[str, str] | None = None
        bform.addRow("", self.duplicates)
        return bill

    def _show_us_forms(self) -> None:
        """Beside Superbill, where the practice writes dates or money otherwise than the US does."""
        shown, us = forms_example(practice_locale()), forms_example(US_PAYER_LOCALE)
        said = "" if shown == us else us_forms_words(us[0], us[1])
        self.us_forms.setText(said)
        self.us_forms.setVisible(bool(said) and self.kind.currentData() == "superbill")

    def _show_provider(self) -> None:
        said = superbill_needs_words(self._provider_missing, self._unpriced_services)
        self.provider.setText(said)
        self.provider.setVisible(bool(said) and self.kind.currentData() == "superbill")

    def _browse(self) -> None:
        start = self.path.text() or str(Path.home() / offered_file_names.SUPERBILL)  # English: for the insurer
        chosen = save_file(self, self.tr("Save the PDF"), start, self.tr("PDF (*.pdf)"))
        if chosen:
            self.path.setText(chosen)

    def issue(self) -> None:
        if self.busy or unfinished_date(self.first, self.last):
            return
        if not self.path.text().strip():
            # Sent on as the current folder, it came back as " is a folder: give the name of
            # the superbill's file inside it", naming nothing the therapist had typed.
            self.message.setText(self.tr("Give the file to save the PDF as (Save as), or press Choose…"))
            self.path.setFocus()
            return
        values: dict[str, Any] = {
            "kind": str(self.kind.currentData()), "first": self.first.date().toString(ISO),
            "last": self.last.date().toString(ISO), "out": Path(self.path.text().strip()),
            "password": self.password.text(), "guardian_id": self.addressee.currentData(),
        }
        span = (values["first"], values["last"])
        first, last = self.first.date(), self.last.date()
        within = [(day, n) for day, n in self._duplicates if first <= QDate(day.year, day.month, day.day) <= last]
        if within and self._warned != span:
            # Asked once per range: a superbill with a visit billed twice reaches an insurer.
            self._warned = span
            self.message.setText(same_day_words(within[0][1], within[0][0]))
            return
        self._make(values)

    def _make(self, values: dict[str, Any]) -> None:
        client_id = self.client_id
        self.busy = True
        self.controller.op(self, lambda v: account_work.issue(v, client_id, values),
                           label=self.tr("Making the PDF…")).success(self._issued).failure(
            lambda exc: self._already_issued(exc, values) or self._failed(exc)).finally_(self._idle).run()

    def _already_issued(self, exc: BaseException, values: dict[str, Any]) -> bool:
        """A superbill for sessions an earlier one listed: asked before it is made again (a
        duplicate claim, unless it replaces a lost or corrected copy: then it says so on it)."""
        if not isinstance(exc, AlreadyIssued):
            return False
        self.message.setText(self.tr("Not made: a superbill for these services was already issued."))
        self.repeat_box = ask_issue_again(self, exc, lambda: self._make({**values, "again": True}))
        return True

    def _issued(self, issued: Any) -> None:
        self.password.clear()
        self.message.setText(issued_message(issued))


__all__ = ["AccountBills"]
