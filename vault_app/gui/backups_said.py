"""What the Backups window's result line says of a backup made by Back up now or a single-file
copy (a part of gui/backups.py's BackupsDialog, held apart since the two together passed one
file's worth)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel

from vault_app.gui import backup_wait_line
from vault_app.gui.backup_warnings import lost_folder_words
from vault_app.gui.practice_clock import moment_here

if TYPE_CHECKING:
    from collections.abc import Callable

    from vault_app.services.backup import BackupInfo
    from vault_app.services.backup_now import BackedUpNow, NewestAlready
    from vault_app.services.backup_repo import SnapshotInfo


class BackupsSaid:
    """Mixed into BackupsDialog (before QDialog), which sets these attributes. Only
    annotations here besides the words' methods."""

    result_label: QLabel
    tr: Callable[..., str]
    _running: set[str]
    _other_copy_said: Callable[[bool], None]

    def _copy_saved_now(self, done: BackedUpNow) -> None:
        self._copy_saved(done.info)
        self._saved_since(done)

    def _copy_saved(self, info: BackupInfo) -> None:
        self._tone(False)
        self.result_label.setText(self.tr("Single-file copy saved: {0} ({1} KiB, checked as a restore would check "
                                          "it). You can copy this file elsewhere on its own.")
                                      .format(info.path, info.bytes // 1024))

    def _backed_up_now(self, done: BackedUpNow | NewestAlready) -> None:
        from vault_app.services.backup_now import NewestAlready  # Lazy (start-up): loaded by the job already

        if isinstance(done, NewestAlready):
            # Waited for the backup made at the lock, and nothing was saved since: no second one.
            self._tone(False)
            made = moment_here(done.created)  # this computer's clock, its zone named where the practice's is another
            self.result_label.setText(self.tr(
                "Nothing was saved since the backup made at the lock: {0} (made {1}) is the newest backup.")
                .format(done.file, made))
            return
        self._backed_up(done.info, done.bytes_written)
        self._saved_since(done)

    def _saved_since(self, done: BackedUpNow) -> None:
        if done.changed_since:
            # The backup holds the vault as it was when it began, whole: what was saved while it
            # ran is not in it, and says where it goes.
            began = moment_here(done.began)
            self.result_label.setText(self.result_label.text() + "\n" + self.tr(
                "It holds the vault as it was at {0}, when the backup began. What you saved since then goes into "
                "the next backup.").format(began))

    def _backed_up(self, info: BackupInfo | SnapshotInfo, written: int | None = None) -> None:
        self._tone(False)
        checked = self.tr("checked as a restore would check it") if info.verified else self.tr("not checked yet")
        written = getattr(info, "bytes_written", written)
        # What the rotation kept that the policy let go (services/backup_rotation_covered.py).
        kept = "".join(" " + self.tr("{0} was kept: the newest backup whose check covered every compartment (the "
                                     "backups made since were checked with the psychotherapy notes locked).")
                       .format(Path(p).name) for p in info.kept_covering)
        # Its folder found deleted and made again: said, beside what was made (services/backup_folder_lost.py).
        lost = lost_folder_words(info.warnings)
        kept += " " + lost if lost else ""
        if written is not None:  # a snapshot: what it added to the repository is its cost
            self.result_label.setText(self.tr("Dated backup {0} written ({1} KiB added to the backup folder, {2}).")
                                          .format(info.file, written // 1024, checked) + kept)
            return
        self.result_label.setText(self.tr("Backed up to {0} ({1} KiB, {2}).")
                                      .format(info.file, info.bytes // 1024, checked) + kept)

    def _tone(self, problem: bool) -> None:
        """The result line in a problem's style, or the calm one again (found by a walker: a backup
        still holding a destroyed chart was said in the calm style of "intact")."""
        name = "verdictRefused" if problem else "calmNote"
        if self.result_label.objectName() != name:
            self.result_label.setObjectName(name)
            self.result_label.style().unpolish(self.result_label)  # a new name's rule only re-polished
            self.result_label.style().polish(self.result_label)


    def said_waiting_at_open(self) -> None:
        """Opened while a backup waits for another copy's hold on its folder (one pressed before a lock,
        or the lock's own): said at once (gui/backup_wait_line.py tells of its end)."""
        if backup_wait_line.waiting_now():
            self._other_copy_said(True)

    def backup_wait_ended(self, text: str, problem: bool) -> None:
        """A backup that waited for another copy's hold on its folder ended: `text` says how, here unless
        this window's own Back up now runs (said as it ends), or nothing (its failure said elsewhere)."""
        if self._running:
            return
        self._other_copy_said(False)
        if text:
            self._tone(problem)
            self.result_label.setText(text)
