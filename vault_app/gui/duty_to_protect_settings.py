"""Settings > About you and the practice > Duty to warn or protect: the setting in force and the license
state's duty when the app knows one not in force (domain/duty_to_protect.py: California, Tarasoff and Civ.
Code 43.92), with its case and statute, applied on Save only when ticked (as the minors' rule is,
gui/minor_consent_settings.py). Offered on the command line only before (`practice update`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QGroupBox, QVBoxLayout, QWidget

from vault_app.domain import duty_to_protect
from vault_app.domain.practice import Jurisdiction
from vault_app.gui.duty_to_protect_words import in_force_words, proposal_words
from vault_app.gui.widgets import wrapped_label
from vault_app.services.changes import Changes, Kind

if TYPE_CHECKING:
    from vault_app.gui.seam import App


class DutyToProtectBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Duty to warn or protect"))
        self.current: Jurisdiction | None = None  # as saved, once read
        self.state = ""
        self.controller: App | None = None
        self.in_force = wrapped_label(" ", "calmNote", selectable=True)
        self.proposal = wrapped_label("", "warningNote", selectable=True)
        self.accept_rule = QCheckBox(self.tr("Apply your state's duty to protect when you save"))
        self.accept_rule.setAccessibleName(self.tr("Apply your state's duty to protect when you save"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.in_force)
        layout.addWidget(self.proposal)
        layout.addWidget(self.accept_rule)
        self._say()

    def load(self, controller: App) -> None:
        self.controller = controller
        # Saved elsewhere meanwhile (the Jurisdiction settings under Minors' consent): said as saved.
        controller.changed.connect(self._on_changes)
        self._read()

    def _read(self) -> None:
        if self.controller is None:
            return
        # Lazy (memory): read with the dialog, not at start-up
        from vault_app.services import practice

        self.controller.query(self, lambda v: practice.load(v).jurisdiction).success(self._show).run()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(Kind.SETTINGS):
            self._read()

    def _show(self, jurisdiction: Jurisdiction) -> None:
        self.current = jurisdiction
        self._say()

    def set_state(self, state: str) -> None:
        """The license state as chosen on the page (saved or not)."""
        self.state = state.strip().upper()
        self._say()

    def _proposed(self) -> duty_to_protect.DutyRule | None:
        return None if self.current is None else duty_to_protect.proposal(self.current, self.state)

    def _say(self) -> None:
        self.in_force.setText(" " if self.current is None else in_force_words(self.current.duty_to_warn))
        found = self._proposed()
        self.proposal.setText(proposal_words(found) if found is not None else "")
        self.proposal.setVisible(found is not None)
        self.accept_rule.setVisible(found is not None)
        if found is None:
            self.accept_rule.setChecked(False)

    def accepted_state(self) -> str:
        """The state whose duty the therapist ticked, "" for none (services.practice_settings)."""
        # Judged by the proposal, not isVisible(): that is False while the page is not on screen.
        return self.state if self._proposed() is not None and self.accept_rule.isChecked() else ""


__all__ = ["DutyToProtectBox"]
