"""Restore a backup when no vault is open: from the unlock window (the vault there cannot
be opened, e.g. a file of it was put back older) or from the first-run wizard (a new
computer). Backups > Restore the selected backup… needs an open vault; this does not.

The restore itself (every check before a file changes, destructions re-applied, never into
a backup folder, the writer lock, the safety copy) is services/backup_restore.py's; this
dialog only asks for the backup, the folder and the key, and runs it on the worker.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vault_app.crypto import kdf
from vault_app.domain.errors import KeyringProblem, RefusedByPolicy, VaultError
from vault_app.domain.recovery_key_shape import looks_like_recovery_key
from vault_app.gui import (
    file_dialogs,
    restore_carried_words,
    restore_signing_words,
    restore_summary,
    restore_unsaid_words,
)
from vault_app.gui.background import run_op
from vault_app.gui.backup_folder_problems import RESTORE_WORDS, expanded, path_problem
from vault_app.gui.confirm import AnsweredByAlt
from vault_app.gui.forms import error_label
from vault_app.gui.new_passphrase_fields import NewPassphraseFields
from vault_app.gui.passphrase import PassphraseField
from vault_app.gui.practice_clock import moment_here
from vault_app.gui.recover_dialog import give_letters_beside_passphrases
from vault_app.gui.refusal_words import refusal_words
from vault_app.gui.widgets import chooser_button
from vault_app.gui.widgets import wrapped_label as _label
from vault_app.services import backups_in_folder, restore_ask
from vault_app.services.backup import restore_backup
from vault_app.services.backup_repo import is_snapshot
from vault_app.services.backup_repo_restore import restore_snapshot
from vault_app.services.backup_restore import RestoreReport
from vault_app.services.restore_ask import Ahead
from vault_app.services.vault_folder import vault_exists


def _sentence(exc: BaseException) -> str:
    """A failure as the dialog says it; the service's hints name command-line options."""
    if not isinstance(exc, VaultError):
        return ""
    message, hint = refusal_words(exc)  # in the screen's language when the refusal has a code
    if "--" in exc.hint and isinstance(exc, KeyringProblem):
        hint = QCoreApplication.translate(
            "RestoreFromBackupDialog", "Choose “My Emergency Kit” to restore with your recovery key instead.")
    elif "--" in exc.hint and isinstance(exc, RefusedByPolicy):
        hint = QCoreApplication.translate("RestoreFromBackupDialog", "Choose an empty folder. Nothing was changed.")
    elif "--" in hint:
        hint = ""
    return f"{message} {hint}".strip()


class RestoreFromBackupDialog(QDialog):
    """`app_folder`: the vault folder this app opens (proposed as the target, and read for
    destructions its ledger knows, as the command line's --vault is). `may_replace`: a vault
    found in the target is replaced after a question (the unlock window); else the folder
    must hold none (the first-run wizard)."""

    restored = Signal(object)  # the folder that holds the restored vault, after Continue

    def __init__(self, app_folder: Path, *, may_replace: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app_folder = app_folder
        self.may_replace = may_replace
        self.report: RestoreReport | None = None
        self._said: Ahead | None = None  # what the question said of the vault replaced
        self._typed_current = False  # a current passphrase was given beside the kit (restore_summary)
        self.next_step = ""  # what the unlock window says after the restore: which secret opens it
        self.question: QMessageBox | None = None
        # The backup's key derived for the question, carried to the restore (one Argon2 run, not
        # two); wiped when the restore ends, the question is cancelled or the dialog closes.
        self._carried = kdf.Carried()
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.intro = intro = _label(self.tr(
            "Choose a backup file (.vaultbackup), a snapshot in a backup folder (snapshots/snap-….vrs), or the "
            "backup folder itself (its backups are listed, newest first). It is checked completely before anything "
            "changes, and charts destroyed since it was made are destroyed again."))
        self.backup = QLineEdit()
        self.backup.setAccessibleName(self.tr("Backup to restore"))
        self.backup.setPlaceholderText(self.tr("the backup file or snapshot"))
        # A backup folder given instead of one backup: its backups to choose from, newest first
        # (found by a walker on a new computer: the folder is what she had, and it was refused).
        self.in_folder = QComboBox()
        self.in_folder.setAccessibleName(self.tr("Backup in this folder"))
        self.folder = QLineEdit(str(app_folder))
        self.folder.setAccessibleName(self.tr("Restore into"))
        self.folder_note = _label(" ", "calmNote")
        self.with_passphrase = QRadioButton(self.tr("The passphrase the vault had &when the backup was made"))
        self.with_kit = QRadioButton(self.tr("My &Emergency Kit (the recovery key, and a new passphrase)"))
        self.with_passphrase.setChecked(True)
        self.passphrase = PassphraseField(self.tr("Passphrase of the backup"), self.tr("Passphrase of the backup"))
        self.key = QLineEdit()
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.key.setPlaceholderText(self.tr("the recovery key from your Emergency Kit"))
        # Beside the kit, as the command line takes it (VAULT_APP_PASSPHRASE, --passphrase-file): the
        # vault here after Replace every key does not open with the kit of then, and without it the
        # charts destroyed in it since came back (found by a lead; the dialog had no way to give it).
        self.current = PassphraseField(self.tr("only if its keys were replaced since the backup"),
                                       self.tr("Current passphrase of the vault on this computer"))
        self.current_note = _label(self.tr(
            "Only if you used Replace every key after this backup was made: the passphrase the vault on this "
            "computer opens with now, so the charts destroyed in it since are destroyed again. Otherwise leave "
            "it empty."), "calmNote")
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        backup_row = self._with_button(self.backup, self._choose_backup, self.tr("Choose the backup"))
        # A backup folder chosen too, not only typed: the file chooser cannot choose a folder, and
        # a folder is what a therapist on a new computer has (its backups listed, newest first).
        self.choose_backup_folder = chooser_button(self.tr("Choose fol&der…"))
        self.choose_backup_folder.setAccessibleName(self.tr("Choose the backup folder"))
        self.choose_backup_folder.clicked.connect(self._choose_backup_folder)
        row_layout = backup_row.layout()
        assert row_layout is not None
        row_layout.addWidget(self.choose_backup_folder)
        folder_row = self._with_button(self.folder, self._choose_folder, self.tr("Choose the folder to restore into"))
        form.addRow(self.tr("&Backup:"), backup_row)
        form.addRow(self.tr("Backup to &use:"), self.in_folder)
        form.addRow(self.tr("Restore in&to:"), folder_row)
        form.addRow("", self.folder_note)
        form.addRow(self.tr("Open it with:"), self.with_passphrase)
        form.addRow("", self.with_kit)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("Recovery &key:"), self.key)
        # The same fields as Change passphrase: the same meter as the restore's own check.
        self.new = NewPassphraseFields(form, self._changed, first_label=self.tr("&New passphrase:"),
                                       confirm_label=self.tr("Con&firm:"))
        self.first, self.second = self.new.first, self.new.second
        form.addRow(self.tr("Current passphrase:"), self.current)
        form.addRow("", self.current_note)
        self.kit_rows = (self.key, *self.new.rows)
        # A label's mnemonic focuses its buddy only if the buddy itself takes focus: a row's
        # box or a PassphraseField does not (Alt+P did nothing in the real app).
        for row, edit in ((backup_row, self.backup), (folder_row, self.folder),
                          (self.passphrase, self.passphrase.edit), (self.current, self.current.edit)):
            label = form.labelForField(row)
            if isinstance(label, QLabel):
                label.setBuddy(edit)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Restore progress"))
        self.progress.hide()
        self.message = error_label()
        self.done_text = _label("")
        self.done_text.setAccessibleName(self.tr("What was restored"))
        self.done_text.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setDefault(True)
        self.buttons.accepted.connect(self.try_restore)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.done_text)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.backup.textChanged.connect(self._list_folder)
        if may_replace:  # the unlock window's vault: its backup folder proposed, its newest backup chosen
            proposed = backups_in_folder.configured_folder(app_folder)
            if proposed is not None:
                self.backup.setText(str(proposed))
        self._list_folder()
        for signal in (self.backup.textChanged, self.folder.textChanged, self.passphrase.textChanged,
                       self.key.textChanged, self.first.textChanged, self.second.textChanged,
                       self.with_kit.toggled):
            signal.connect(self._changed)
        self._changed()
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            # Never Enter's: a row hidden under the focus (the kit's way chosen) passed the focus to
            # it, it stayed the default, and Enter after the new passphrase closed the dialog with the
            # recovery key typed in it (found in the real app).
            cancel.setAutoDefault(False)
        give_letters_beside_passphrases(self, [self.restore_button, *([cancel] if cancel is not None else [])])
        self.resize(640, 460)
        self.backup.setFocus()

    def _with_button(self, edit: QLineEdit, choose: Any, name: str) -> QWidget:
        # Not a default: focused once by Tab, it took the Enter typed in the passphrase
        # afterwards and opened a file window instead of restoring (found in the real app).
        button = chooser_button(self.tr("Choose…"))
        button.setAccessibleName(name)
        button.clicked.connect(choose)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        row.addWidget(button)
        return box

    def _choose_backup(self) -> None:
        chosen = file_dialogs.open_file(self, self.tr("Choose the backup to restore"),
                                        self.backup.text() or str(Path.home()),
                                        self.tr("Backups (*.vaultbackup *.vrs)") + ";;" + self.tr("All files (*)"))
        if chosen:
            self.backup.setText(chosen)

    def _choose_backup_folder(self) -> None:
        typed = expanded(self.backup.text().strip()) if self.backup.text().strip() else Path.home()
        chosen = file_dialogs.existing_directory(self, self.tr("Choose the backup folder"),
                                                 str(typed if typed.is_dir() else typed.parent))
        if chosen:
            self.backup.setText(chosen)  # listed by _list_folder, the newest chosen

    def _choose_folder(self) -> None:
        chosen = file_dialogs.existing_directory(self, self.tr("Choose where to restore the vault"),
                                                 self.folder.text())
        if chosen:
            # A folder with other things in it gets the vault in a folder of its own, as the
            # first-run wizard does.
            path = Path(chosen)
            self.folder.setText(str(path if not any(path.iterdir()) or vault_exists(path) else path / "vault"))

    def _list_folder(self) -> None:
        """The backups of a folder typed or pasted in Backup, newest first, the newest chosen."""
        path = expanded(self.backup.text().strip()) if self.backup.text().strip() else None
        found = backups_in_folder.backups_in(path) if path is not None and path.is_dir() else []
        self.in_folder.clear()
        for backup in found:
            name = f"snapshots/{backup.name}" if is_snapshot(backup) else backup.name
            written = moment_here(backups_in_folder.written(backup))
            label = (self.tr("{0} (written {1}, after today on this computer's clock: its clock ran ahead then)")
                     if backups_in_folder.written_ahead(backup) else self.tr("{0} (written {1})"))
            self.in_folder.addItem(label.format(name, written), str(backup))
        form = self.form.layout()
        assert isinstance(form, QFormLayout)
        form.setRowVisible(self.in_folder, bool(found))

    def chosen_backup(self) -> Path:
        """The backup to restore: the one chosen in the folder's list, or the file given."""
        if self.in_folder.count() and self.in_folder.currentData():
            return Path(str(self.in_folder.currentData()))
        return expanded(self.backup.text().strip())

    def target(self) -> Path:
        """The folder typed, its ~ expanded (never raising: asked at each keystroke)."""
        return expanded(self.folder.text().strip())

    def _changed(self) -> None:
        kit = self.with_kit.isChecked()
        form = self.form.layout()
        assert isinstance(form, QFormLayout)
        form.setRowVisible(self.passphrase, not kit)
        for widget in self.kit_rows:
            form.setRowVisible(widget, kit)
        # Read only where a vault is: the one this app opens, or the one the restore replaces.
        here = kit and (vault_exists(self.app_folder) or vault_exists(self.target()))
        form.setRowVisible(self.current, here)
        form.setRowVisible(self.current_note, here)
        target = self.target()
        # What the Backups screen's restore refuses in a typed folder, said before any disk is
        # asked: "~someone" naming no user raised here at each keystroke.
        said = path_problem(self.folder.text().strip(), RESTORE_WORDS) if self.folder.text().strip() else None
        if not self.folder.text().strip():
            self.folder_note.setText(" ")
        elif said is not None:
            self.folder_note.setText(QCoreApplication.translate("BackupsDialog", said))
        elif vault_exists(target) and self.may_replace:
            self.folder_note.setText(self.tr(
                "The vault in this folder will be replaced. A safety copy of it is kept beside it, in "
                "{0}-before-restore-(date and time).").format(target.name))
        elif vault_exists(target):
            self.folder_note.setText(self.tr("This folder already holds a vault: choose an empty folder."))
        else:
            self.folder_note.setText(self.tr("The restored vault will be in this folder."))
        keys = (bool(self.key.text().strip()) and self.new.ready()) if kit else bool(self.passphrase.text())
        ready = bool(self.backup.text().strip()) and bool(self.folder.text().strip()) and said is None and keys
        self.restore_button.setEnabled(ready and self.report is None and not self.progress.isVisible())

    # --- restore ------------------------------------------------------------------------
    def try_restore(self) -> None:
        if self.report is not None:  # the button says Continue now
            self.accept()
            self.restored.emit(Path(self.report.folder))
            return
        if path_problem(self.folder.text().strip(), RESTORE_WORDS) is not None:
            return  # said under the folder, the button greyed (Enter in a field comes here all the same)
        if not self.with_kit.isChecked() and looks_like_recovery_key(self.passphrase.text()):
            # As the command line's prompt takes it: the kit typed where the passphrase goes is the kit.
            self.key.setText(self.passphrase.text().strip())
            self.passphrase.clear()
            self.with_kit.setChecked(True)
            self.message.setText(self.tr("That is the shape of your Emergency Kit's recovery key: the backup is "
                                         "opened with it. Choose the passphrase the restored vault will open with, "
                                         "then Restore."))
            self.first.setFocus()
            return
        path = self.chosen_backup()
        self._carried.wipe()  # a new try: nothing of an earlier one is carried into it
        if not path.is_file():  # "~someone" naming no user too: kept as typed, no such file
            self.message.setText(self.tr("{0} is not a backup file. Choose the backup file or the snapshot "
                                         "(snapshots/snap-….vrs) itself.").format(path))
            return
        replace = vault_exists(self.target()) and self.may_replace
        if not replace:
            self._run(path, False)
            return
        # One read of the backup on the worker (restore_ask.question): whether it is another vault's
        # (the wrong drive's: its question says so, and the restore refuses it unless answered), else
        # what the vault replaced holds newer than it (its key derived, its ledger's chain verified;
        # found by a walker, a court-order disclosure was lost without a word). The restore is held
        # to the file that read hashed: another one put in its place before the answer is refused.
        # The copies the restore reads (_run's `known`), read alike: the signing key it decides is foreseen.
        to_dir, carried, known = self.target(), self._carried, [self.app_folder]
        if self.with_kit.isChecked():
            key, current = self.key.text().strip(), self._current()

            def read() -> restore_ask.Question:
                return restore_ask.question(path, to_dir, recovery_key=key, current_passphrase=current,
                                            known_copies=known)
        else:
            phrase = self.passphrase.text()

            def read() -> restore_ask.Question:
                with kdf.using(carried):
                    return restore_ask.question(path, to_dir, passphrase=phrase, known_copies=known)

        reading = self.tr("Reading the vault to be replaced: what it holds newer than this backup…")
        self._set_busy(True, reading)
        run_op(self, read, on_success=lambda asked: self._read(path, asked), on_error=self._failed, label=reading)

    def _read(self, path: Path, asked: restore_ask.Question) -> None:
        self._set_busy(False)
        self._ask(path, asked.other, asked.ahead, asked.copy.sha256)

    def _ask(self, path: Path, other: bool, said: Ahead | None, asked: str | None = None) -> None:
        self._said = said  # the summary says again what no file held (restore_carried_words.lines)
        if other:
            box = AnsweredByAlt(QMessageBox.Icon.Warning, self.tr("Replace this vault with another vault?"), self.tr(
                "This backup is of another vault, not of the vault in {0}. Restoring it replaces the vault in {0} "
                "with that other vault. A safety copy of the vault there now is kept beside it, in a folder named "
                "{1}-before-restore- and the date and time. Replace it with the other vault?").format(
                    self.target(), self.target().name),
                QMessageBox.StandardButton.Cancel, self)
            yes = box.addButton(self.tr("&Replace with the other vault"), QMessageBox.ButtonRole.AcceptRole)
        else:
            words = [self.tr(
                "The vault in {0} will be replaced by the backup. A safety copy of it is kept beside it, in a folder "
                "named {1}-before-restore- and the date and time.").format(self.target(), self.target().name),
                    *restore_carried_words.ahead_lines(said, typed_current=self._typed_current),
                    *restore_signing_words.question_lines(said),  # a new key pair: said before, not only after
                    self.tr("Replace it?")]
            box = AnsweredByAlt(QMessageBox.Icon.Warning, self.tr("Replace this vault?"), "\n\n".join(words),
                                QMessageBox.StandardButton.Cancel, self)
            box.setTextFormat(Qt.TextFormat.PlainText)  # the folder as typed
            yes = box.addButton(self.tr("&Replace"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        self.question = box

        def answered() -> None:
            self.question = None
            if box.clickedButton() is yes:
                self._run(path, True, other, asked)
            else:
                self._carried.wipe()
                self.message.setText(self.tr("Nothing was restored."))

        box.finished.connect(answered)
        box.open()

    def _run(self, path: Path, replace: bool, other_vault: bool = False, asked: str | None = None) -> None:
        to_dir, known = self.target(), [self.app_folder]
        restore = restore_snapshot if is_snapshot(path) else restore_backup
        if self.with_kit.isChecked():
            key, new, current = self.key.text().strip(), self.first.text(), self._current()

            def job() -> RestoreReport:
                return restore(path, to_dir, recovery_key=key, new_passphrase=new, overwrite=replace,
                               known_copies=known, other_vault=other_vault, asked_sha256=asked,
                               current_passphrase=current)
        else:
            # The passphrase as it is now: a key carried for another one is not taken (kdf.Carried).
            phrase, carried = self.passphrase.text(), self._carried

            def job() -> RestoreReport:
                try:
                    with kdf.using(carried):
                        return restore(path, to_dir, passphrase=phrase, overwrite=replace, known_copies=known,
                                       other_vault=other_vault, asked_sha256=asked)
                finally:
                    carried.wipe()

        self._set_busy(True)
        run_op(self, job, on_success=self._restored, on_error=self._failed,
               label=self.tr("Restoring and checking the backup…"))

    def _current(self) -> str | None:
        """The current vault's passphrase typed beside the kit, if any (what the summary says of it)."""
        self._typed_current = bool(self.current.text()) and not self.current.isHidden()
        return self.current.text() if self._typed_current else None

    def _set_busy(self, busy: bool, saying: str = "") -> None:
        self.progress.setVisible(busy)
        self.form.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)
        self.message.setText((saying or self.tr("Restoring and checking the backup…")) if busy else "")
        self._changed()

    def _failed(self, exc: BaseException) -> bool:
        self._set_busy(False)
        self._carried.wipe()
        text = _sentence(exc)
        if not text:
            return False  # the standard error dialog; the service changed nothing before it failed
        self.message.setText(text)
        return True

    def _restored(self, report: Any) -> None:
        self._set_busy(False)
        self.report = report
        self.form.hide()
        self.intro.hide()
        self.done_text.setText("\n\n".join(self.summary(report)))
        restore_unsaid_words.said_in(report.folder)  # shown: the next unlock does not say it again
        self.done_text.show()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self.restore_button.setText(self.tr("&Continue to unlock"))
        self.restore_button.setEnabled(True)
        self.restore_button.setFocus()

    def summary(self, report: RestoreReport) -> list[str]:
        lines, self.next_step = restore_summary.lines(report, self._said, typed_current=self._typed_current)
        return lines

    def reject(self) -> None:
        if self.progress.isVisible():
            return  # the restore runs: it finishes or fails whole; Cancel comes back after it
        self._carried.wipe()
        super().reject()
