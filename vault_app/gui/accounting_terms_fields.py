"""What the client asked an accounting of disclosures to cover, and what it costs, asked in the
Accounting of disclosures window (as the command line's --as-of, --since, --fee, --fee-notice-on,
--client-choice ask them).

- The day of the request: the six years run back from it (45 CFR 164.528(a)(1)); left empty,
  the day the request named was received, or today.
- The start of a shorter period the client asked for (164.528(a)(3)); left empty, six years.
- A fee for a second accounting within 12 months, with the day the client was told of it and
  what they chose (164.528(c)(2)).

Only asked and read here: whether the period or the fee is allowed is the core's
(domain/accounting_terms.py, services/accounting.py), whose refusals the window says with their
citations. A therapist who used only the window could not produce these accountings (found by
a walker, round 46).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QWidget

from vault_app.domain.accounting_terms import CHOICE_MISSING, FeeTerms
from vault_app.gui.dates import show_date
from vault_app.gui.optional_date_field import OptionalDateField
from vault_app.gui.refusal_words import SAYS, refusal_text

_CHOICE_MISSING = "accounting.fee.choice_missing"


def _day(field: OptionalDateField) -> date | None:
    text = field.text()
    return date.fromisoformat(text) if text else None


class AccountingTerms(QObject):
    """The rows of the request's day, the period and the fee, added to the window's form."""

    def __init__(self, form: QFormLayout, parent: QWidget, *, request_named: bool) -> None:
        super().__init__(parent)
        self.requested_on = OptionalDateField(
            self.tr("Date of the request"),
            empty_text=self.tr("the day the request was received") if request_named else self.tr("today"))
        self.since = OptionalDateField(self.tr("Start of the period asked for"),
                                       empty_text=self.tr("six years before the request"))
        # Its letter its own, given before the form's (gui/widgets.give_form_mnemonics gave the labels
        # theirs first and left Choose… a faint one in Spanish).
        self.fee = QCheckBox(self.tr("Charge a &fee (not the first accounting in 12 months)"))
        self.fee.setToolTip(self.tr("The first accounting in any 12 months is free. A reasonable, cost-based fee "
                                    "for another needs the client told of it in advance, and their choice to go "
                                    "ahead or change the request (45 CFR 164.528(c)(2))."))
        self.fee_notice_on = OptionalDateField(self.tr("Date the client was told of the fee"),
                                               empty_text=self.tr("not recorded"))
        self.client_choice = QComboBox()
        self.client_choice.setAccessibleName(self.tr("The client's choice after the fee notice"))
        self.client_choice.addItem(self.tr("not recorded"), "")
        self.client_choice.addItem(self.tr("Go ahead with the request as asked"), "proceed")
        self.client_choice.addItem(self.tr("Changed the request"), "modified")
        self._fee_labels = (QLabel(self.tr("Fee notice given on:")), QLabel(self.tr("Client's choice:")))
        for label, field in zip(self._fee_labels, (self.fee_notice_on, self.client_choice), strict=True):
            label.setBuddy(field)
        form.addRow(self.tr("Request received:"), self.requested_on)
        form.addRow(self.tr("Period from:"), self.since)
        form.addRow(self.fee)
        for label, field in zip(self._fee_labels, (self.fee_notice_on, self.client_choice), strict=True):
            form.addRow(label, field)
        self.fee.toggled.connect(self._fee_asked)
        self._fee_asked(False)

    def _fee_asked(self, charged: bool) -> None:
        for widget in (self.fee_notice_on, self.client_choice, *self._fee_labels):
            widget.setEnabled(charged)

    def dates(self) -> tuple[OptionalDateField, ...]:
        """The date fields, for the window's check of a date half typed."""
        return (self.requested_on, self.since, self.fee_notice_on)

    def as_of(self) -> date | None:
        return _day(self.requested_on)

    def period_start(self) -> date | None:
        return _day(self.since)

    def at_fault(self, exc: BaseException) -> QWidget | None:
        """The field a refusal of the period or the fee is about, to take the keyboard (None:
        none of these). The period's refusals name theirs (VaultError.field); a fee refused is a
        list of problems, each with its code: the first one's field (a notice missing and a
        choice not recorded: the notice, said first)."""
        by_field: dict[str, QWidget] = {"accounting_date": self.requested_on, "period_start": self.since}
        by_fee_problem: dict[str, QWidget] = {
            "accounting.fee.first_free": self.fee, "accounting.fee.notice_missing": self.fee_notice_on,
            "accounting.fee.notice_after": self.fee_notice_on, "accounting.fee.choice_missing": self.client_choice}
        key = str(getattr(exc, "field", "") or "")
        if key in by_field:
            return by_field[key]
        for code, _params in getattr(exc, "parts", ()):
            if code in by_fee_problem:
                return by_fee_problem[code]
        return None

    @staticmethod
    def refusal_said(exc: BaseException) -> str:
        """A refusal as the window says it: the fee's choice not recorded names the choices as
        its list shows them ("Go ahead with the request as asked"), not the command line's
        values ("proceed or modified") the core's English gives (another language says the
        window's already, by the code's words)."""
        text = refusal_text(exc)
        if any(code == _CHOICE_MISSING for code, _params in getattr(exc, "parts", ())):
            screen = QCoreApplication.translate("RefusalWordsRecords", SAYS[_CHOICE_MISSING])
            text = text.replace(CHOICE_MISSING, screen)
        return text

    def fee_terms(self) -> FeeTerms | None:
        if not self.fee.isChecked():
            return None
        return FeeTerms(True, _day(self.fee_notice_on), str(self.client_choice.currentData() or ""))

    def said(self, start: date, end: date, fee: FeeTerms | None) -> str:
        """The period the accounting covered and its fee, said beside the file once it is made."""
        period = self.tr("Period covered: {0} to {1}.").format(show_date(start), show_date(end))
        if fee is None:
            return period + " " + self.tr("Fee: none.")
        chose = (self.tr("Fee: charged; the client was told of it on {0} and chose to go ahead.")
                 if fee.client_choice == "proceed" else
                 self.tr("Fee: charged; the client was told of it on {0} and changed the request."))
        return period + " " + chose.format(show_date(fee.notice_on))


__all__ = ["AccountingTerms"]
