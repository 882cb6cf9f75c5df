"""Vault menu: change the passphrase, replace every key (rekey). The new Emergency Kit a rekey
ends with is gui/new_kit_dialog.py's, Open another vault… gui/open_another_vault.py's (both
importable from here too).

The passphrase change is the command line's service call (Vault.change_passphrase), run
through controller.op on the worker; Replace every key… re-encrypts beside the worker
(gui/rekey_running.py, services/vault_rekey_beside.py), where `vault-app rekey` rekeys in
place. The new passphrase is judged by zxcvbn, the estimator the services refuse weak passphrases
with (services/vault_keys.passphrase_strength): meter and refusal agree (gui/new_passphrase_fields.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.errors import VaultError
from vault_app.gui import ledger_sealing_running, rekey_running
from vault_app.gui.confirm import AnsweredByAlt
from vault_app.gui.forms import action_buttons, error_label
from vault_app.gui.new_kit_dialog import EmergencyKitDialog
from vault_app.gui.new_passphrase_fields import NewPassphraseFields, calm_note
from vault_app.gui.open_another_vault import open_another_vault, switch_to
from vault_app.gui.passphrase import PassphraseField
from vault_app.gui.refusal_focus import focus_refused
from vault_app.gui.refusal_words import refusal_text
from vault_app.gui.rekey_words import step_words
from vault_app.services.key_replacement import NewKit, begin_replacing, finish_with_kit

if TYPE_CHECKING:
    from vault_app.crypto.kdf import KdfParams
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault

def _inline(label: QLabel, exc: BaseException) -> bool:
    if isinstance(exc, VaultError):
        label.setText(refusal_text(exc))
        return True
    return False


class ChangePassphraseDialog(QDialog):
    """Vault > Change passphrase…: re-wraps the master key only (nothing is re-encrypted)."""

    def __init__(self, controller: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setObjectName("changePassphraseDialog")
        self.current = PassphraseField(self.tr("Current passphrase"), self.tr("Current passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("Current passphrase:"), self.current)
        self.new = NewPassphraseFields(form, self._changed)
        self.message = error_label()
        self.buttons, self.change_button = action_buttons(self, self.tr("Change passphrase"), self.change)
        self.change_button.setEnabled(False)
        self.current.textChanged.connect(lambda _t: self._changed())
        layout = QVBoxLayout(self)
        layout.addWidget(calm_note(self.tr(
            "From now on only the new passphrase opens this vault. Your Emergency Kit stays valid. "
            "Backups made before the change open only with the old passphrase or the Emergency Kit: "
            "make a new backup right after. "
            "If you think the old passphrase was seen by someone, also use Replace every key…")))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, 360)

    def _changed(self) -> None:
        self.change_button.setEnabled(bool(self.current.text()) and self.new.ready())

    def change(self) -> None:
        if not self.change_button.isEnabled():
            return
        old, new = self.current.text(), self.new.text()
        self.change_button.setEnabled(False)
        self.message.setText("")

        def change(v: Vault) -> tuple[KdfParams, KdfParams]:
            rekey_running.refuse_while_running("the passphrase can be changed")  # the swap proves the old one
            # Nothing asked: the key derivation is recalibrated on this computer (kdf.for_change).
            return v.change_passphrase(old, new)

        (self.controller.op(self, change, label=self.tr("Changing the passphrase…"))
         .success(lambda kdf: self._done(new, kdf)).failure(self._failed).run())

    def _kdf_words(self, before: KdfParams, after: KdfParams) -> str:
        """What the change did to the protection against guessing (found by a walker: a 2019 vault
        kept its 19 MB after a change on a faster computer, and nothing said it)."""
        if after == before:
            return self.tr("Its protection against passphrase guessing stays at Argon2id, {0} MB of memory, "
                           "passes: {1}, lanes: {2}: already at least what this computer calibrates to.").format(
                after.memory_kib // 1024, after.iterations, after.parallelism)
        return self.tr("Its protection against passphrase guessing was calibrated on this computer (about one "
                       "second, never weaker than before): Argon2id, {0} MB of memory, passes: {1}, lanes: {2} "
                       "(it was {3} MB, passes: {4}, lanes: {5}).").format(
            after.memory_kib // 1024, after.iterations, after.parallelism,
            before.memory_kib // 1024, before.iterations, before.parallelism)

    def _done(self, new: str, kdf: tuple[KdfParams, KdfParams]) -> None:
        self.controller.keys_changed(new)
        self.current.clear()
        self.new.clear()
        self.accept()
        parent = self.parentWidget()
        box = AnsweredByAlt(QMessageBox.Icon.Information, self.tr("Passphrase changed"),
                          self.tr("The old passphrase no longer unlocks this vault."),
                          QMessageBox.StandardButton.NoButton, parent)
        box.setObjectName("passphraseChangedBox")
        # The backups made before open only with the old passphrase or the Emergency Kit
        # (docs/backup.md): a final backup made before the change is one the new passphrase does
        # not open (found by a walker closing a practice). A new one is offered, the app's own way.
        box.setInformativeText(self._kdf_words(*kdf) + "\n\n" + self.tr(
            "Backups made before now still open only with the old passphrase or your Emergency Kit. "
            "Make a new backup now, so the latest one opens with the new passphrase."))
        now = box.addButton(self.tr("Back up now"), QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        from vault_app.gui.widgets import give_button_mnemonics  # Lazy (start-up), as confirm.py

        give_button_mnemonics([now, later], set())
        box.setDefaultButton(now)
        box.setEscapeButton(later)
        open_backups = getattr(parent, "open_backups", None)

        def back_up_now() -> None:
            backups = open_backups() if open_backups is not None else None
            if backups is not None and hasattr(backups, "back_up_once_shown"):
                backups.back_up_once_shown()  # as Back up now in the window: its folder, checked as made

        now.clicked.connect(back_up_now)
        box.open()  # not exec(): nothing waits on it

    def _failed(self, exc: BaseException) -> bool:
        self._changed()
        if not _inline(self.message, exc):
            return False
        focus_refused(exc, {"passphrase": self.current.edit, "new_passphrase": self.new.first.edit}, named={})
        return True


class RekeyDialog(QDialog):
    """Vault > Replace every key…: a new master key, every compartment re-encrypted, a new
    Emergency Kit. For a suspected leak (a passphrase seen, a laptop or a kit lost)."""

    def __init__(self, controller: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Replace every key"))
        self.setObjectName("rekeyDialog")
        self.current = PassphraseField(self.tr("Current passphrase"), self.tr("Current passphrase"))
        self.also_new = QCheckBox(self.tr("Also choose a new passphrase"))
        self.also_new.setAccessibleName(self.tr("Also choose a new passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("Current passphrase:"), self.current)
        form.addRow("", self.also_new)
        self.new_box = QWidget()
        new_form = QFormLayout(self.new_box)
        new_form.setContentsMargins(0, 0, 0, 0)
        self.new = NewPassphraseFields(new_form, self._changed)
        self.new_box.setVisible(False)
        self.also_new.toggled.connect(self._toggle_new)
        self.message = error_label()
        self.buttons, self.rekey_button = action_buttons(self, self.tr("Replace every key"), self.rekey)
        self.rekey_button.setEnabled(False)
        self.current.textChanged.connect(lambda _t: self._changed())
        self._running: rekey_running.RekeyRunning | None = None
        self._passphrase = ""
        self.form_box = QWidget()
        form_layout = QVBoxLayout(self.form_box)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addLayout(form)
        form_layout.addWidget(self.new_box)
        self.progress_box = QWidget()
        progress_layout = QVBoxLayout(self.progress_box)
        progress_layout.setContentsMargins(0, 0, 0, 0)
        progress_layout.addWidget(calm_note(self.tr(
            "Every compartment is being re-encrypted beside your work: you can go on writing in the "
            "main window. Your new Emergency Kit appears here when it is done.")))
        self.bar_label = QLabel(self.tr("Preparing…"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setAccessibleName(self.tr("Replacing every key"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop replacing every key"))
        self.stop_button.setToolTip(self.tr("Stops before any key has changed: the vault keeps its keys."))
        self.stop_button.clicked.connect(self._stop)
        progress_layout.addWidget(self.bar_label)
        progress_layout.addWidget(self.bar)
        progress_layout.addWidget(self.stop_button, 0, Qt.AlignmentFlag.AlignRight)
        self.progress_box.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(calm_note(self.tr(
            "Use this after a suspected leak: a passphrase typed where it was seen, a lost laptop, "
            "backup drive or Emergency Kit; and when the practice is handed over to a successor or a records "
            "custodian. Every key is replaced, the key that signs destruction certificates too, and every "
            "compartment re-encrypted, so old copies of the vault header, your old Emergency Kit and the keys "
            "of older backups no longer open this vault, and a certificate signed from an old copy is refused. "
            "You get a new Emergency Kit at the end. Backups made before then "
            "keep the keys of their day: they still open with the old Emergency Kit or the passphrase of "
            "their day, and not with the new kit, so keep the old kit with them until they are rotated out. "
            "Your work goes on meanwhile; until the end your old passphrase and Emergency Kit still open "
            "the vault.")))
        layout.addWidget(self.form_box)
        layout.addWidget(self.progress_box)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(600, 380)

    def _toggle_new(self, on: bool) -> None:
        self.new_box.setVisible(on)
        self._changed()

    def _changed(self) -> None:
        ok = bool(self.current.text()) and (not self.also_new.isChecked() or self.new.ready())
        self.rekey_button.setEnabled(ok)

    def rekey(self) -> None:
        if not self.rekey_button.isEnabled():
            return
        if self.controller.destruction_running:  # both rewrite every compartment
            self.message.setText(self.tr("A chart is being destroyed: replace every key once it is done."))
            return
        phrase = self.current.text()
        new = self.new.text() if self.also_new.isChecked() else None
        self.rekey_button.setEnabled(False)
        self.message.setText("")
        # The first sealing, reading ledger.db under its old key, stops before the files are held.
        begin = ledger_sealing_running.stopped_first(lambda v, ahead: begin_replacing(v, ahead, phrase, new))
        try:
            running = rekey_running.start(self.controller, begin, finish_with_kit, phrase)
        except VaultError as exc:
            self._failed(exc)
            return
        self._passphrase = new or phrase
        running.viewer, running.on_end = self, self._ended
        running.progressed.connect(self._progressed)
        self._running = running
        self._show_progress()

    def _show_progress(self) -> None:
        """The form gives way to a bar; the dialog stops being modal, so the therapist goes on
        writing in the main window while the compartments are re-encrypted beside."""
        for widget in (self.form_box, self.buttons):
            widget.setVisible(False)
        self.progress_box.setVisible(True)
        self.stop_button.setEnabled(True)
        self.hide()
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.show()

    def _progressed(self, fraction: float, text: str) -> None:
        self.bar.setValue(int(fraction * 1000))
        if text:
            # The core's English with a code (services/vault_rekey_beside): in the screen's language.
            self.bar_label.setText(step_words(text))

    def _stop(self) -> None:
        """Stop (while the copies are written: safe, nothing has changed yet)."""
        running = self._running
        if running is not None:
            self.stop_button.setEnabled(False)
            self.bar_label.setText(self.tr("Stopping…"))
            running.job.stop()

    def _ended(self, kit: NewKit | None, error: BaseException | None) -> None:
        self._running = None
        passphrase, self._passphrase = self._passphrase, ""
        if kit is not None:
            self._done(kit, passphrase)
            return
        self.progress_box.setVisible(False)
        for widget in (self.form_box, self.buttons):
            widget.setVisible(True)
        self.hide()
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.show()
        if error is None or not self._failed(error):
            self.message.setText(self.tr("Replacing every key failed unexpectedly."))

    def closeEvent(self, event: QCloseEvent) -> None:
        # While it runs the dialog only hides: its job reports here (and the lock stops it).
        if self._running is not None:
            event.ignore()
            self.hide()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        if self._running is not None:
            self.hide()  # Escape: the job goes on; its end shows this dialog's result
            return
        super().reject()

    def _done(self, kit: NewKit, passphrase: str) -> None:
        self.controller.keys_changed(passphrase)
        self.current.clear()
        self.new.clear()
        self.accept()
        EmergencyKitDialog(kit, self.parentWidget(), controller=self.controller).open()

    def _failed(self, exc: BaseException) -> bool:
        self._changed()
        return _inline(self.message, exc)


__all__ = ["ChangePassphraseDialog", "EmergencyKitDialog", "NewKit", "RekeyDialog",
           "open_another_vault", "switch_to"]
