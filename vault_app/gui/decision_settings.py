"""The jurisdiction settings the confidentiality prompts use, editable where they are used.

Duty to warn (mandatory, permissive, none), elder-abuse reporting age and scope, age of
consent for treatment. A neutral baseline ships; the therapist sets their state's values.
The shipped name and scope are shown in the screen's language while unchanged, and saved as
the domain's English when left as shown: what a decision records stays what the CLI writes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain import duty_to_protect, minor_consent_presets
from vault_app.domain.minor_consent_presets import MinorConsentPreset
from vault_app.gui.client_confidentiality import WHY_SETTINGS, tell_stale
from vault_app.gui.decision_prompt_words import setting_words
from vault_app.gui.decision_words import not_legal_advice_words
from vault_app.gui.duty_to_protect_words import DUTY_TO_WARN, proposal_words
from vault_app.gui.escape_guard import GuardedDialog, typed_into
from vault_app.gui.minor_consent_words import rule_words, source_words
from vault_app.gui.number_field import YEARS, TypedNumber, refused_number, said
from vault_app.gui.widgets import give_form_mnemonics, wrapped_label
from vault_app.gui.wizard_letters import give_shown_mnemonics_as_rows_change
from vault_app.services import care_confidentiality, decisions

if TYPE_CHECKING:
    from vault_app.domain.authorization import Authorization
    from vault_app.domain.practice import Jurisdiction
    from vault_app.gui.seam import Operations
    from vault_app.services.vault import Vault



class JurisdictionDialog(GuardedDialog):
    saved = Signal(object)

    def __init__(self, ops: Operations, jurisdiction: Jurisdiction, parent: QWidget | None = None,
                 license_state: str = "") -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(self.tr("Jurisdiction settings"))
        self._shown = {"name": jurisdiction.name, "elder_abuse_scope": jurisdiction.elder_abuse_scope}
        self._consent_was = jurisdiction.age_of_consent_for_treatment
        self._source_was = jurisdiction.minor_consent_source
        self.name = QLineEdit(setting_words("name", jurisdiction.name))
        self.name.setAccessibleName(self.tr("Jurisdiction"))
        self.duty = QComboBox()
        self.duty.setAccessibleName(self.tr("Duty to warn"))
        for key, text in DUTY_TO_WARN:
            self.duty.addItem(self.tr(text), key)
        self.duty.setCurrentIndex(max(0, self.duty.findData(jurisdiction.duty_to_warn)))
        # The license state's duty to warn or protect when the app knows one not in force (domain/
        # duty_to_protect; walker CA, finding 4: offered on the command line only): said with its case and
        # statute, one press puts it in the list, saved with the rest.
        proposed_duty = duty_to_protect.proposal(jurisdiction, license_state)
        self.duty_rule = wrapped_label(proposal_words(proposed_duty) if proposed_duty else "", "warningNote",
                                       selectable=True)
        # Under the list it speaks of: a row taller than its lines (claimed while the window was narrower)
        # left a blank line above it (seen on Xvfb).
        self.duty_rule.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.use_state_duty = QPushButton(self.tr("Use your state's duty to protect"))
        self._proposed_duty = proposed_duty
        self.use_state_duty.clicked.connect(self._use_state_duty)
        self.duty.currentIndexChanged.connect(self._duty_chosen)
        self.elder_age = TypedNumber(40, 100, 40, range_said=said(YEARS))
        self.elder_age.setValue(jurisdiction.elder_abuse_reporting_age)
        self.elder_age.setAccessibleName(self.tr("Elder-abuse reporting age"))
        self.elder_scope = QLineEdit(setting_words("elder_abuse_scope", jurisdiction.elder_abuse_scope))
        self.elder_scope.setAccessibleName(self.tr("What the elder-abuse duty covers"))
        # Wide enough to read the shipped scope whole (its Spanish is longer than the field's default).
        self.elder_scope.setMinimumWidth(min(600, self.elder_scope.fontMetrics().horizontalAdvance(
            self.elder_scope.text()) + 24))
        self.consent = TypedNumber(1, 30, 1, range_said=said(YEARS))
        self.consent.setValue(jurisdiction.age_of_consent_for_treatment)
        self.consent.setAccessibleName(self.tr("Age of consent for treatment"))
        # Where the age comes from (a state's rule as accepted), and the license state's rule when
        # the app knows one not in force: one press puts its age in the field, saved with its
        # section and conditions (domain/minor_consent_presets; walk-teen round 33).
        self._stored_consent = jurisdiction.age_of_consent_for_treatment
        self._accepted: MinorConsentPreset | None = None
        self.consent_source = wrapped_label(source_words(jurisdiction.minor_consent_source), "calmNote",
                                            selectable=True)
        self._proposed = minor_consent_presets.proposal(jurisdiction, license_state)
        self.use_state_rule = QPushButton(self.tr("Use your state's minors' rule"))
        self.use_state_rule.clicked.connect(self._use_state_rule)
        self.consent.valueChanged.connect(self._consent_typed)
        form = QFormLayout()
        form.addRow(self.tr("Jurisdiction:"), self.name)
        form.addRow(self.tr("Duty to warn:"), self.duty)
        form.addRow("", self.duty_rule)
        duty_row = QHBoxLayout()
        duty_row.addWidget(self.use_state_duty)
        duty_row.addStretch(1)
        form.addRow("", duty_row)
        form.addRow(self.tr("Elder abuse, from age:"), self.elder_age)
        form.addRow(self.tr("Elder abuse covers:"), self.elder_scope)
        form.addRow(self.tr("Age of consent for treatment:"), self.consent)
        form.addRow("", self.consent_source)
        button_row = QHBoxLayout()
        button_row.addWidget(self.use_state_rule)
        button_row.addStretch(1)
        form.addRow("", button_row)
        note = QLabel(not_legal_advice_words())
        note.setWordWrap(True)
        note.setObjectName("calmNote")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        # Shown or hidden once in the window: made visible while they had no parent, each was a
        # window of its own for a moment (tests/gui/parentless.py).
        self.duty_rule.setVisible(proposed_duty is not None)
        self.use_state_duty.setVisible(proposed_duty is not None)
        self.consent_source.setVisible(bool(jurisdiction.minor_consent_source))
        self.use_state_rule.setVisible(self._proposed is not None)
        # No Alt letter at all, not even Save's or Cancel's (found walking by keyboard): Save and
        # Cancel first, then the labels shown (Use your state's rule shows for some states only).
        give_form_mnemonics(self.buttons, self.buttons.buttons())
        give_shown_mnemonics_as_rows_change(self)

    def _use_state_rule(self) -> None:
        found = self._proposed
        if found is None:
            return
        self.consent.setValue(found.age)
        self._accepted = found
        self.consent_source.setText(rule_words(found))
        self.consent_source.setVisible(True)
        self.use_state_rule.setVisible(False)  # done: the field holds the rule's age
        # As tall as the rule's lines once laid out: it overlapped the button below (seen on Xvfb).
        QTimer.singleShot(0, self.adjustSize)

    def _use_state_duty(self) -> None:
        if self._proposed_duty is not None:
            self.duty.setCurrentIndex(max(0, self.duty.findData(self._proposed_duty.kind)))
            self.duty.setFocus()

    def _duty_chosen(self) -> None:
        """The button shows while the list says other than the state's duty (pressed, or chosen by hand)."""
        found = self._proposed_duty
        self.use_state_duty.setVisible(found is not None and self.duty.currentData() != found.kind)

    def _consent_typed(self) -> None:
        if self._accepted is not None and self.consent.value() != self._accepted.age:
            self._accepted = None  # an age of her own: the rule's statement is no longer its source
            self.consent_source.setVisible(False)
            self.use_state_rule.setVisible(self._proposed is not None)

    def typed(self) -> bool:
        """The jurisdiction's rules as corrected: Escape or the title bar's × asks before losing it
        (gui/escape_guard.py)."""
        return typed_into(self)

    def _typed(self, field: str, edit: QLineEdit) -> str:
        """What the field holds, as saved: the stored value when left as shown in the screen's language."""
        typed, stored = edit.text().strip(), self._shown[field]
        return stored if typed == setting_words(field, stored).strip() else typed

    def values(self) -> dict[str, Any]:
        return {
            "name": self._typed("name", self.name),
            "duty_to_warn": self.duty.currentData(),
            "elder_abuse_reporting_age": self.elder_age.value(),
            "elder_abuse_scope": self._typed("elder_abuse_scope", self.elder_scope),
            "age_of_consent_for_treatment": self.consent.value(),
            **({} if self._accepted is None else minor_consent_presets.changes_for(self._accepted)),
        }

    def save(self) -> None:
        if refused_number(self.elder_age, self.consent):
            return
        values = self.values()
        # The age of consent (or the state rule it comes from) changed: forms a parent signed may no longer
        # stand on their signing day (a Part 2 consent, 42 CFR 2.14(a)), on any chart: said after the save.
        recheck = (values["age_of_consent_for_treatment"] != self._consent_was
                   or values.get("minor_consent_source", self._source_was) != self._source_was)
        self.ops.op(self, lambda v: saved_and_stale(v, values, recheck), label=self.tr("Saving settings…")) \
            .success(self._saved).run()

    def _saved(self, found: tuple[Jurisdiction, tuple[Authorization, ...]]) -> None:
        jurisdiction, stale = found
        self.saved.emit(jurisdiction)
        host = self.parentWidget()
        self.accept()
        if stale and host is not None:
            self.notice = tell_stale(host, stale, None, why=WHY_SETTINGS)


def saved_and_stale(vault: Vault, values: dict[str, Any],
                    recheck: bool) -> tuple[Jurisdiction, tuple[Authorization, ...]]:
    """Worker side: the settings saved, and the forms on every chart whose signer they no longer let stand."""
    saved = decisions.update_jurisdiction(vault, **values)
    return saved, tuple(care_confidentiality.practice_signers_no_longer_valid(vault)) if recheck else ()


__all__ = ["JurisdictionDialog"]
