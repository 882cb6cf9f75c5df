"""Settings > Quick unlock: turn the PIN on (the passphrase asked once more) or off.

Off until the therapist chooses a PIN (see docs/SECURITY.md, "Quick unlock": KeePassXC
turns its quick unlock on by default because it leans on the operating system's own
authenticator, Touch ID or Windows Hello; here the PIN is a new, shorter secret, and the
therapist decides whether the office is one where that is acceptable).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from vault_app.domain.errors import VaultError
from vault_app.gui.forms import error_label
from vault_app.gui.passphrase import PassphraseField, show_by_key
from vault_app.gui.refusal_focus import focus_refused
from vault_app.gui.refusal_words import refusal_text
from vault_app.services import quick_unlock

if TYPE_CHECKING:
    from vault_app.gui.seam import App


def _pin_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(name)
    return show_by_key(edit)


class QuickUnlockBox(QGroupBox):
    def __init__(self, controller: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Quick unlock"))
        self.controller = controller
        self.enabled = QCheckBox(self.tr("After an idle lock, unlock with a short PIN"))
        self.enabled.setAccessibleName(self.tr("Quick unlock with a PIN"))
        self.pin = _pin_edit(self.tr("New PIN"))
        self.pin_again = _pin_edit(self.tr("Confirm PIN"))
        self.passphrase = PassphraseField(self.tr("Your passphrase"), self.tr("Passphrase to turn quick unlock on"))
        self.message = error_label()
        explain = QLabel(self.tr(
            "Only after you unlocked with your passphrase since the app started. Three wrong PINs, "
            "a restart, sleep or the computer's own screen lock always ask for the passphrase. "
            "Anyone who sees you type the PIN can unlock an idle-locked vault on this computer."))
        explain.setWordWrap(True)
        explain.setObjectName("calmNote")
        form = QFormLayout(self)
        form.addRow(self.enabled)
        form.addRow(self.tr("PIN (4 or more):"), self.pin)
        form.addRow(self.tr("Confirm PIN:"), self.pin_again)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(explain)
        form.addRow(self.message)
        self.was_enabled = False
        self.enabled.toggled.connect(self._toggled)
        self._toggled(False)
        controller.query(self, lambda v: quick_unlock.load_pin(v) is not None).success(self._loaded).run()

    def _loaded(self, on: bool) -> None:
        self.was_enabled = on
        self.enabled.setChecked(on)
        self._toggled(on)

    def _toggled(self, on: bool) -> None:
        for widget in (self.pin, self.pin_again, self.passphrase):
            widget.setEnabled(on)

    def changes(self) -> bool:
        return self.enabled.isChecked() != self.was_enabled or bool(self.enabled.isChecked() and self.pin.text())

    def apply(self, then: Callable[[], None]) -> None:
        """Save the choice (then call `then`), or explain inline what is missing."""
        self.message.setText("")
        if not self.changes():
            then()
            return
        if not self.enabled.isChecked():
            def off(_r: None) -> None:
                self.controller.sealed = None
                then()

            self.controller.op(self, quick_unlock.disable, label=self.tr("Saving…")).success(off).run()
            return
        pin, phrase = self.pin.text(), self.passphrase.text()
        if pin != self.pin_again.text():
            self.message.setText(self.tr("The two PINs differ."))
            return
        if not phrase:
            self.message.setText(self.tr("Type your passphrase to turn quick unlock on."))
            return

        def on(_r: None) -> None:
            self.controller.arm_quick_unlock(phrase, pin)
            self.passphrase.clear()
            then()

        (self.controller.op(self, lambda v: quick_unlock.enable(v, phrase, pin),
                            label=self.tr("Turning quick unlock on…"))
         .success(on).failure(self._failed).run())

    def _failed(self, exc: BaseException) -> bool:
        if isinstance(exc, VaultError):
            self.message.setText(refusal_text(exc))
            focus_refused(exc, {"pin": self.pin}, named={})
            return True
        return False


__all__ = ["QuickUnlockBox"]
