"""Settings > About you and the practice > Minors' consent to treatment: the age from which a
minor consents alone, where it comes from, and the license state's rule when the app knows one
not in force (domain/minor_consent_presets.py), applied on Save only when ticked.

Found by a walker (California, adolescents, round 33): Settings had no age-of-consent field, and
choosing California left the federal 18, so a 17-year-old's own signature was refused."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QDialog, QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from vault_app.domain import minor_consent_presets
from vault_app.domain.practice import Jurisdiction
from vault_app.gui.minor_consent_words import rule_words, source_words
from vault_app.gui.widgets import wrapped_label

if TYPE_CHECKING:
    from vault_app.gui.seam import App


class MinorConsentBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Minors' consent to treatment"))
        self.current: Jurisdiction | None = None  # as saved, once read
        self.state = ""
        self.in_force = wrapped_label("", "calmNote", selectable=True)
        self.proposal = wrapped_label("", "warningNote", selectable=True)
        self.accept_rule = QCheckBox(self.tr("Apply your state's minors' rule when you save"))
        self.accept_rule.setAccessibleName(self.tr("Apply your state's minors' rule when you save"))
        # The age itself, editable here too (it was only under a decision's Jurisdiction settings).
        self.edit = QPushButton(self.tr("Jurisdiction settings…"))
        self.edit.clicked.connect(self.edit_settings)
        self.controller: App | None = None
        self.dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.in_force)
        layout.addWidget(self.proposal)
        layout.addWidget(self.accept_rule)
        row = QHBoxLayout()
        row.addWidget(self.edit)
        row.addStretch(1)
        layout.addLayout(row)
        self._say()

    def edit_settings(self) -> QDialog | None:
        if self.controller is None or self.current is None:
            return None
        # Lazy (memory): the decision settings dialog only when asked for
        from vault_app.gui.decision_settings import JurisdictionDialog

        dialog = JurisdictionDialog(self.controller, self.current, parent=self, license_state=self.state)
        dialog.saved.connect(self._show)
        dialog.show()
        self.dialog = dialog
        return dialog

    def load(self, controller: App) -> None:
        self.controller = controller
        # Lazy (memory): read with the dialog, not at start-up
        from vault_app.services import practice

        controller.query(self, lambda v: practice.load(v).jurisdiction).success(self._show).run()

    def _show(self, jurisdiction: Jurisdiction) -> None:
        self.current = jurisdiction
        self._say()

    def set_state(self, state: str) -> None:
        """The license state as chosen on the page (saved or not)."""
        self.state = state.strip().upper()
        self._say()

    def _say(self) -> None:
        j = self.current
        if j is None:
            self.in_force.setText(" ")
        else:
            source = source_words(j.minor_consent_source) if j.minor_consent_source else self.tr(
                "no state's rule applied: from this age the client signs; below it, the parent or guardian.")
            self.in_force.setText(self.tr("Age of consent for treatment: {0} ({1}).").format(
                j.age_of_consent_for_treatment, source.rstrip(".")))
        found = None if j is None else minor_consent_presets.proposal(j, self.state)
        self.proposal.setText(rule_words(found) if found is not None else "")
        self.proposal.setVisible(found is not None)
        self.accept_rule.setVisible(found is not None)
        if found is None:
            self.accept_rule.setChecked(False)

    def accepted_state(self) -> str:
        """The state whose rule the therapist ticked, "" for none (services.practice_settings)."""
        # Judged by the proposal, not isVisible(): that is False while the page is not on screen.
        proposed = self.current is not None and minor_consent_presets.proposal(self.current, self.state) is not None
        return self.state if proposed and self.accept_rule.isChecked() else ""


__all__ = ["MinorConsentBox"]
