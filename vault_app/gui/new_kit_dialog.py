"""The new Emergency Kit after Vault > Replace every key… (gui/vault_keys_dialogs.RekeyDialog opens
it): the new recovery key shown once, saved as a PDF, a backup under the new keys offered, and Done
only once the therapist says the kit is kept (services/kit_kept.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vault_app.gui import dates, file_dialogs, kit_words
from vault_app.gui.background import Beside, run_op
from vault_app.gui.confirm import ask_yes_no
from vault_app.gui.i18n import current_language
from vault_app.gui.kit_file_name import suggested_kit_file
from vault_app.gui.new_passphrase_fields import calm_note
from vault_app.gui.refusal_words import refusal_text
from vault_app.services import backup, kit_kept
from vault_app.services.emergency_kit import save_pdf

if TYPE_CHECKING:
    from vault_app.gui.seam import App
    from vault_app.services.backup_now import BackedUpNow
    from vault_app.services.key_replacement import NewKit
    from vault_app.services.vault import Vault


class EmergencyKitDialog(QDialog):
    """The new Emergency Kit after a rekey: shown once, saved as a PDF with the signing-key
    fingerprint that `certificate verify --fingerprint` asks for."""

    def __init__(self, kit: NewKit, parent: QWidget | None = None, *, controller: App | None = None) -> None:
        super().__init__(parent)
        self.kit = kit
        self.controller = controller
        self.setWindowTitle(self.tr("Your new Emergency Kit"))
        self.setObjectName("newKitDialog")
        groups = kit.recovery_key.split("-")
        half = (len(groups) + 1) // 2
        self.key_label = QLabel("-".join(groups[:half]) + "\n" + "-".join(groups[half:]))
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.key_label.setFrameShape(QLabel.Shape.StyledPanel)
        # The signing key is replaced with every other key (services/signing_keys.py): whoever holds
        # an old copy or backup holds the old one, so the fingerprint is new and the kit must be printed again.
        self.fingerprint = QLabel(self.tr(
            "New signing key fingerprint (for checking certificates): {fingerprint}. The signing key was replaced "
            "too: print this kit again and give this fingerprint to whoever checks your certificates. Certificates "
            "signed before now still check with the earlier fingerprint; any signed with the old key from now on "
            "are refused.").format(fingerprint=kit.key_fingerprint))
        self.fingerprint.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setAccessibleName(self.tr("Save Emergency Kit as PDF"))
        self.save_button.clicked.connect(self._choose_file)
        # Printed straight from here: no file of the key left to delete (gui/kit_print.py).
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setAccessibleName(self.tr("Print the Emergency Kit"))
        self.print_button.clicked.connect(self.print_kit)
        self.saved_label = calm_note(" ")
        # Backups made until now keep the old keys (services/backup_keys.kit_refused): one made now is
        # the first the new kit opens.
        # A parent from the start: shown while it had none, it was a window of its own for a moment
        # (tests/gui/parentless.py).
        self.backup_button = QPushButton(self.tr("Back up now under the new keys"), self)
        self.backup_button.setAccessibleName(self.tr("Back up now under the new keys"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.backup_button.setVisible(controller is not None)
        self.backed_up_label = calm_note(" ")
        self.kept = QCheckBox(self.tr(
            "I have saved or written down my new Emergency Kit and will keep it somewhere safe"))
        self.kept.setAccessibleName(self.tr("I kept my new Emergency Kit"))
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setEnabled(False)
        self.done_button.clicked.connect(self.done_with_kit)
        self.kept.toggled.connect(self.done_button.setEnabled)
        layout = QVBoxLayout(self)
        layout.addWidget(calm_note(self.tr(
            "Your old recovery key no longer opens this vault. Backups made before this replacement still open "
            "with it (or with the passphrase of their day), not with this new kit: keep the old kit with those "
            "backups, somewhere safe, until they are rotated out, then destroy it. If the old kit was lost "
            "or seen, whoever holds it can open those older backups: back up now, then delete them. This "
            "new key is shown only now. Print it, or save it as a PDF, or write it down.")))
        # The first run's words: which program, whose records; the keyring named only when the
        # vault keeps its device secret there.
        layout.addWidget(calm_note(kit_words.program(kit.practice, kit.folder)))
        layout.addWidget(calm_note(kit_words.what_it_opens(kit.keyring)))
        layout.addWidget(self.key_label)
        layout.addWidget(self.fingerprint)
        kit_buttons = QHBoxLayout()
        kit_buttons.addWidget(self.print_button)
        kit_buttons.addWidget(self.save_button)
        kit_buttons.addStretch(1)
        layout.addLayout(kit_buttons)
        layout.addWidget(self.saved_label)
        layout.addWidget(self.backup_button)
        layout.addWidget(self.backed_up_label)
        layout.addStretch(1)
        layout.addWidget(self.kept)
        layout.addWidget(self.done_button)
        # Save as PDF…, Back up now and Done had no Alt letter (seen in the real app).
        from vault_app.gui.widgets import give_form_mnemonics  # Lazy (start-up), as above

        give_form_mnemonics(self, [self.print_button, self.save_button, self.done_button, self.backup_button,
                                   self.kept])
        self.resize(600, 360)
        self._fit()

    def done_with_kit(self) -> None:
        """Done, its box ticked: only now is the kit kept (services/kit_kept.py: a kill before is reminded)."""
        if self.controller is None or not self.kept.isChecked():
            return self.accept()
        self.done_button.setEnabled(False)
        (self.controller.op(self, kit_kept.kept, label=self.tr("Saving…")).success(lambda _none: self._kept_and_done())
         .finally_(lambda: self.done_button.setEnabled(self.kept.isChecked())).run())

    def _kept_and_done(self) -> None:
        again = getattr(self.parentWidget(), "backups_changed", None)  # the status line said "no Emergency Kit kept"
        if callable(again):
            again()
        self.accept()

    def _fit(self) -> None:
        """Tall enough for its wrapped words at its width: a fixed 360 px squeezed the recovery
        key itself to half its height once the saved-to words came (found on Xvfb)."""
        layout = self.layout()
        needed = layout.totalHeightForWidth(self.width()) if layout is not None else -1
        if needed > self.height():
            self.resize(self.width(), needed)

    def _saved(self, path: Path) -> None:
        self.saved_label.setText(kit_words.saved_to(path))
        self._fit()

    def _choose_file(self) -> None:
        path = file_dialogs.save_file(self, self.tr("Save Emergency Kit"), suggested_kit_file(), self.tr("PDF (*.pdf)"))
        if path:
            self.save_to(Path(path))

    def print_kit(self) -> None:
        """The kit on paper through the system's print dialog, the same page as the PDF."""
        from vault_app.domain.locale_format import DEFAULT_LOCALE, paper_format  # Lazy (start-up), as below
        from vault_app.gui.kit_print import print_kit
        from vault_app.services.emergency_kit import kit_blocks

        kit = self.kit
        locale = dates.practice_locale()
        blocks = kit_blocks(recovery_key=kit.recovery_key, vault_id=kit.vault_id, folder=kit.folder,
                            key_fingerprint=kit.key_fingerprint, locale=locale, language=current_language(),
                            replaces_earlier=True, keyring=kit.keyring, practice=kit.practice)
        said = print_kit(self, blocks, paper_format(locale or DEFAULT_LOCALE))
        if said is not None:
            self.saved_label.setText(said)
            self._fit()

    def save_to(self, path: Path) -> None:
        kit = self.kit
        # In the screens' language, dated as the practice writes its dates (Settings).
        locale, language = dates.practice_locale(), current_language()
        run_op(self, lambda: save_pdf(path, recovery_key=kit.recovery_key, vault_id=kit.vault_id,
                                      folder=kit.folder, key_fingerprint=kit.key_fingerprint,
                                      locale=locale, language=language, replaces_earlier=True,
                                      keyring=kit.keyring, practice=kit.practice),
               # Where, and print then delete: "Print it, then keep the paper safe" left the PDF
               # on the computer, the key beside the lock (the first run's words since round 31).
               on_success=self._saved,
               label=self.tr("Saving the Emergency Kit…"))

    def back_up_now(self) -> None:
        """A backup under the new keys now, to the backup folder chosen in Vault > Backups…; with
        none chosen, that window opens to choose one."""
        if self.controller is None:
            return

        def job(v: Vault) -> Beside | None:
            target = backup.settings(v).get("target")
            if not target:
                return None
            # Lazy (start-up): as the Backups window's Back up now, whose path this is: the vault's
            # state held here in milliseconds, built and checked on the backup's own thread while
            # the worker runs the therapist's saves (it ran whole on the worker), registered here.
            from vault_app.services import backup_now

            running = backup_now.start(v, Path(target))
            return Beside(running.when_ended, lambda: backup_now.finish(v, running))

        self.backup_button.setEnabled(False)
        self.backed_up_label.setText(" ")
        # The Beside's `then` (backup_now.finish) gives the operation its result: BackedUpNow.
        (self.controller.op(self, job, label=self.tr("Backing up under the new keys…"))
         .success(lambda done: self._backed_up(cast("BackedUpNow | None", done))).failure(self._not_now)
         .finally_(lambda: self.backup_button.setEnabled(True)).run())

    def _not_now(self, exc: BaseException) -> bool:
        """Back up now's own refusals (one already being made, one stopped by a destruction) said
        on this window's line, as the Backups window says them; the others in their dialog."""
        from vault_app.services import backup_now  # Lazy (start-up): loaded by the job already

        if not backup_now.said_beside(exc):
            return False
        self.backed_up_label.setText(refusal_text(exc))
        self._fit()
        return True

    def _backed_up(self, done: BackedUpNow | None) -> None:
        if done is None:
            self.backed_up_label.setText(self.tr(
                "No backup folder is chosen yet: choose one in the Backups window, then Back up now."))
            opener = getattr(self.parentWidget(), "open_backups", None)
            if callable(opener):
                opener()
            self._fit()
            return
        self.backed_up_label.setText(self.tr(
            "Backed up under the new keys to {path}: this new kit opens that backup.").format(path=done.info.path))
        self._fit()

    # Escape and the window's × ask (reject() does not): a lock closes this window with reject(),
    # and asking there held the lock on the answer, the vault open, the question over the
    # emptied main window (found in real widgets).
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not self.kept.isChecked():
            event.accept()
            self.ask_to_close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if event.spontaneous() and self.isVisible() and not self.kept.isChecked():
            event.ignore()
            self.ask_to_close()
            return
        super().closeEvent(event)

    def ask_to_close(self) -> QMessageBox:
        return ask_yes_no(
            self, self.tr("Close without your new Emergency Kit?"),
            self.tr("The new recovery key will not be shown again, and the old one no longer opens this vault "
                    "(only backups made before this replacement). Without the new key, a forgotten passphrase "
                    "means the vault cannot be opened.\n\nClose anyway?"), self.reject)


__all__ = ["EmergencyKitDialog"]
