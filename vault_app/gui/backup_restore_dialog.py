"""Restore a backup chosen on the Backups screen (an open vault): into a folder beside it, or
over the vault in use.

Apart from the Backups screen because it is a dialog of its own with its own checks (the
folder typed, the passphrase, another vault's backup) and its own ending (a lock, or where
the copy went); Backups > Restore the selected backup… opens it. Restoring with no vault
open is gui/restore_dialog.py.
"""

from __future__ import annotations

import html
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QFormLayout, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from vault_app.crypto import kdf
from vault_app.gui import (
    ledger_sealing_running,
    offered_file_names,
    restore_carried_words,
    restore_held_words,
    restore_signing_words,
    restore_unsaid_words,
)
from vault_app.gui.background import show_inline
from vault_app.gui.backup_folder_problems import RESTORE_WORDS, path_problem
from vault_app.gui.confirm import AnsweredByAlt, ask_yes_no
from vault_app.gui.forms import action_buttons
from vault_app.gui.new_passphrase_fields import NewPassphraseFields
from vault_app.gui.passphrase import PassphraseField
from vault_app.gui.practice_clock import moment_here
from vault_app.gui.widgets import wrapped_label
from vault_app.services import backup_repo_restore, kept_places, restore_ask
from vault_app.services.backup_repo import is_snapshot

if TYPE_CHECKING:
    from vault_app.gui.seam import App
    from vault_app.services.backup_restore import RestoreReport
    from vault_app.services.vault import Vault


class RestoreDialog(QDialog):
    def __init__(self, controller: App, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.path = path
        # The backup's key derived for the question, carried to the restore (one Argon2 run, not
        # two); wiped when the restore ends, the question is answered No or the dialog closes.
        self._carried = kdf.Carried()
        self.setWindowTitle(self.tr("Restore a backup"))
        intro = wrapped_label(
            self.tr("Restore <b>{0}</b>. Records destroyed since this backup was made are destroyed "
                    "again in the restored copy, so a restore never brings back a destroyed chart.").format(
                html.escape(path.name)))
        intro.setTextFormat(Qt.TextFormat.RichText)
        # Beside the backup folder, never inside it (a vault there would lie among the backups; the
        # restore refuses it): a snapshot's repository, or the folder of single-file backups the
        # vault marked as its own (found: the dialog offered <backup folder>/restored-…, and its
        # own offer was refused). A copy saved elsewhere, in no backup folder: beside it.
        beside = path.parent.parent.parent if is_snapshot(path) else path.parent
        holder = kept_places.backup_folder_of(beside, itself=True)
        if holder is not None:
            beside = holder.parent
        self.folder = QLineEdit(str(beside / offered_file_names.restored_folder(path.stem)))
        self.folder.setAccessibleName(self.tr("Restore into"))  # a screen reader's words: Spanish too
        self.replace = QCheckBox(self.tr("Replace the vault I am using now (a safety copy of it is kept beside it)"))
        # Ticked, the restore goes over the vault in use, not into the folder: found on Xvfb, the
        # dialog went on saying "Restore into <a folder beside the backup>". That row gives way to
        # one naming the vault replaced; the folder typed stays for when Replace is unticked.
        self.replaced = wrapped_label(self.tr("the vault you are using now, in {0}").format(controller.folder))
        self.replaced.setTextFormat(Qt.TextFormat.PlainText)  # a folder named "<b>x</b>" is not markup
        self.replaced.setAccessibleName(self.tr("Restore over"))
        self.passphrase = PassphraseField(self.tr("Passphrase of the backup"), self.tr("Passphrase of the backup"))
        # The Emergency Kit too, as `backup restore --recovery-key-file` takes it over the vault in use
        # (found by a lead: a backup made under a passphrase since forgotten could not be restored here).
        self.with_kit = QCheckBox(self.tr("Open it with my &Emergency Kit instead (the recovery key, and a new "
                                          "passphrase)"))
        self.key = QLineEdit()
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.key.setPlaceholderText(self.tr("the recovery key from your Emergency Kit"))
        self.message = wrapped_label("", "verdictRefused")
        # The folder typed is shown as typed: a name like "<b>x</b>" is not markup.
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout()
        form.addRow(self.tr("Restore into:"), self.folder)
        form.addRow(self.tr("Restore over:"), self.replaced)
        form.addRow("", self.replace)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow("", self.with_kit)
        form.addRow(self.tr("Recovery key:"), self.key)
        self.new = NewPassphraseFields(form, lambda: None)
        buttons, _action = action_buttons(self, self.tr("Restore"), self.restore)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(620, 300)
        self._form = form
        self.replace.toggled.connect(self._show_target)
        self._show_target(False)
        self.with_kit.toggled.connect(self._show_secrets)
        self._show_secrets(False)
        self._kit: tuple[str, str] | None = None  # (recovery key, new passphrase) of the restore under way

    def _show_target(self, replace: bool) -> None:
        self._form.setRowVisible(self.folder, not replace)
        self._form.setRowVisible(self.replaced, replace)

    def _show_secrets(self, kit: bool) -> None:
        self._form.setRowVisible(self.passphrase, not kit)
        for row in (self.key, *self.new.rows):
            self._form.setRowVisible(row, kit)

    def _kit_typed(self) -> bool:
        """With the kit: its key and the new passphrase (twice, strong enough), else said; True when ready."""
        if not self.key.text().strip():
            self.message.setText(self.tr("Type the recovery key from your Emergency Kit."))
            self.key.setFocus()
            return False
        if not self.new.ready():
            self.message.setText(self.tr("Choose the passphrase the restored vault will open with, strong enough, "
                                         "and type it again."))
            self.new.first.setFocus()
            return False
        self._kit = (self.key.text().strip(), self.new.text())
        return True

    def restore(self) -> None:
        path, phrase, replace = self.path, self.passphrase.text(), self.replace.isChecked()
        self._kit = None
        self._carried.wipe()  # a new try: nothing of an earlier one is carried into it
        carried = self._carried
        # The folder checked is the one restored into, without the spaces around it, as on the
        # Backups screen: checked with them, " /media/restored" (pasted) was called not whole.
        typed = self.folder.text().strip()
        # Typed without its path, or left blank, the folder was the one the app was started from:
        # a restore went there, among whatever that folder held. Said, as on the Backups screen.
        said = None if replace else path_problem(typed, RESTORE_WORDS)
        if said is not None:
            self.message.setText(QCoreApplication.translate("BackupsDialog", said))
            return
        if self.with_kit.isChecked():
            if not self._kit_typed():
                return
        elif not phrase:
            # Tried, an empty passphrase was called wrong ("That passphrase does not open this backup").
            self.message.setText(self.tr("Type the passphrase the vault had when this backup was made."))
            self.passphrase.setFocus()
            return
        if replace:
            # One read of the backup on the worker (restore_ask.question): whether it is another
            # vault's (a second drive's, an old practice's: said in the question, which the restore
            # otherwise refuses), else what the vault in use holds newer than it (the backup's key
            # derived; found by a walker, a court-order disclosure recorded after the backup was lost
            # without a word). The restore is held to the file that read hashed: another backup put
            # in its place before the answer is refused, nothing written (found by a reader).
            kit = self._kit

            def read(v: Vault) -> restore_ask.Question:
                if kit is not None:
                    return restore_ask.question(path, v.folder, recovery_key=kit[0], current=v)
                with kdf.using(carried):
                    return restore_ask.question(path, v.folder, passphrase=phrase, current=v)

            self.message.setText(self.tr("Reading the vault you are using: what it holds newer than this backup…"))
            self.controller.op(self, read, label=self.tr("Reading what the vault holds newer than this backup…")) \
                .success(lambda asked: self._ask_then_go(path, phrase, typed, asked)) \
                .failure(self._failed).run()
        else:
            self._go(path, phrase, replace, typed, False)

    def _ask_then_go(self, path: Path, phrase: str, typed: str, asked: restore_ask.Question) -> None:
        if not self.isVisible():
            # Closed (Escape) while the worker read: the key it kept after the close's wipe is
            # wiped now, and no question is asked of a dialog no longer there (found by a reader).
            self._carried.wipe()
            return
        self.message.setText("")
        if asked.other:
            ask_yes_no(self, self.tr("Replace this vault with another vault?"),
                       self.tr("This backup is of another vault, not of the vault you are using. Restoring it "
                               "replaces your vault with that other vault and locks it. A safety copy of your vault "
                               "is kept beside it. Continue?"),
                       lambda: self._go(path, phrase, True, typed, True, asked.copy.sha256), self._carried.wipe)
            return
        words = [self.tr("The vault you are using is replaced by the backup and locked. A safety copy of it is kept "
                         "beside it: anything entered after this backup was made will be only in that safety copy."),
                 *restore_carried_words.ahead_lines(asked.ahead),
                 *restore_signing_words.question_lines(asked.ahead),  # a new key pair: said before, not only after
                 self.tr("Continue?")]
        ask_yes_no(self, self.tr("Replace this vault?"), "\n\n".join(words),
                   lambda: self._go(path, phrase, True, typed, False, asked.copy.sha256), self._carried.wipe)

    def _failed(self, exc: BaseException) -> bool:
        self._carried.wipe()
        return show_inline(self.message)(exc)

    def reject(self) -> None:
        self._carried.wipe()
        super().reject()

    def _go(self, path: Path, phrase: str, replace: bool, typed: str, other: bool, asked: str | None = None) -> None:
        to_dir, carried, kit = Path(typed), self._carried, self._kit

        def job(v: Vault) -> RestoreReport:
            rekeying = sys.modules.get("vault_app.gui.rekey_running")  # loaded once one ever ran
            if replace and rekeying is not None:
                rekeying.refuse_while_running("the vault is replaced by a backup")
            target = v.folder if replace else to_dir
            try:
                with kdf.using(carried):
                    return backup_repo_restore.restore_copy(
                        path, target, passphrase=None if kit is not None else phrase, overwrite=replace, current=v,
                        known_copies=[v.folder], other_vault=other, asked_sha256=asked,
                        recovery_key=kit[0] if kit is not None else None,
                        new_passphrase=kit[1] if kit is not None else None)
            finally:
                carried.wipe()

        # Over the vault in use: the first sealing's connection to ledger.db is closed before
        # the files are replaced.
        work = ledger_sealing_running.stopped_first(job) if replace else job
        self.controller.op(self, work, label=self.tr("Restoring and checking…")).success(self._restored) \
            .failure(self._failed).run()

    def _restored(self, report: RestoreReport) -> None:
        # Those applied again, not every destruction the vault knows (found: "2 destructions were
        # applied again" for a backup that still held one destroyed chart).
        reapplied = sum(1 for r in report.reapplied if r.get("reapplied"))
        again = "" if not reapplied else self.tr(" %n destruction was applied again.", "", 1) \
            if reapplied == 1 else self.tr(" %n destructions were applied again.", "", reapplied)
        self.accept()
        if self.replace.isChecked():
            self.controller.lock(self.tr("The vault was replaced by a backup. Unlock it with the new passphrase you "
                                         "chose.") if report.recovered else
                                 self.tr("The vault was replaced by a backup. Unlock it to continue."))
            # Said on the unlock window: a box of the Backups window closed with it at the lock, and
            # where the replaced vault went was never said (found on Xvfb).
            kept = "" if not report.safety_copy else self.tr(
                " The vault you were using is kept as a safety copy in {0}: anything entered after the backup "
                "was made is only there.").format(report.safety_copy)
            said = self.tr("Restored from the backup made {0}.{1}{2}").format(
                moment_here(report.backup_created), again, kept)
            # The controller's window (not in the App seam, which the other screens share).
            unlock = getattr(self.controller, "unlock_window", None)
            parent = unlock if isinstance(unlock, QWidget) else self.parentWidget()
        else:
            # A copy beside the vault: say how to look at it (the message ended at the folder's name).
            said = self.tr("Restored into {0}.{1}").format(report.folder, again)
            if report.copy_beside:  # backups off in it: it never writes among this vault's (backup_registry_copy)
                said += self.tr(" Its automatic backups are off, so it never writes into or thins this vault's "
                                "backups; once it is open, Vault > Backups… gives it a backup folder.")
            said += self.tr(" To look at it, use Vault > Open another vault…")
            if report.recovered:
                said += self.tr(" It opens with the new passphrase you chose.")
            parent = self.parentWidget()
        carried = restore_carried_words.lines(report)  # the replaced vault's ledger beyond the backup
        carried += restore_signing_words.lines(report)  # the signing key kept (a backup older than its keys)
        if carried:
            said += " " + " ".join(carried)
        if report.source_holds_destroyed:
            # The file keeps what the vault destroyed again (found: nothing said so, and it was listed verified).
            said += (" " + restore_held_words.beside(report)) if report.copy_beside else self.tr(  # its own purge
                " The backup restored from, {0}, still holds a chart destroyed since it was made "
                "(destroyed again in the vault, not in that file): purge it in Records > Destructions "
                "and certificates (Purge the backups now), or delete that file.").format(report.source)
        box = AnsweredByAlt(QMessageBox.Icon.Information, self.tr("Restored"), said, QMessageBox.StandardButton.Ok,
                          parent)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the folders typed, as typed
        box.open()
        restore_unsaid_words.said_in(report.folder)  # shown: the next unlock does not say it again
