"""The review of a reviewable access denial, in the request's window (45 CFR 164.524(a)(4), (d)(4)).

Found by a walker (W13): after a denial on a reviewable ground the letter tells the client "you may
ask that this denial be reviewed", but only `vault-app request review` and `review-decide` recorded
the referral and the reviewer's decision; a therapist working in the app could do neither, nor
write the decision letter. The services are the command line's (services.request_reviews), so the
same checks hold: a licensed reviewer named, their license, the confirmation that they took no
part in the denial, not the therapist who denied it (domain/request_review.review_problems).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from vault_app.domain.errors import NotFound, VaultError
from vault_app.domain.request_owing import OPENS_ACCESS, RELEASED
from vault_app.domain.requests import grounds_for
from vault_app.gui.date_field import date_picker
from vault_app.gui.dates import show_date
from vault_app.gui.forms import action_buttons
from vault_app.gui.i18n import QT_TRANSLATE_NOOP
from vault_app.gui.request_record_dialog import RecordDialog, day_of
from vault_app.gui.widgets import leaves_by_tab
from vault_app.services import request_reviews

if TYPE_CHECKING:
    from vault_app.domain.request_review import Review
    from vault_app.domain.requests import ClientRequest
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault

# The reviewer's decisions (domain/request_review.REVIEW_DECISIONS), in the screen's words.
DECISION_WORDS = {
    "upheld": QT_TRANSLATE_NOOP("ReviewRow", "Upheld: the denial stands"),
    "reversed": QT_TRANSLATE_NOOP("ReviewRow", "Reversed: access is given"),
    "partly_reversed": QT_TRANSLATE_NOOP("ReviewRow", "Partly reversed: access is given to a part"),
}


def reviewable(q: ClientRequest) -> bool:
    """A denied access request resting on at least one reviewable ground (164.524(a)(3)); "granted"
    with grounds is one a review reversed: its review is still said (found by a walker, W12)."""
    if q.kind != "access" or q.status not in ("denied", "partially_granted", "granted") or not q.grounds:
        return False
    try:
        return any(g.reviewable for g in grounds_for("access", q.grounds))
    except VaultError:
        return False


def review_of(vault: Vault, request_id: str) -> Review | None:
    try:
        return request_reviews.get_review(vault, request_id)
    except NotFound:
        return None


class ReviewReferDialog(RecordDialog):
    """The client asked for a review: the day, the licensed professional designated, their license,
    and that they took no part in the denial. It closes once referred, a refusal said in it."""

    def __init__(self, controller: App, request_id: str, parent: QWidget | None = None) -> None:
        super().__init__(controller, request_id, "requestReviewReferDialog", parent)
        self.setWindowTitle(self.tr("Review of the denial"))
        self.asked = date_picker(self.tr("The client asked on"))
        self.asked.setMaximumDate(QDate.currentDate())
        self.reviewer = QLineEdit()
        self.reviewer.setAccessibleName(self.tr("Reviewing professional"))
        self.license = QLineEdit()
        self.license.setAccessibleName(self.tr("Reviewer's license"))
        self.license.setPlaceholderText(self.tr("type, number and state, e.g. PSY 12345 CA"))
        self.took_no_part = QCheckBox(self.tr("The reviewer took no part in the denial"))
        form = QFormLayout()
        form.addRow(self.tr("The client &asked on:"), self.asked)
        form.addRow(self.tr("&Reviewer:"), self.reviewer)
        form.addRow(self.tr("Their lice&nse:"), self.license)
        form.addRow("", self.took_no_part)
        self.lay_out(self.tr("The client asked that the denial be reviewed. Refer it promptly to a licensed health "
                             "care professional who did not take part in the denial; the practice then gives "
                             "the client written notice of the decision and acts on it (45 CFR 164.524(a)(4), "
                             "(d)(4))."), form, action_buttons(self, self.tr("Refer for review"), self.record))
        self.resize(560, 280)

    def record(self) -> None:
        if not self.ready(self.asked):
            return
        on, rid = day_of(self.asked), self.request_id
        name, license_, no_part = self.reviewer.text(), self.license.text(), self.took_no_part.isChecked()
        self.run_step(lambda v: request_reviews.request_review(
            v, rid, requested_on=on, reviewer_name=name, reviewer_license=license_, took_no_part=no_part),
            self.tr("Recording…"))

    def refused_focus(self, exc: VaultError) -> QWidget:
        return self.reviewer


class ReviewDecideDialog(RecordDialog):
    """The reviewer's decision and the written notice to the client (164.524(d)(4)); it closes once
    recorded, its letter kept with the request's letters."""

    def __init__(self, controller: App, request_id: str, reviewer: str, parent: QWidget | None = None) -> None:
        super().__init__(controller, request_id, "requestReviewDecideDialog", parent)
        self.setWindowTitle(self.tr("The reviewer's decision"))
        self.choices: dict[str, QRadioButton] = {}
        group = QButtonGroup(self)
        form = QFormLayout()
        for code, words in DECISION_WORDS.items():
            button = QRadioButton(QCoreApplication.translate("ReviewRow", words))
            group.addButton(button)
            self.choices[code] = button
            form.addRow(self.tr("&Decision:") if code == "upheld" else "", button)
        self.explanation = leaves_by_tab(QPlainTextEdit())
        self.explanation.setAccessibleName(self.tr("Explanation for the letter"))
        form.addRow(self.tr("&Explanation (optional):"), self.explanation)
        self.lay_out(self.tr("{reviewer} decided on the denial. The client is told in writing, and the practice "
                             "acts on the decision (45 CFR 164.524(d)(4)).").format(reviewer=reviewer), form,
                     action_buttons(self, self.tr("Record the decision"), self.record), form_grows=True)
        self.resize(560, 320)

    def record(self) -> None:
        if not self.ready():
            return
        chosen = [code for code, b in self.choices.items() if b.isChecked()]
        if not chosen:  # none chosen for the therapist: the decision is the reviewer's
            self.message.setText(self.tr("Choose the reviewer's decision."))
            self.choices["upheld"].setFocus()
            return
        rid, why = self.request_id, self.explanation.toPlainText()
        self.run_step(lambda v: request_reviews.decide_review(v, rid, decision=chosen[0], explanation=why),
                      self.tr("Recording…"))


class ReviewRow(QWidget):
    """Shown for an access denial on a reviewable ground: the review's state, and its two steps."""

    def __init__(self, controller: App, request_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller, self.request_id = controller, request_id
        self.review: Review | None = None
        self.owed = ""
        self.label = QLabel("")
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Review of the denial"))
        self.refer_button = QPushButton(self.tr("Client asked for a review…"))
        self.refer_button.clicked.connect(self.ask_review)
        self.decide_button = QPushButton(self.tr("Reviewer's decision…"))
        self.decide_button.clicked.connect(self.ask_decision)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        for b in (self.refer_button, self.decide_button):
            b.setAutoDefault(False)  # a deliberate press, as the request's other steps
            row.addWidget(b)
        self.hide()

    def show_request(self, q: ClientRequest, owed: str = "") -> None:
        """Reads the review (if any) of a reviewable denial and says where it stands; `owed`: what
        the request's decision still owes (domain/request_owing), said after a reversal."""
        self.owed = owed
        if not reviewable(q):
            self.hide()
            return
        rid = self.request_id
        self.controller.query(self, lambda v: review_of(v, rid)).success(self._show).run()

    def _show(self, review: Review | None) -> None:
        self.review = review
        self.show()
        if review is None:
            said = self.tr("The denial rests on a reviewable ground: the client may ask that it be reviewed by a "
                           "licensed professional who took no part in it (45 CFR 164.524(a)(4)). No review asked.")
        elif review.open:
            said = self.tr("Review asked {asked}, referred {referred} to {reviewer} ({license}); the decision is "
                           "due {due} (45 CFR 164.524(d)(4)).").format(
                asked=show_date(review.requested_on), referred=show_date(review.referred_on),
                reviewer=review.reviewer_name, license=review.reviewer_license, due=show_date(review.due_on))
        else:
            said = self.tr("Reviewed by {reviewer} ({license}) on {day}. {decision}. The decision letter is below."
                           ).format(reviewer=review.reviewer_name, license=review.reviewer_license,
                                    decision=QCoreApplication.translate(
                                        "ReviewRow", DECISION_WORDS.get(review.decision, review.decision)),
                                    day=show_date(review.decided_on) if review.decided_on else "")
            if self.owed == RELEASED:  # the practice carries out the reviewer's determination (164.524(d)(4))
                said += " " + self.tr("Provide the copy of what the reviewer released (45 CFR 164.524(d)(4), (c)(1)): "
                                      "the request is owed until it is given.")
            elif review.decision in OPENS_ACCESS:
                said += " " + self.tr("The copy of what the reviewer released was given.")
        self.label.setText(said)
        self.refer_button.setEnabled(review is None)
        self.decide_button.setEnabled(review is not None and review.open)

    def ask_review(self) -> ReviewReferDialog:
        dialog = ReviewReferDialog(self.controller, self.request_id, parent=self.window())
        dialog.open()
        return dialog

    def ask_decision(self) -> ReviewDecideDialog:
        reviewer = self.review.reviewer_name if self.review is not None else ""
        dialog = ReviewDecideDialog(self.controller, self.request_id, reviewer, parent=self.window())
        dialog.open()
        return dialog


__all__ = ["DECISION_WORDS", "ReviewDecideDialog", "ReviewReferDialog", "ReviewRow", "reviewable"]
