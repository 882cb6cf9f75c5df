"""A denied amendment's statement of disagreement, the practice's rebuttal, and the client's ask
that the request and denial go with later disclosures, in the request's window (45 CFR
164.526(d)(1)(ii)-(iii), (d)(2)-(3), (d)(5)).

Found in the real app: after the denial the window had no way to record either; only
`vault-app amendment disagree` did, with the app locked. The services are the command line's
(services.request_amendments.file_disagreement, add_rebuttal): each is kept once, linked to the notes,
and goes with every later disclosure of them. Without a statement the request and denial go only
at the client's ask (services.amendment_inclusion; found by a walker: they went always).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from vault_app.domain.errors import VaultError
from vault_app.domain.letters import REBUTTAL_KIND
from vault_app.gui.date_field import DateField, date_picker
from vault_app.gui.dates import show_date
from vault_app.gui.forms import action_buttons
from vault_app.gui.request_record_dialog import RecordDialog, day_of
from vault_app.gui.widgets import leaves_by_tab
from vault_app.services import amendment_inclusion, request_amendments

if TYPE_CHECKING:
    from vault_app.domain.requests import ClientRequest
    from vault_app.gui.seam import App


class StatementDialog(RecordDialog):
    """The text of the statement (with the day it was received) or of the rebuttal; it closes
    once kept, a refusal said in it with the text still there."""

    def __init__(self, controller: App, request_id: str, *, rebuttal: bool, parent: QWidget | None = None) -> None:
        super().__init__(controller, request_id, "requestStatementDialog", parent)
        self.rebuttal = rebuttal
        self.setWindowTitle(self.tr("The practice's rebuttal") if rebuttal
                            else self.tr("Statement of disagreement"))
        self.text = leaves_by_tab(QPlainTextEdit())
        self.text.setAccessibleName(self.tr("Rebuttal") if rebuttal else self.tr("Statement of disagreement"))
        self.received: DateField | None = None
        form = QFormLayout()
        form.addRow(self.tr("&Rebuttal:") if rebuttal else self.tr("&Statement:"), self.text)
        if not rebuttal:
            self.received = date_picker(self.tr("Received on"))
            self.received.setMaximumDate(QDate.currentDate())
            form.addRow(self.tr("Received &on:"), self.received)
        self.lay_out(self.tr("The practice may answer the client's statement; a copy of the rebuttal goes to the "
                             "client (45 CFR 164.526(d)(3)).") if rebuttal else
                     self.tr("The client's written statement disagreeing with the denial, and the basis for it "
                             "(45 CFR 164.526(d)(2)). It goes with every later disclosure of the notes."),
                     form, action_buttons(self, self.tr("Keep it"), self.record), form_grows=True)
        self.resize(520, 320)

    def record(self) -> None:
        received = self.received
        if not self.ready(*([received] if received is not None else [])):
            return
        text, rid = self.text.toPlainText(), self.request_id
        if received is not None:
            on = day_of(received)
            self.run_step(lambda v: request_amendments.file_disagreement(v, rid, text=text, received_on=on),
                          self.tr("Recording…"))
        else:
            # Its letter, the client's copy (164.526(d)(3)), is kept with the request's letters.
            self.run_step(lambda v: request_amendments.add_rebuttal(v, rid, text=text)[0], self.tr("Recording…"))

    def refused_focus(self, exc: VaultError) -> QWidget:
        return self.text


class InclusionDialog(RecordDialog):
    """The day the client asked that the request and its denial go with later disclosures of the
    notes (45 CFR 164.526(d)(1)(iii)); it closes once kept, a refusal said in it."""

    def __init__(self, controller: App, request_id: str, parent: QWidget | None = None) -> None:
        super().__init__(controller, request_id, "requestInclusionDialog", parent)
        self.setWindowTitle(self.tr("Include with later disclosures"))
        self.asked = date_picker(self.tr("Asked on"))
        self.asked.setMaximumDate(QDate.currentDate())
        form = QFormLayout()
        form.addRow(self.tr("The client &asked on:"), self.asked)
        self.lay_out(self.tr("The client filed no statement of disagreement and asked that the amendment request "
                             "and its denial go with every later disclosure of the notes (45 CFR "
                             "164.526(d)(1)(iii), (d)(5)(ii)). Once recorded, they go with each one."), form,
                     action_buttons(self, self.tr("Record the client's request"), self.record))
        self.resize(520, 220)

    def record(self) -> None:
        if not self.ready(self.asked):
            return
        on, rid = day_of(self.asked), self.request_id
        self.run_step(lambda v: amendment_inclusion.ask_included(v, rid, asked_on=on), self.tr("Recording…"))

    def refused_focus(self, exc: VaultError) -> QWidget:
        return self.asked


class DisagreementRow(QWidget):
    """Shown for a denied amendment only: what is kept, and the buttons to record the rest."""

    def __init__(self, controller: App, request_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller, self.request_id = controller, request_id
        self.label = QLabel("")
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Statement of disagreement"))
        self.button = QPushButton(self.tr("Statement of disagreement…"))
        self.button.clicked.connect(self.ask_statement)
        self.rebuttal_button = QPushButton(self.tr("Rebuttal…"))
        self.rebuttal_button.clicked.connect(self.ask_rebuttal)
        # Without a statement, the request and denial go with later disclosures only at the client's
        # ask (164.526(d)(5)(ii)); found by a walker: they went always, and nothing kept the ask.
        self.include_button = QPushButton(self.tr("Client asked to include it…"))
        self.include_button.setObjectName("askInclusion")
        self.include_button.setToolTip(self.tr("The client asked that the request and its denial go with later "
                                               "disclosures of the notes (45 CFR 164.526(d)(1)(iii))."))
        self.include_button.clicked.connect(self.ask_inclusion)
        # A rebuttal kept before its letter was kept with it (the code before the thirty-second
        # round): the client's copy (164.526(d)(3)) was never made, and nothing here made it.
        self.letter_button = QPushButton(self.tr("Make the rebuttal letter"))
        self.letter_button.setObjectName("makeRebuttalLetter")
        self.letter_button.clicked.connect(self.make_letter)
        self.letter_button.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        for b in (self.button, self.include_button, self.rebuttal_button, self.letter_button):
            b.setAutoDefault(False)  # a deliberate press, as the request's other steps
            row.addWidget(b)
        self.hide()

    def show_request(self, q: ClientRequest, letter_kinds: Sequence[str] = ()) -> None:
        """`letter_kinds`: the kinds of the request's kept letters (a rebuttal without its own
        owes the client a copy still)."""
        # A refused requester's amendment (not_representative) is no denial the client may disagree with.
        denied = q.kind == "amendment" and q.status == "denied" and "not_representative" not in q.grounds
        self.setVisible(denied)
        owed = denied and bool(q.rebuttal) and REBUTTAL_KIND not in letter_kinds
        self.letter_button.setVisible(owed)
        self.letter_button.setEnabled(owed)
        if not denied:
            return
        if not q.disagreement:
            said = self.tr("The client may file a statement of disagreement (45 CFR 164.526(d)(2)): none "
                           "received.")
            said += " " + (self.tr("At the client's request of {day}, the request and denial go with later "
                                   "disclosures of the notes (45 CFR 164.526(d)(5)(ii)).").format(
                day=show_date(q.include_asked_on)) if q.include_asked_on else
                self.tr("Without one, the request and denial go with later disclosures of the notes only if the "
                        "client asks (45 CFR 164.526(d)(5)(ii))."))
        else:
            said = self.tr("Statement of disagreement received {day} (45 CFR 164.526(d)(2)).").format(
                day=show_date(q.disagreement_on) if q.disagreement_on else "?")
            said += " " + (self.tr("Rebuttal kept; its copy for the client was never made: make the letter, then "
                                   "send it (45 CFR 164.526(d)(3)).") if owed
                           else self.tr("Rebuttal kept; send the client a copy (45 CFR 164.526(d)(3)).") if q.rebuttal
                           else self.tr("No rebuttal (optional, 45 CFR 164.526(d)(3))."))
        self.label.setText(said)
        self.button.setEnabled(not q.disagreement)
        # With a statement they go anyway (164.526(d)(5)(i)): the ask would change nothing.
        self.include_button.setVisible(not q.disagreement)
        self.include_button.setEnabled(not q.disagreement and q.include_asked_on is None)
        self.rebuttal_button.setEnabled(bool(q.disagreement) and not q.rebuttal)

    def make_letter(self) -> None:
        """Made, kept and listed as a new rebuttal's letter (services.request_amendments.make_rebuttal_letter),
        dated today; the window hears it from the change notice and stops offering it."""
        self.letter_button.setEnabled(False)  # once: a second press made a second letter
        rid = self.request_id
        self.controller.op(self, lambda v: request_amendments.make_rebuttal_letter(v, rid)[1].kind,
                           label=self.tr("Making the letter…")).failure(self._letter_refused).run()

    def _letter_refused(self, exc: BaseException) -> bool:
        self.letter_button.setEnabled(True)
        return False  # said as any refusal is

    def ask_statement(self) -> StatementDialog:
        return self._ask(rebuttal=False)

    def ask_rebuttal(self) -> StatementDialog:
        return self._ask(rebuttal=True)

    def ask_inclusion(self) -> InclusionDialog:
        dialog = InclusionDialog(self.controller, self.request_id, parent=self.window())
        dialog.open()
        return dialog

    def _ask(self, *, rebuttal: bool) -> StatementDialog:
        dialog = StatementDialog(self.controller, self.request_id, rebuttal=rebuttal, parent=self.window())
        dialog.open()
        return dialog


__all__ = ["DisagreementRow", "InclusionDialog", "StatementDialog"]
