"""The destruction wizard's second page: on what basis the chart is destroyed. Only a basis the
chart meets is offered (its retention period ended), and the psychotherapy notes, destroyed
with the chart, are unlocked here."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from vault_app.domain.destruction import MIN_OVERRIDE_REASON, EarlyDestruction, early_destruction
from vault_app.domain.errors import WrongPassphrase
from vault_app.gui import file_dialogs
from vault_app.gui.dates import show_deadline
from vault_app.gui.passphrase import PassphraseField
from vault_app.gui.widgets import chooser_button, wrapped_label

if TYPE_CHECKING:
    from vault_app.gui.seam import App


class BasisPage(QWizardPage):
    def __init__(self, controller: App, facts: Callable[[], dict[str, Any] | None]) -> None:
        """`facts`: what the eligibility page found (destruction_wizard.eligibility)."""
        super().__init__()
        self.controller = controller
        self.facts = facts
        self.setTitle(self.tr("On what basis?"))
        self.retention = QRadioButton(self.tr("The retention period has ended"))
        self.permission = QRadioButton(self.tr("The client asked in writing (attach the signed request)"))
        self.override = QRadioButton(self.tr("Another documented reason (override)"))
        self.retention.setChecked(True)
        self.group = QButtonGroup(self)
        for i, b in enumerate((self.retention, self.permission, self.override)):
            self.group.addButton(b, i)
        self.permission_file: Path | None = None
        self.early = False  # the retention period has not ended (initializePage)
        self.early_note = wrapped_label("", "calmNote", selectable=True)
        self.early_note.setVisible(False)
        self.permission_label = wrapped_label("", "calmNote", selectable=True)
        attach = self.attach = chooser_button(self.tr("Attach the signed request…"))
        attach.clicked.connect(self._choose)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Override reason"))
        self.reason.setPlaceholderText(self.tr("at least 15 characters, no client names"))
        self.witness = QLineEdit()
        self.witness.setAccessibleName(self.tr("Witness"))
        self.witness.setPlaceholderText(self.tr("optional"))
        self.psy_note = wrapped_label(
            self.tr("The chart's psychotherapy notes are destroyed too, so they must be unlocked."), selectable=True)
        self.passphrase = PassphraseField(self.tr("Passphrase"), self.tr("Passphrase for psychotherapy notes"))
        self.unlock_button = QPushButton(self.tr("Unlock psychotherapy notes"))
        self.unlock_button.clicked.connect(self._unlock)
        # A typo said here, by the field, in the wizard's words (it came in an error box that
        # did not say whether anything had been destroyed).
        self.psy_problem = wrapped_label("", "verdictRefused", selectable=True)
        self.psy_problem.setVisible(False)
        self.passphrase.on_enter(self._unlock)
        row = QHBoxLayout()
        row.addWidget(attach)
        row.addWidget(self.permission_label, 1)
        unlock_row = QHBoxLayout()
        unlock_row.addWidget(self.passphrase, 1)
        unlock_row.addWidget(self.unlock_button)
        form = QFormLayout()
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow(self.tr("Witness:"), self.witness)
        layout = QVBoxLayout(self)
        for b in (self.retention, self.permission):
            layout.addWidget(b)
        layout.addLayout(row)
        layout.addWidget(self.override)
        # Above the reason it asks for, whichever basis goes early.
        layout.addWidget(self.early_note)
        layout.addLayout(form)
        layout.addSpacing(12)
        layout.addWidget(self.psy_note)
        layout.addLayout(unlock_row)
        layout.addWidget(self.psy_problem)
        layout.addStretch(1)
        self.group.idToggled.connect(lambda *_a: self._early_state())
        self.reason.textChanged.connect(self.completeChanged)
        # A bound method, not a lambda: Qt drops the connection when the page is deleted (a lock
        # deletes an open wizard; the controller, and its signal, live on into the next session).
        controller.psychotherapy_changed.connect(self._psy_changed)

    def initializePage(self) -> None:
        self._offer_bases()
        self._psy_state()

    def _offer_bases(self) -> None:
        """Found in the real app: the page chose "The retention period has ended" for a chart the
        page before said must be kept for years, and only the last click was refused. A basis
        the chart does not meet is not offered; before the end, either basis needs the reason for
        destroying early written down (domain.destruction.early_destruction)."""
        facts = self.facts() or {}
        eligible = bool(facts.get("eligible"))
        until = facts.get("eligible_on")
        self.retention.setEnabled(eligible)
        if eligible:
            self.retention.setText(self.tr("The retention period has ended"))
            if self.group.checkedButton() is None:
                self.retention.setChecked(True)
        else:
            self.retention.setText(
                self.tr("The retention period has ended (not before {0})").format(show_deadline(until))
                if until else self.tr("The retention period has ended (it cannot be computed)"))
            # The first basis the chart can meet; each asks for what it needs (the signed request
            # and the reason for going early, or the override's reason). A choice is checked so
            # that the arrows move it, as on any radio group (Qt moves only a checked choice).
            if self.group.checkedButton() in (None, self.retention):
                self.permission.setChecked(True)
        self._early_state()
        first = self.retention if eligible else self.permission
        first.setFocus()

    def early_rule(self) -> EarlyDestruction | None:
        """The chosen basis before the retention end (domain.destruction.early_destruction), or None."""
        facts = self.facts() or {}
        until, today = facts.get("eligible_on"), facts.get("today")
        if not today:
            return None
        return early_destruction(self.kind(), date.fromisoformat(until) if until else None, date.fromisoformat(today),
                                 str(facts.get("source") or ""))

    def _early_state(self) -> None:
        """Found in the real app: the chart "must be kept until 12/05/2033", yet the override asked only for 15
        characters of reason. Before the retention end, on either basis, the page says the destruction is early,
        names the rule it departs from, and asks why (the certificate records both)."""
        early = self.early_rule()
        self.early = early is not None
        if early is not None:
            facts = self.facts() or {}
            source = early.rule or self.tr("your retention policy")
            kept = (self.tr("This destruction is early: chart {0} must be kept until {1} under {2}.")
                    .format(facts.get("chart_number", ""), show_deadline(early.until), source)
                    if early.until else
                    self.tr("This destruction is early: chart {0} must be kept for a period that cannot be computed "
                            "under {1}.").format(facts.get("chart_number", ""), source))
            why = (self.tr("A client's written permission does not shorten a retention period set by state law or "
                           "your licensing board: write below why the chart goes early.")
                   if early.kind == "permission" else
                   self.tr("An override departs from that rule and does not shorten it: write below why the chart "
                           "goes early."))
            self.early_note.setText(f"{kept} {why}")
            self.reason.setPlaceholderText(self.tr("why before the end of the retention period: at least 15 "
                                                   "characters, no client names"))
        else:
            self.reason.setPlaceholderText(self.tr("at least 15 characters, no client names"))
        self.early_note.setVisible(early is not None)
        self.completeChanged.emit()

    def _psy_changed(self, _unlocked: bool) -> None:
        self._psy_state()

    def _psy_state(self) -> None:
        unlocked = self.controller.psychotherapy_open
        focus = QApplication.focusWidget()
        typing_here = focus is not None and (focus is self.unlock_button or self.passphrase.isAncestorOf(focus))
        self.passphrase.setVisible(not unlocked)
        self.unlock_button.setVisible(not unlocked)
        if unlocked and typing_here:
            # Found in the real app: the field hidden under the keyboard handed it to "< Back",
            # and the Enter meant for Next went back a page.
            self._focus_what_is_missing()
        self.psy_note.setText(self.tr("Psychotherapy notes are unlocked.") if unlocked else
                              self.tr("The chart's psychotherapy notes are destroyed too, so unlock them first."))
        self.completeChanged.emit()

    def _unlock(self) -> None:
        phrase = self.passphrase.text()
        self.passphrase.clear()
        if phrase:
            self.psy_problem.setVisible(False)
            self.controller.unlock_psychotherapy(self, phrase, on_error=self._refused)

    def _refused(self, exc: BaseException) -> bool:
        if not isinstance(exc, WrongPassphrase):
            return False
        self.psy_problem.setText(self.tr("That psychotherapy passphrase is not right; nothing was destroyed. "
                                         "Type it again."))
        self.psy_problem.setVisible(True)
        self.passphrase.setFocus()
        return True

    def _focus_what_is_missing(self) -> None:
        """The keyboard goes where the page still needs something, else to the basis chosen
        (Enter there is the wizard's Next)."""
        kind = self.kind()
        reason_short = len(self.reason.text().strip()) < MIN_OVERRIDE_REASON
        if kind == "permission" and self.permission_file is None:
            self.attach.setFocus()
        elif reason_short and (kind == "override" or (kind == "permission" and self.early)):
            self.reason.setFocus()
        else:
            checked = self.group.checkedButton()
            (checked or self.retention).setFocus()

    def _choose(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Signed request"), str(Path.home()),
                                     "Scans (*.pdf *.png *.jpg *.jpeg)")
        if path:
            self.set_permission(Path(path))

    def set_permission(self, path: Path) -> None:
        self.permission_file = path
        self.permission_label.setText(path.name)
        self.permission.setChecked(True)

    def kind(self) -> str:
        return ("retention", "permission", "override")[max(0, self.group.checkedId())]

    def isComplete(self) -> bool:
        if not self.controller.psychotherapy_open or self.group.checkedButton() is None:
            return False
        if self.kind() == "override":
            return len(self.reason.text().strip()) >= MIN_OVERRIDE_REASON
        if self.kind() == "permission":
            return self.permission_file is not None and (
                not self.early or len(self.reason.text().strip()) >= MIN_OVERRIDE_REASON)
        return self.retention.isEnabled()
