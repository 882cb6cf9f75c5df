"""Settings: automatic lock times, appearance, and the practice profile printed on letters."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vault_app.gui import prefs, theme
from vault_app.gui.forms import error_label

if TYPE_CHECKING:
    from vault_app.gui.controller import AppController
    from vault_app.services.vault import Vault

PROFILE_FIELDS = (("clinician_name", "Your name"), ("credentials", "Credentials"),
                  ("license_number", "License number"), ("license_state", "License state"), ("npi", "NPI"),
                  ("practice_name", "Practice"), ("address", "Address"), ("phone", "Phone"),
                  ("privacy_contact", "Privacy contact"))


class SettingsDialog(QDialog):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle("Settings")
        lock = QGroupBox("Automatic lock")
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setRange(1, 60)
        self.lock_minutes.setSuffix(" min")
        self.lock_minutes.setValue(int(controller.idle.lock_seconds // 60))
        self.lock_minutes.setAccessibleName("Lock the vault after")
        self.psy_minutes = QSpinBox()
        self.psy_minutes.setRange(1, 30)
        self.psy_minutes.setSuffix(" min")
        self.psy_minutes.setValue(int(controller.idle.psychotherapy_seconds // 60))
        self.psy_minutes.setAccessibleName("Lock psychotherapy notes after")
        lf = QFormLayout(lock)
        lf.addRow("Lock the vault after:", self.lock_minutes)
        lf.addRow("Lock psychotherapy notes after:", self.psy_minutes)
        look = QGroupBox("Appearance")
        self.theme = QComboBox()
        for name in theme.THEMES:
            self.theme.addItem(name.capitalize(), name)
        self.theme.setCurrentIndex(max(0, self.theme.findData(str(prefs.get("theme", "system")))))
        self.theme.setAccessibleName("Appearance")
        QFormLayout(look).addRow("Colours:", self.theme)
        profile = QGroupBox("Practice (printed on letters, exports and certificates)")
        pf = QFormLayout(profile)
        self.profile: dict[str, QLineEdit] = {}
        for key, label in PROFILE_FIELDS:
            edit = QLineEdit()
            edit.setAccessibleName(label)
            self.profile[key] = edit
            pf.addRow(f"{label}:", edit)
        from vault_app.gui.quick_unlock_settings import QuickUnlockBox

        self.quick_unlock = QuickUnlockBox(controller, self)
        self.message = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        # Two pages keep the dialog within a laptop screen: locking, and who you are.
        self.pages = QTabWidget()
        general = QWidget()
        general_layout = QVBoxLayout(general)
        for box in (lock, self.quick_unlock, look):
            general_layout.addWidget(box)
        general_layout.addStretch(1)
        self.pages.addTab(general, "Locking and appearance")
        self.pages.addTab(profile, "About you and the practice")
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(620, 600)
        self.lock_minutes.setFocus()  # not the page tabs: typing a number sets the lock time, as before
        from vault_app.services import practice

        controller.call(self, practice.load, on_success=self._loaded)

    def _loaded(self, profile: Any) -> None:
        for key, edit in self.profile.items():
            edit.setText(str(getattr(profile, key, "")))

    def save(self) -> None:
        """Quick unlock first (it may ask for the passphrase), then the rest."""
        self.message.setText("")
        self.quick_unlock.apply(self._save_rest)

    def _save_rest(self) -> None:
        from vault_app.services import practice

        minutes, psy = self.lock_minutes.value(), self.psy_minutes.value()
        values = {k: e.text().strip() for k, e in self.profile.items()}

        def job(v: Vault) -> None:
            v.update_settings(auto_lock_minutes=minutes, psychotherapy_lock_minutes=psy)
            practice.update(v, **values)

        self.controller.idle.set_limits(minutes, psy)
        window: Any = self.parent()
        name = str(self.theme.currentData())
        if hasattr(window, "set_theme"):
            window.set_theme(name)
        self.controller.call(self, job, on_success=lambda _r: self.accept(), on_error=self._failed,
                             label="Saving settings…")

    def _failed(self, exc: BaseException) -> bool:
        """A bad NPI or license state is explained under the form; nothing typed is lost."""
        from vault_app.domain.errors import VaultError

        if isinstance(exc, VaultError):
            self.pages.setCurrentIndex(1)  # the page of the field that was refused
            self.message.setText(f"{exc.message} {exc.hint}".strip())
            return True
        return False
