"""What the export wizard's basis page, and the open export dialog, offer when the gate refuses a
subpoena (a state's privilege bars a release on a subpoena alone, as in California or New York; or
the assurances are missing). The refusal said "Consider a legal hold on the chart", with no hold
button and no way to record that the subpoena came and was refused (found by a walker): the
therapist had to know to go to Legal holds or Decisions. Offered here: the one-click hold
(gui/subpoena_hold, as the receipt of a subpoena export offers it), dated the day received typed in
the form; and the decision record opened at the subpoena, at that day, so the refusal is documented.
Nothing is placed or recorded unless the therapist clicks. The open export
(gui/open_export_dialog.py) offered none after the same refusal (found by a walker): the same piece
under its error line. A chart already under a subpoena hold has no hold button: the refusal's
"Consider a legal hold on the chart (Place a legal hold)" named one that was not there (found by a
walker); the gate's hint says the hold in force (domain/state_privilege.hold_advice, for the command
line too), and the offer under it says when it was placed."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget, QWizardPage

from vault_app.domain import locale_format
from vault_app.domain.subpoena import received_day, received_problems
from vault_app.gui.dates import show_date
from vault_app.gui.gate_words import said_text
from vault_app.gui.subpoena_hold import SubpoenaHoldOffer
from vault_app.gui.wizard_letters import give_shown_mnemonics
from vault_app.services import holds

if TYPE_CHECKING:
    from vault_app.domain.disclosure import Verdict
    from vault_app.domain.retention import LegalHold
    from vault_app.gui.seam import App


class SubpoenaRefusedOffer(QWidget):
    def __init__(self, controller: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("subpoenaRefusedOffer")
        self.controller = controller
        self.client_id = ""
        self.received_on = date.today()
        self.decision_dialog: QWidget | None = None
        self.note = QLabel()
        self.note.setObjectName("calmNote")
        self.note.setWordWrap(True)
        self.hold = SubpoenaHoldOffer(controller)
        self.hold.offered.connect(self._reletter)
        # No words, and so no letter, while hidden: the page gives the letters when they are shown
        # (_reletter); with words the wizard lettered them at its opening, and a hidden button kept
        # a letter a field of another basis also had.
        self.hold_words = self.hold.button.text().replace("&", "", 1)
        self.record = QPushButton()
        self.record.setObjectName("recordSubpoenaDecision")
        self.record.setAccessibleName(self.tr("Record the decision on this subpoena"))
        self.record.clicked.connect(self.open_decision)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.note, 1)
        row.addWidget(self.record)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.hold)
        self.hide()

    def show_for(self, verdict: Verdict | None, client_id: str, evidence: dict[str, Any]) -> None:
        """Shown under a subpoena's refusal; hidden for any other verdict (None: the form changed)."""
        self.hold.hide()
        self.hold.button.setText("")
        self.record.setText("")
        if verdict is None or verdict.allowed or verdict.basis_kind != "subpoena":
            self.hide()
            return
        self.record.setText(self.tr("Record the decision…"))
        self.hold.button.setText(self.hold_words)
        self.client_id = client_id
        self.received_on = received_day(evidence, date.today())
        words = self.tr("Nothing is released on this subpoena. Record your answer in Decisions (Record the "
                        "decision…): the subpoena, the day it came and your refusal are then documented in the "
                        "chart.")
        # The hold is dated the day received: offered only when that day stands (not after today).
        wrong = received_problems("subpoena", evidence, date.today(), None)
        if wrong:
            words += " " + self.tr("A legal hold is offered once the day received is right: {problem}").format(
                problem=said_text(wrong[0]))
        else:
            self.hold.offer(client_id, self.received_on, "subpoena")
        self.note.setText(words)
        self.show()
        self._reletter()
        # The chart's subpoena hold in force, if any: said with its day instead of the hold offered (the
        # refusal's hint says it too: the gate knows).
        reason = holds.HOLD_AFTER["subpoena"][0]
        self.controller.query(self, lambda v: next((h for h in holds.active_holds(v, client_id)
                                                    if h.reason == reason), None)).success(self._held).run()

    def _held(self, hold: LegalHold | None) -> None:
        if hold is None or not self.isVisible():
            return
        # Not "offered once the day received is right": there is nothing to offer.
        self.note.setText(self.tr("Nothing is released on this subpoena. Record your answer in Decisions (Record the "
                                  "decision…): the subpoena, the day it came and your refusal are then documented in "
                                  "the chart.") + " " + self.tr(
            "This chart is already under a legal hold (placed {date}): it is kept until you release the hold in "
            "Legal holds.").format(date=show_date(locale_format.on_the_clock(hold.placed_at).date())))

    def _reletter(self) -> None:
        """The page's Alt letters given anew with these buttons shown (with letters of their own,
        Record's R and the hold's H were already a subpoena field's: the assurance "received", the
        case number)."""
        page = self.parentWidget()
        while page is not None and not isinstance(page, QWizardPage):
            page = page.parentWidget()
        # Outside a wizard (the open export dialog): its window's letters.
        give_shown_mnemonics(page if page is not None else self.window())

    def open_decision(self) -> None:
        # Lazy (start-up): the decision wizard's code loads when it is first asked for.
        from vault_app.gui.decision_dialog import DecisionDialog
        from vault_app.gui.decision_pages import set_iso

        window = self.window()
        dialog = DecisionDialog(self.controller, self.client_id, trigger="subpoena", parent=window,
                                privacy=bool(window.property("privacy")))
        set_iso(dialog.trigger_page.when, self.received_on)
        self.decision_dialog = dialog
        dialog.open()


__all__ = ["SubpoenaRefusedOffer"]
