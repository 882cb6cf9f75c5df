"""The Emergency Kit recovery dialog, opened from the unlock window: the recovery key and a
new passphrase open the vault when the passphrase is lost (services/vault.recover_vault).

Loaded when the dialog is first opened, never on the unlock window's way to its first paint.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.errors import VaultError
from vault_app.gui.background import run_op
from vault_app.gui.confirm import AnsweredByAlt
from vault_app.gui.forms import error_label
from vault_app.gui.passphrase import PassphraseField, StrengthMeter, keep_secret
from vault_app.gui.refusal_words import refusal_text
from vault_app.gui.unlock_on_worker import unsealed
from vault_app.gui.widgets import give_form_mnemonics
from vault_app.services.device_secret import KeyringSecretStore

if TYPE_CHECKING:
    from vault_app.crypto.kdf import KdfParams


def give_letters_beside_passphrases(dialog: QDialog, first: list[QPushButton]) -> None:
    """An Alt letter for each button and field label of `dialog`, `first` first, none twice (none
    had one here, nor in Restore from a backup; found by a walker). Not a passphrase's Show: out
    of the keyboard's reach (gui/passphrase.py, said there only on the event loop's next turn),
    it lost its letter at its first Hide anyway."""
    for field in dialog.findChildren(PassphraseField):
        field.toggle.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    give_form_mnemonics(dialog, first)


class RecoverDialog(QDialog):
    # The vault the kit opened, and what the recovery changed in words (recovered_words): said in a
    # box (say_recovered) by the controller that takes the vault, over its window once it is up.
    recovered = Signal(object, str)
    # The new passphrase, just before `recovered`: the controller seals it for quick unlock in place
    # of the old one (a recovery is a passphrase change, docs/SECURITY.md "Quick unlock").
    passphrase_chosen = Signal(str)

    def __init__(self, folder: Path, *, kdf_params: KdfParams | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.kdf_params = kdf_params
        self.setWindowTitle(self.tr("Recover with Emergency Kit"))
        self.setObjectName("recoverDialog")
        self.key = QLineEdit()
        keep_secret(self.key)
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.key.setPlaceholderText(self.tr("the recovery key from your Emergency Kit"))
        self.first = PassphraseField(self.tr("New passphrase"), self.tr("New passphrase"))
        self.second = PassphraseField(self.tr("Type it again"), self.tr("Confirm new passphrase"))
        self.meter = StrengthMeter()
        self.use_keyring = QCheckBox(self.tr("Keep a device secret in this computer's keyring"))
        self.use_keyring.setChecked(True)
        self.use_keyring.setAccessibleName(self.tr("Use the system keyring"))
        # Why the tick is off, once the keyring is found unusable (hidden till then).
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setObjectName("calmNote")
        self.keyring_note.hide()
        self.message = error_label()
        intro = QLabel(self.tr(
            "Type the recovery key printed on your Emergency Kit (dashes and spaces do not matter), "
            "then choose a new passphrase. Your records are not changed."))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Recovery key:"), self.key)
        form.addRow(self.tr("New passphrase:"), self.first)
        form.addRow("", self.meter)
        form.addRow(self.tr("Confirm:"), self.second)
        form.addRow("", self.use_keyring)
        form.addRow("", self.keyring_note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.recover_button = self.buttons.addButton(self.tr("Recover"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.recover_button.setEnabled(False)
        self.buttons.accepted.connect(self.try_recover)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for edit in (self.key.textChanged, self.first.textChanged, self.second.textChanged):
            edit.connect(self._changed)
        self.resize(560, 320)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        give_letters_beside_passphrases(self, [self.recover_button, *([cancel] if cancel is not None else [])])
        # Asked as the first-run wizard asks it (KeyringPage): ticked where no keyring works, the
        # recovery went on without one and said so only afterwards (found by a walker).
        run_op(self, lambda: KeyringSecretStore().available(), on_success=self._keyring_availability)

    def _keyring_availability(self, available: Any) -> None:
        if available:
            return
        self.use_keyring.setChecked(False)
        self.use_keyring.setEnabled(False)
        reason = self.tr("No usable keyring was found on this computer, so only your new passphrase (and your "
                         "Emergency Kit) will open the vault.")
        self.keyring_note.setText(reason)
        self.use_keyring.setToolTip(reason)
        self.keyring_note.show()

    def _changed(self) -> None:
        strength = self.meter.update_for(self.first.text())
        ok = bool(self.key.text().strip()) and strength.acceptable and self.first.text() == self.second.text()
        self.recover_button.setEnabled(ok)

    def try_recover(self) -> None:
        # Lazy (start-up): vault code, loaded by the warm-up after the first paint (VAULT_CODE, test_startup_imports.py)
        from vault_app.services.vault import recover_vault

        folder, key, phrase = self.folder, self.key.text(), self.first.text()
        params, keyring = self.kdf_params, self.use_keyring.isChecked()
        self.recover_button.setEnabled(False)
        self.message.setText("")
        run_op(
            self,
            lambda: unsealed(lambda: recover_vault(folder, key, phrase, params=params, use_device_secret=keyring)),
            on_success=lambda vault: self._recovered(vault, phrase),
            on_error=self._failed,
            label=self.tr("Recovering your vault…"),
        )

    def _recovered(self, vault: Any, phrase: str) -> None:
        words = recovered_words(asked_keyring=self.use_keyring.isChecked(),
                                device_secret=bool(vault.header.uses_device_secret))
        if self.kdf_params is None:
            # Recalibrated on this computer, never below the vault's own (kdf.for_change): said.
            header = vault.header
            words += " " + self.tr("Its protection against passphrase guessing is now set for this computer "
                                   "(never weaker than before): Argon2id, {0} MB of memory, passes: {1}, "
                                   "lanes: {2}.").format(header.kdf_memory_kib // 1024, header.kdf_iterations,
                                                         header.kdf_parallelism)
        self.accept()
        # Said after the fact, as creating a vault says it (CreatedVault.keyring_message): found by
        # a walker, a keyring asked for and not there was dropped silently ("Device secret: no").
        # Not from here: this dialog is the unlock window's child, deleted with it once the vault
        # opens, and only the controller knows which window is this vault's (AppController.
        # say_recovered; found: looked up by object name, the box went over another vault's window).
        self.passphrase_chosen.emit(phrase)
        self.recovered.emit(vault, words)

    def _failed(self, exc: BaseException) -> bool:
        self._changed()
        if isinstance(exc, VaultError):
            self.message.setText(refusal_text(exc))  # the screen's language, never the CLI's hint
            return True
        return False


def say_recovered(over: QWidget, words: str) -> QMessageBox:
    """The "Vault recovered" box, over `over` (the controller's main window, or its unlock window
    when a lock came before the main window was up): a child of it, gone with it."""
    title = QCoreApplication.translate("RecoverDialog", "Vault recovered")
    box = AnsweredByAlt(QMessageBox.Icon.Information, title, words, QMessageBox.StandardButton.Ok, over)
    box.setObjectName("recoveredBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # not exec(): nothing waits on it
    return box


def recovered_words(*, asked_keyring: bool, device_secret: bool) -> str:
    """What changed with a recovery: the passphrase (only the new one opens the vault), not the
    Emergency Kit (its wrap is left as it was), and the keyring as it turned out."""
    said = [QCoreApplication.translate(
        "RecoverDialog", "From now on only the new passphrase opens this vault; the old one no longer does. Your "
                         "Emergency Kit still works: keep it safe, away from this computer.")]
    if device_secret:
        said.append(QCoreApplication.translate(
            "RecoverDialog", "A device secret is kept in this computer's keyring as a second factor: on another "
                             "computer, use your Emergency Kit."))
    elif asked_keyring:
        said.append(QCoreApplication.translate(
            "RecoverDialog", "No usable system keyring was found, so the vault is protected by your passphrase alone "
                             "(no device secret). Choose a strong passphrase and keep your Emergency Kit safe."))
    else:
        said.append(QCoreApplication.translate(
            "RecoverDialog", "No device secret is kept: your passphrase alone opens the vault."))
    return "\n\n".join(said)


__all__ = ["RecoverDialog", "recovered_words", "say_recovered"]
