"""The confidentiality-decision dialog: a calm, step-by-step record of breaking (or keeping)
confidentiality, usable in minutes under stress.

Trigger -> Duty -> Exception -> Ask -> Law -> Reasoning -> Decision and disclosure ->
the client -> review (what is missing, the disclosure gate's verdict) -> sign. The draft
is saved when the trigger is chosen and whenever the dialog is left, so nothing typed is
lost to an interruption. Self-contained: it takes the app's operations (the controller, or
`VaultOps.over(vault)` for a vault opened without the app) and runs every service call off
the GUI thread.

    DecisionDialog(VaultOps.over(vault), client_id, session_id=..., parent=...)
    DecisionDialog(controller, client_id)            # from the chart or the note editor
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from vault_app.domain.decision_prompts import guide_for
from vault_app.domain.decisions import TRIGGERS
from vault_app.gui.announce import SAID_STYLES, aloud_label
from vault_app.gui.basis_words import exclusion_words
from vault_app.gui.chart_binding import bind_to_chart
from vault_app.gui.date_field import unfinished_date
from vault_app.gui.dates import show_date
from vault_app.gui.decision_client import ClientPage
from vault_app.gui.decision_outcome import OutcomePage
from vault_app.gui.decision_pages import (
    AskPage,
    DutyPage,
    ExceptionPage,
    LawPage,
    ReasoningPage,
    StepPage,
    date_edit,
    iso,
    label,
    set_iso,
)
from vault_app.gui.decision_prompt_words import prompt_words, shown
from vault_app.gui.decision_settings import JurisdictionDialog
from vault_app.gui.decision_words import not_legal_advice_words, sign_warning_words, trigger_words
from vault_app.gui.down_only_scroll import DownOnlyScrollArea
from vault_app.gui.export_checks import shared_notes
from vault_app.gui.gate_words import basis_words, verdict_text
from vault_app.gui.refusal_words import problem_text
from vault_app.gui.screen_fit import size_in_screen
from vault_app.gui.subpoena_hold import SubpoenaHoldOffer
from vault_app.gui.wizard_letters import give_shown_mnemonics
from vault_app.services import attachments, clients, decisions, holds, notes, practice, sessions

if TYPE_CHECKING:
    from vault_app.domain.decision_guide import TriggerGuide
    from vault_app.domain.decisions import Decision
    from vault_app.domain.practice import Jurisdiction
    from vault_app.gui.seam import Operations
    from vault_app.services.decisions import Readiness, SignResult
    from vault_app.services.vault import Vault

def gather(vault: Vault, client_id: str, decision_id: str | None) -> dict[str, Any]:
    """Worker side: the settings, the chart's selectable records, and a draft to resume."""

    client = clients.get_client(vault, client_id)
    profile = practice.load(vault)
    found: dict[str, Any] = {
        "jurisdiction": profile.jurisdiction,
        "license_state": profile.license_state,  # a subpoena's rule is the state's privilege where listed
        "age": client.age(date.today()),
        "sessions": [(s.session_id, s.date.isoformat()) for s in sessions.list_sessions(vault, client_id)],
        "progress": [(n.note_id, n.note_date.isoformat(), "signed" if n.signed else "draft", n.session_id or "")
                     for n in notes.list_notes(vault, client_id)],
        "attachments": [(a.attachment_id, a.kind, a.filename or a.attachment_id)
                         for a in attachments.list_attachments(vault, client_id)],
        "decision": decisions.get(vault, decision_id) if decision_id else None,
        "client": client,
        "shared": shared_notes(vault, client_id),  # notes that may hold what other people said
    }
    return found


class TriggerPage(QWizardPage):
    def __init__(self, dialog: DecisionDialog) -> None:
        super().__init__()
        self.dialog = dialog
        self.setTitle(self.tr("What happened?"))
        self.setSubTitle(self.tr("Take a breath. This record walks you through the decision one question at a time."))
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        layout = QVBoxLayout(self)
        for key in TRIGGERS:
            # Shown in the screen's language; what is stored and signed stays the key and the domain's label.
            button = QRadioButton(trigger_words(key))
            button.setAccessibleName(self.tr("Trigger: {0}").format(trigger_words(key)))
            self.group.addButton(button)
            self.buttons[key] = button
            layout.addWidget(button)
        self.summary = label("", "calmNote")
        self.summary.setAccessibleName(self.tr("What this usually requires"))
        self.when = date_edit(self.tr("Date of the event"))
        self.session = QComboBox()
        self.session.setAccessibleName(self.tr("Session it came up in"))
        form = QFormLayout()
        form.addRow(self.tr("When:"), self.when)
        form.addRow(self.tr("Session:"), self.session)
        layout.addSpacing(6)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(label(not_legal_advice_words(), "calmNote"))
        layout.addStretch(1)
        self.group.buttonToggled.connect(lambda *_a: self._chosen())
        self.waiting = False

    def trigger(self) -> str | None:
        for key, button in self.buttons.items():
            if button.isChecked():
                return key
        return None

    def _chosen(self) -> None:
        trigger = self.trigger()
        if trigger:
            self.summary.setText(prompt_words(self.dialog.guide_for(trigger).summary))
        self.completeChanged.emit()

    def set_sessions(self, sessions: list[tuple[str, str]], chosen: str | None) -> None:
        self.session.clear()
        self.session.addItem(self.tr("(not linked to a session)"), None)
        for session_id, day in sessions:
            self.session.addItem(show_date(day), session_id)
        if chosen:
            self.session.setCurrentIndex(max(0, self.session.findData(chosen)))

    def isComplete(self) -> bool:
        return self.trigger() is not None and not self.waiting

    def validatePage(self) -> bool:
        if unfinished_date(self.when):
            return False
        if self.dialog.decision_id:
            return True
        self.waiting = True
        self.completeChanged.emit()
        self.dialog.start_draft(self.trigger() or "", self.session.currentData(), iso(self.when))
        return False


class DecisionReviewPage(QWizardPage):
    """The last look before signing. Its own Qt context: "ReviewPage" is the import wizard's
    page too, and a context is translated whole or not at all (tests/gui/test_i18n.py)."""

    def __init__(self, dialog: DecisionDialog) -> None:
        super().__init__()
        self.dialog = dialog
        self.setTitle(self.tr("Review and sign"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Sign and lock"))
        # "Not ready to sign yet." (or ready) said as it comes, not the "Saving…" before it.
        self.state = aloud_label(self.tr("Saving…"), "sectionTitle", styles=SAID_STYLES | {"verdictOk"})
        self.state.setAccessibleName(self.tr("Ready to sign"))
        self.details = label("")
        self.details.setAccessibleName(self.tr("What is missing"))
        self.verdict = label("")
        self.verdict.setAccessibleName(self.tr("Disclosure gate"))
        layout = QVBoxLayout(self)
        for widget in (self.state, self.details, self.verdict):
            layout.addWidget(widget)
        layout.addWidget(label(self.tr("Once signed, the record cannot change; later facts go into addenda."),
                               "calmNote"))
        layout.addStretch(1)
        self.readiness: Readiness | None = None
        self.signing = False

    def initializePage(self) -> None:
        self.readiness = None
        self.state.setText(self.tr("Saving…"))
        self.details.setText("")
        self.verdict.setText("")
        self.completeChanged.emit()
        self.dialog.save(then=self.dialog.check)

    def show_readiness(self, ready: Readiness) -> None:
        self.readiness = ready
        self.state.setText(self.tr("Ready to sign.") if ready.can_sign else self.tr("Not ready to sign yet."))
        self.state.setObjectName("verdictOk" if ready.can_sign else "verdictRefused")
        self.state.style().unpolish(self.state)
        self.state.style().polish(self.state)
        # Each problem by its code (refusal_words_legal), each warning by its code (decision_prompt_words),
        # inside a frame in the same language: in English, all of it is the core's own text.
        lines = [self.tr("Still needed: {0}.").format(problem_text(p)) for p in ready.problems]
        lines += [self.tr("Note: {0}").format(sign_warning_words(w)) for w in ready.warnings]
        self.details.setText("\n".join(lines))
        v = ready.verdict
        if v is None:
            self.verdict.setText(self.tr("Nothing will be disclosed."))
        elif v.allowed:
            where = (self.tr("It will appear in the client's accounting of disclosures.") if v.accountable
                     else self.tr("It is left out of the client's accounting ({0}).").format(
                         exclusion_words(v.basis_kind, v.exclusion)))
            self.verdict.setText(self.tr("Disclosure allowed under {0} ({1}). {2}")
                                     .format(basis_words(v), v.citation, where))
        else:
            prefix = self.tr("No disclosure: ") if not ready.discloses else self.tr("Disclosure refused: ")
            self.verdict.setText(prefix + verdict_text(v))  # by the gate's codes, in the screen's language
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.readiness is not None and self.readiness.can_sign and not self.signing

    def validatePage(self) -> bool:
        if self.dialog.result_signed is not None:
            return True
        self.signing = True
        self.completeChanged.emit()
        self.dialog.sign()
        return False


class DonePage(QWizardPage):
    def __init__(self, dialog: DecisionDialog) -> None:
        super().__init__()
        self.dialog = dialog
        self.setTitle(self.tr("Signed"))
        # Signed is done: Close only (DecisionDialog hides Cancel here). Finish and Cancel side
        # by side read as if the signature could still be undone (found in the real app).
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))
        self.text = label("")
        self.text.setAccessibleName(self.tr("Signed decision"))
        self.hold = SubpoenaHoldOffer(dialog.ops)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.hold)
        layout.addStretch(1)

    def initializePage(self) -> None:
        result = self.dialog.result_signed
        if result is None:
            return
        lines = [self.tr("Decision {0} is signed and locked.").format(result.decision.decision_id)]
        if result.disclosure_id:
            lines.append(self.tr("Disclosure {0} is recorded in the ledger.").format(result.disclosure_id))
        if self.dialog.guide and self.dialog.guide.must_not_tell_client:
            lines.append(self.tr("The client must not be told."))
        if result.decision.follow_up:
            # In the screen's language as the Client step showed them (a step left as offered is
            # kept in the domain's English): the signed page said them in English in Spanish
            offered = self.dialog.client_page.offerable()
            lines.append(self.tr("Follow-up: {0}").format(
                "; ".join(shown(step, offered) for step in result.decision.follow_up)))
        self.text.setText("\n\n".join(lines))
        if result.decision.trigger in holds.HOLD_AFTER:  # a subpoena, or a court order: litigation
            self.hold.offer(result.decision.client_id, result.decision.occurred_on, result.decision.trigger)


def _scrolls(page: QWizardPage) -> None:
    """The page's fields move into a scroll area that fills the page: taller than the window,
    the step scrolls down and the wizard's Next and Back stay on the screen. The page's own
    layout is kept (moved, with its widgets), so what a page adds to it later lands inside."""
    body = QWidget()
    held = page.layout()
    if held is None:
        return
    body.setLayout(held)  # Qt takes it from the page, its widgets with it
    area = DownOnlyScrollArea()
    area.setObjectName("decisionStepBody")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(body)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)


class DecisionDialog(QWizard):
    def __init__(
        self,
        ops: Operations,
        client_id: str,
        *,
        session_id: str | None = None,
        trigger: str | None = None,
        decision_id: str | None = None,
        parent: QWidget | None = None,
        privacy: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.client_id = client_id
        self._privacy = privacy
        self.decision_id = decision_id
        self.jurisdiction: Jurisdiction | None = None
        self.license_state = ""
        self.client_age: int | None = None
        self.guide: TriggerGuide | None = None
        self.loaded = False
        self.result_signed: SignResult | None = None
        self.settings_dialog: JurisdictionDialog | None = None
        self.setObjectName("decisionDialog")
        self.setWindowTitle(self.tr("Confidentiality decision"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        # Qt's own Cancel has no Alt letter (nor its Spanish "Cancelar"); set before the pages
        # letter their fields, which leave the wizard buttons' letters alone
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("&Cancel"))
        self.trigger_page = TriggerPage(self)
        self.duty_page = DutyPage(self)
        self.exception_page = ExceptionPage(self)
        self.ask_page = AskPage(self)
        self.law_page = LawPage(self)
        self.reasoning_page = ReasoningPage(self)
        self.outcome_page = OutcomePage(self)
        self.client_page = ClientPage(self)
        self.review_page = DecisionReviewPage(self)
        self.done_page = DonePage(self)
        for page in self.pages():
            self.addPage(page)
        # Alt letters for each page's labels and choices ("When:", "Session:" had none), given
        # to what a page shows: the outcome's choices, fields and the basis's evidence are made
        # or shown anew per trigger, outcome and basis, more of them than there are letters
        for page in self.pages():
            give_shown_mnemonics(page)
        outcome = self.outcome_page
        outcome.basis.currentIndexChanged.connect(lambda _i: give_shown_mnemonics(outcome))
        outcome.group.buttonToggled.connect(lambda _b, _on: give_shown_mnemonics(outcome))
        for page in self.pages():
            _scrolls(page)
        # Within the screen: 640 high (959 in Spanish, the trigger page's eight choices and the
        # notice under them) put Next below a 1366x768 laptop's edge at 150 %.
        self.resize(size_in_screen(self, QSize(780, 640)))
        if trigger in self.trigger_page.buttons:
            self.trigger_page.buttons[trigger].setChecked(True)
        self._session_id = session_id
        self.ops.query(self, lambda v: gather(v, client_id, decision_id)).success(self._gathered).run()

    def initializePage(self, page_id: int) -> None:
        super().initializePage(page_id)
        if self.page(page_id) is self.done_page:
            self.setOption(QWizard.WizardOption.NoCancelButton, True)
        give_shown_mnemonics(self.page(page_id))  # what the page made or shows for the trigger chosen

    def pages(self) -> list[QWizardPage]:
        return [self.trigger_page, *self.step_pages(), self.review_page, self.done_page]

    def step_pages(self) -> list[StepPage]:
        return [self.duty_page, self.exception_page, self.ask_page, self.law_page, self.reasoning_page,
                self.outcome_page, self.client_page]

    def step_number(self, page: StepPage) -> int:
        return self.step_pages().index(page) + 1

    def step_count(self) -> int:
        return len(self.step_pages())

    def guide_for(self, trigger: str) -> TriggerGuide:
        return guide_for(trigger, self.jurisdiction, self.client_age, self.license_state)

    # --- loading -------------------------------------------------------------------------
    def _gathered(self, found: dict[str, Any]) -> None:
        self.jurisdiction = found["jurisdiction"]
        self.license_state = str(found.get("license_state") or "")
        self.client_age = found["age"]
        if self.property("client_id") is None:
            bind_to_chart(self, found["client"], self.tr("Confidentiality decision"), self._privacy)
        decision: Decision | None = found["decision"]
        self.trigger_page.set_sessions(found["sessions"], decision.session_id if decision else self._session_id)
        self.outcome_page.set_records(found["progress"], found["sessions"], found["attachments"], found["shared"])
        if decision is not None:
            self._resume(decision)
        elif self.trigger_page.trigger():
            self.trigger_page.summary.setText(prompt_words(self.guide_for(self.trigger_page.trigger() or "").summary))

    def _resume(self, decision: Decision) -> None:
        self.loaded = True
        self.trigger_page.buttons[decision.trigger].setChecked(True)
        for button in self.trigger_page.buttons.values():
            button.setEnabled(False)
        when: QDateEdit = self.trigger_page.when
        set_iso(when, decision.occurred_on)
        self.guide = self.guide_for(decision.trigger)
        for page in self.step_pages():
            page.load(decision)

    # --- jurisdiction settings ------------------------------------------------------------
    def edit_settings(self) -> JurisdictionDialog | None:
        if self.jurisdiction is None:
            return None
        dialog = JurisdictionDialog(self.ops, self.jurisdiction, parent=self)
        dialog.saved.connect(self.settings_changed)
        dialog.show()
        self.settings_dialog = dialog
        return dialog

    def settings_changed(self, jurisdiction: Jurisdiction) -> None:
        self.jurisdiction = jurisdiction
        old = self.guide
        trigger = old.trigger if old else self.trigger_page.trigger()
        if trigger:
            self.guide = self.guide_for(trigger)
            self.trigger_page.summary.setText(prompt_words(self.guide.summary))
            if old is not None:
                self.exception_page.resuggest(old, self.guide)
        self.law_page.show_settings()

    # --- the draft -----------------------------------------------------------------------
    def start_draft(self, trigger: str, session_id: str | None, occurred_on: str) -> None:
        client_id = self.client_id
        self.ops.op(self, lambda v: decisions.start(v, client_id, trigger, session_id=session_id,
                                                    occurred_on=occurred_on), label=self.tr("Starting the record…")) \
            .success(self._started).failure(self._start_failed).run()

    def _started(self, decision: Decision) -> None:
        self.decision_id = decision.decision_id
        self.guide = self.guide_for(decision.trigger)
        for button in self.trigger_page.buttons.values():
            button.setEnabled(False)
        self.trigger_page.waiting = False
        self.next()

    def _start_failed(self, _exc: BaseException) -> bool:
        self.trigger_page.waiting = False
        self.trigger_page.completeChanged.emit()
        return False

    def changes(self) -> dict[str, Any]:
        values: dict[str, Any] = {"occurred_on": iso(self.trigger_page.when),
                                  "session_id": self.trigger_page.session.currentData()}
        for page in self.step_pages():
            values.update(page.values())
        return values

    def save(self, then: Callable[[], None] | None = None) -> None:
        if not self.decision_id or self.result_signed is not None:
            return
        decision_id, changes = self.decision_id, self.changes()
        self.ops.op(self, lambda v: decisions.update(v, decision_id, changes), label=self.tr("Saving…")) \
            .success(lambda _d: then() if then else None).failure(self._save_failed).run()

    def _save_failed(self, _exc: BaseException) -> bool:
        self.review_page.state.setText(
            self.tr("Not saved: correct the step named in the message, then come back here."))
        return False

    def check(self) -> None:
        decision_id = self.decision_id or ""
        self.ops.query(self, lambda v: decisions.readiness(v, decision_id)).success(self.review_page.show_readiness) \
            .run()

    def sign(self) -> None:
        decision_id = self.decision_id or ""
        self.ops.op(self, lambda v: decisions.sign(v, decision_id), label=self.tr("Signing…")).success(self._signed) \
            .failure(self._sign_failed).run()

    def _signed(self, result: SignResult) -> None:
        self.result_signed = result
        self.review_page.signing = False
        self.next()

    def _sign_failed(self, _exc: BaseException) -> bool:
        self.review_page.signing = False
        self.check()
        return False

    def reject(self) -> None:
        # Leaving keeps the draft: an interruption must never lose what was written.
        self.save()
        super().reject()


__all__ = ["DecisionDialog", "gather"]
