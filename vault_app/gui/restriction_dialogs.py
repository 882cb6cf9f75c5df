"""Restrictions the client asks for (45 CFR 164.522(a)): record a request with your answer,
answer one recorded earlier, end an agreed one. The rules are the domain's
(domain/restrictions.py): these forms offer only what the law lets you choose (no refusing
the self-pay restriction, no ending it yourself) and say why, and every date is checked
here before anything is written, so a refused date never leaves half a record behind."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vault_app.gui.date_field import ISO, date_picker, unfinished_date
from vault_app.gui.dates import show_date
from vault_app.gui.escape_guard import GuardedDialog
from vault_app.gui.forms import action_buttons, error_label, line_edit
from vault_app.gui.held import HeldEntry
from vault_app.gui.refusal_focus import show_inline_at
from vault_app.gui.widgets import wrapped_label
from vault_app.services import restrictions

if TYPE_CHECKING:
    from datetime import date

    from vault_app.domain.restrictions import Restriction
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault

SELF_PAY = "health_plan_self_pay"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _answer_row(dialog: QDialog, *, undecided: bool) -> tuple[QRadioButton, QRadioButton, QRadioButton | None,
                                                                QHBoxLayout]:
    # One context for both dialogs: dialog.tr() was filed by pyside6-lupdate under "dialog", a
    # context no screen asks for at run time, so no translation could ever reach these three.
    agreed = QRadioButton(QCoreApplication.translate("RestrictionAnswerRow", "Agreed"))
    refused = QRadioButton(QCoreApplication.translate("RestrictionAnswerRow", "Refused"))
    later = QRadioButton(QCoreApplication.translate("RestrictionAnswerRow", "Not answered yet")) if undecided else None
    group = QButtonGroup(dialog)
    row = QHBoxLayout()
    for button in (agreed, refused, later):
        if button is not None:
            group.addButton(button)
            row.addWidget(button)
    row.addStretch(1)
    # Nothing chosen: an agreed restriction binds the practice (45 CFR 164.522(a)(1)(iii)), so a
    # quick Enter must not agree for the therapist. Save refuses until they choose.
    return agreed, refused, later, row


def _unchoose(button: QRadioButton) -> None:
    """Clear a radio button in an exclusive group (Qt refuses to uncheck the checked one)."""
    group = button.group()
    if group is None:
        button.setChecked(False)
        return
    group.setExclusive(False)
    button.setChecked(False)
    group.setExclusive(True)


def _choose_words() -> str:
    return QCoreApplication.translate(
        "RestrictionAnswerRow", "Choose your answer: Agreed binds you to the restriction (45 CFR "
        "164.522(a)(1)(iii)); Refused; or Not answered yet, to answer later.")


def _choose_words_now() -> str:
    return QCoreApplication.translate(
        "RestrictionAnswerRow", "Choose your answer: Agreed binds you to the restriction (45 CFR "
        "164.522(a)(1)(iii)), or Refused.")


class RestrictionRequestDialog(GuardedDialog):
    """The client's request as they made it, and your answer if you gave one."""

    def __init__(self, controller: App, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.client_id = client_id
        self.setWindowTitle(self.tr("Record a restriction request"))  # never the client's name
        self.self_pay = QRadioButton(self.tr("Not to tell their health plan about services they paid for in full"))
        self.other = QRadioButton(self.tr("Another limit on how their information is used or disclosed"))
        kinds = QButtonGroup(self)
        kinds.addButton(self.self_pay)
        kinds.addButton(self.other)
        self.other.setChecked(True)
        self.description = line_edit("", self.tr("What the client asked, in their words"),
                                     self.tr("e.g. do not send my notes to my primary care doctor"))
        self.asked = date_picker(self.tr("Date the client asked"))
        self.asked.setMaximumDate(QDate.currentDate())
        self.cover_progress = QCheckBox(self.tr("Progress notes"))
        self.cover_psychotherapy = QCheckBox(self.tr("Psychotherapy notes"))
        self.cover_billing = QCheckBox(self.tr("Billing information"))
        # The chart's documents (scans, records from elsewhere) go out with the complete open
        # export; a request about them alone could be recorded only as covering everything.
        self.cover_documents = QCheckBox(self.tr("Documents"))
        self.cover_documents.setToolTip(self.tr("The chart's attached documents (scans, records from elsewhere)"))
        self.recipient = line_edit("", self.tr("Recipient the restriction concerns"),
                                   self.tr("empty: any recipient"))
        self.agreed, self.refused, self.later, answer = _answer_row(self, undecided=True)
        self.answered = date_picker(self.tr("Date of your answer"))
        self.answered.setMaximumDate(QDate.currentDate())
        self.explained = wrapped_label("")
        self.explained.setObjectName("calmNote")
        self.message = error_label()

        covers = QHBoxLayout()
        for box in self._cover_boxes().values():
            covers.addWidget(box)
        covers.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("The client asked:"), self.other)
        form.addRow("", self.self_pay)
        form.addRow(self.tr("In their words:"), self.description)
        form.addRow(self.tr("Asked on:"), self.asked)
        self.covers_label = wrapped_label(self.tr("Covers (none ticked: all of it):"))
        form.addRow(self.covers_label, covers)
        self.recipient_label = wrapped_label(self.tr("Recipient:"))
        form.addRow(self.recipient_label, self.recipient)
        form.addRow(self.tr("Your answer:"), answer)
        form.addRow(self.tr("Answered on:"), self.answered)
        buttons, self.save_button = action_buttons(self, self.tr("Record"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.explained)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(640, 420)
        for button in (self.self_pay, self.other, self.agreed, self.refused, self.later):
            if button is not None:
                button.toggled.connect(self._update)
        self._update()

    def _update(self, *_args: object) -> None:
        self_pay = self.self_pay.isChecked()
        if self_pay and self.refused.isChecked():
            # Not turned into Agreed behind the therapist's back: the answer is theirs to give.
            _unchoose(self.refused)
        self.refused.setEnabled(not self_pay)
        self.refused.setToolTip(self.tr("The law does not let you refuse this one (45 CFR 164.522(a)(1)(vi)).")
                                if self_pay else "")
        for widget in (*self._cover_boxes().values(), self.recipient, self.covers_label, self.recipient_label):
            widget.setVisible(not self_pay)
        self.answered.setEnabled(self.later is None or not self.later.isChecked())
        self.explained.setText(self.tr(
            "You must agree (45 CFR 164.522(a)(1)(vi)) when the services were paid in full and the disclosure "
            "would be for payment or operations. Set those sessions' billing status to Self pay (in the session): "
            "payment exports of them are then refused.") if self_pay else self.tr(
            "You may agree or refuse (45 CFR 164.522(a)(1)(ii)). Once you agree it binds you "
            "(164.522(a)(1)(iii)) for treatment, payment and operations, but never stops a disclosure to the "
            "client, one required by law, or the other 164.512 disclosures (164.522(a)(1)(v))."))
        self.message.setText("")

    def kind(self) -> str:
        return SELF_PAY if self.self_pay.isChecked() else "other"

    def _cover_boxes(self) -> dict[str, QCheckBox]:
        return {"progress": self.cover_progress, "psychotherapy": self.cover_psychotherapy,
                "billing": self.cover_billing, "documents": self.cover_documents}

    def covers(self) -> list[str]:
        if self.self_pay.isChecked():
            return []
        return [k for k, box in self._cover_boxes().items() if box.isChecked()]

    def held_entry(self) -> HeldEntry | None:
        """The client's words survive a lock, as in every dialog with free text (gui/held.py)."""
        if not self.description.text().strip() and not self.recipient.text().strip():
            return None
        answer = "later" if self.later is not None and self.later.isChecked() else (
            "agreed" if self.agreed.isChecked() else "refused" if self.refused.isChecked() else "")
        return {"where": "records", "dialog": "new_restriction", "context": {"client_id": self.client_id},
                "fields": {"kind": self.kind(), "description": self.description.text(),
                           "asked": self.asked.date().toString(ISO), "covers": self.covers(),
                           "recipient": self.recipient.text(), "answer": answer,
                           "answered": self.answered.date().toString(ISO)}}

    def restore_fields(self, fields: dict[str, object]) -> None:
        (self.self_pay if fields.get("kind") == SELF_PAY else self.other).setChecked(True)
        self.description.setText(str(fields.get("description", "")))
        self.recipient.setText(str(fields.get("recipient", "")))
        covers = fields.get("covers")
        for key, box in self._cover_boxes().items():
            box.setChecked(isinstance(covers, list) and key in covers)
        for key, field in (("asked", self.asked), ("answered", self.answered)):
            day = QDate.fromString(str(fields.get(key, "")), ISO)
            if day.isValid():
                field.setDate(day)
        chosen = {"agreed": self.agreed, "refused": self.refused, "later": self.later}.get(str(fields.get("answer")))
        if chosen is not None and chosen.isEnabled():
            chosen.setChecked(True)

    def save(self) -> None:
        if unfinished_date(self.asked, self.answered):
            return
        if not self.description.text().strip():
            self.message.setText(self.tr("Write what the client asked, in their words: the record of the "
                                         "restriction is what you agreed or refused."))
            self.description.setFocus()
            return
        if not any(b is not None and b.isChecked() for b in (self.agreed, self.refused, self.later)):
            self.message.setText(_choose_words())
            self.agreed.setFocus()
            return
        answer: bool | None = None if self.later is not None and self.later.isChecked() else self.agreed.isChecked()
        if answer is not None and self.answered.date() < self.asked.date():
            # Checked before the request is written: the service would refuse the answer only
            # after storing the request, and a second try would record it twice.
            self.message.setText(self.tr("Your answer is dated before the client asked: correct one of the dates."))
            self.answered.setFocus()
            return
        client_id, kind, covers = self.client_id, self.kind(), self.covers()
        text, recipient = self.description.text(), "" if kind == SELF_PAY else self.recipient.text()
        asked, answered = self.asked.date().toString(ISO), self.answered.date().toString(ISO)

        def job(v: Vault) -> Restriction:
            r = restrictions.request_restriction(v, client_id, kind=kind, description=text, requested_on=asked,
                                                 kinds=covers, recipient=recipient)
            if answer is None:
                return r
            return restrictions.decide(v, r.restriction_id, agree=answer, decided_on=answered)

        self.controller.op(self, job, label=self.tr("Recording…")).success(lambda _r: self.accept()) \
            .failure(show_inline_at(self.message, {
                "restriction_requested_on": self.asked, "restriction_description": self.description,
                "restriction_recipient": self.recipient, "decided_on": self.answered, "answer": self.agreed,
            }, named={"date of the request": self.asked, "decision": self.answered})).run()


class RestrictionAnswerDialog(QDialog):
    """Your answer to a request recorded without one."""

    def __init__(self, controller: App, restriction: Restriction, summary: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.restriction = restriction
        self.setWindowTitle(self.tr("Answer a restriction request"))
        self.agreed, self.refused, _later, answer = _answer_row(self, undecided=False)
        self_pay = restriction.kind == SELF_PAY
        self.refused.setEnabled(not self_pay)
        # The request is on record as the self-pay kind: the law leaves one answer (164.522(a)(1)(vi)).
        self.agreed.setChecked(self_pay)
        self.answered = date_picker(self.tr("Date of your answer"))
        self.answered.setMaximumDate(QDate.currentDate())
        self.answered.setMinimumDate(_qdate(restriction.requested_on))
        self.message = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Request:"), wrapped_label(summary))
        form.addRow(self.tr("Your answer:"), answer)
        form.addRow(self.tr("Answered on:"), self.answered)
        buttons, self.save_button = action_buttons(self, self.tr("Record answer"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        note = wrapped_label(self.tr("You must agree to this one (45 CFR 164.522(a)(1)(vi)).") if self_pay else
                             self.tr("You may agree or refuse (45 CFR 164.522(a)(1)(ii)); once agreed it binds you "
                                     "(164.522(a)(1)(iii))."))
        note.setObjectName("calmNote")
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(580)  # the title names the chart: cut short at 480

    def save(self) -> None:
        if unfinished_date(self.answered):
            return
        if not (self.agreed.isChecked() or self.refused.isChecked()):
            self.message.setText(_choose_words_now())
            self.agreed.setFocus()
            return
        rid, agree, day = self.restriction.restriction_id, self.agreed.isChecked(), self.answered.date().toString(ISO)
        self.controller.op(self, lambda v: restrictions.decide(v, rid, agree=agree, decided_on=day),
                           label=self.tr("Recording…")).success(lambda _r: self.accept()) \
            .failure(show_inline_at(self.message, {"decided_on": self.answered, "answer": self.agreed},
                                    named={"decision": self.answered})).run()


class EndRestrictionDialog(QDialog):
    """Ending an agreed restriction (164.522(a)(2)): the client may at any time; the practice
    only after telling the client, only for information created afterwards, and never the
    self-pay one."""

    def __init__(self, controller: App, restriction: Restriction, summary: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.restriction = restriction
        self.setWindowTitle(self.tr("End a restriction"))
        self.by_client = QRadioButton(self.tr("The client ends it (in writing, or orally: this record documents it)"))
        self.by_practice = QRadioButton(self.tr("You end it, having told the client"))
        group = QButtonGroup(self)
        group.addButton(self.by_client)
        group.addButton(self.by_practice)
        self.by_client.setChecked(True)
        self_pay = restriction.kind == SELF_PAY
        self.by_practice.setEnabled(not self_pay)
        self.ends = date_picker(self.tr("Date the restriction ends"))
        self.ends.setMaximumDate(QDate.currentDate())
        if restriction.decided_on is not None:
            self.ends.setMinimumDate(_qdate(restriction.decided_on))
        self.explained = wrapped_label("")
        self.explained.setObjectName("calmNote")
        self.message = error_label()
        who = QVBoxLayout()
        who.addWidget(self.by_client)
        who.addWidget(self.by_practice)
        form = QFormLayout()
        form.addRow(self.tr("Restriction:"), wrapped_label(summary))
        form.addRow(self.tr("Who ends it:"), who)
        form.addRow(self.tr("Ends on:"), self.ends)
        buttons, self.save_button = action_buttons(self, self.tr("End restriction"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.explained)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.by_client.toggled.connect(self._update)
        self._update()

    def _update(self, *_args: object) -> None:
        if self.restriction.kind == SELF_PAY:
            text = self.tr("Only the client can end a restriction on telling their health plan about services they "
                           "paid for in full (45 CFR 164.522(a)(2)(iii)(A)).")
        elif self.by_practice.isChecked():
            text = self.tr("Your ending applies only to information created or received after you told the "
                           "client (45 CFR 164.522(a)(2)(iii)(B)): the app keeps refusing the items dated before "
                           "the day given here, and lets those dated from it go.")
        else:
            text = self.tr("The client may end it at any time, in writing or orally (45 CFR 164.522(a)(2)(i), "
                           "(ii)). The app stops enforcing it from the day given here.")
        self.explained.setText(text)
        self.message.setText("")

    def save(self) -> None:
        if unfinished_date(self.ends):
            return
        rid, day = self.restriction.restriction_id, self.ends.date().toString(ISO)
        by = "practice" if self.by_practice.isChecked() else "client"
        self.controller.op(self, lambda v: restrictions.terminate(v, rid, by=by, on=day),
                           label=self.tr("Recording…")).success(lambda _r: self.accept()) \
            .failure(show_inline_at(self.message, {"terminated_on": self.ends, "ended_by": self.by_client},
                                    named={"termination": self.ends})).run()


def summary_of(r: Restriction) -> str:
    """One line naming a restriction in a dialog: the client's words and the day they asked."""
    return QCoreApplication.translate("RestrictionsPanel", "“{words}”, asked on {day}").format(
        words=r.description, day=show_date(r.requested_on))


__all__ = ["EndRestrictionDialog", "RestrictionAnswerDialog", "RestrictionRequestDialog", "summary_of"]
