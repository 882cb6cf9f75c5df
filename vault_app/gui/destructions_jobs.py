"""Records > Destructions' two jobs, held apart from the window (destructions_dialog.py, past the
~500 lines a file keeps to): Finish now (an interrupted destruction) and Purge the backups now (a
completed one's backups not reachable then, or a backup a restore was made from), each with its
long part beside the app's worker (services/destruction_again_beside.py), its progress and its
result in the window; and Purge a backup file… (a copy of a backup the register does not name, a
copy made by hand or restored from beside the vault: `destruction purge-backups CERT --file`),
run the same way."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QPushButton

from vault_app.domain.destruction import DestructionNotVerified
from vault_app.domain.errors import VaultError
from vault_app.gui import file_dialogs, ledger_sealing_running, rekey_running
from vault_app.gui.beside_jobs import log_only
from vault_app.gui.destruction_stop_words import purge_failed_text
from vault_app.gui.destruction_texts import backup_after_said, step_words
from vault_app.gui.refusal_words import refusal_text
from vault_app.gui.worker_bridge import ToWorker
from vault_app.services import backup, destruction, destruction_again_beside
from vault_app.services import destruction_journal as journal
from vault_app.services.destruction_beside import LiveView, PurgeJob
from vault_app.services.destruction_new_backup import KEY
from vault_app.services.destruction_progress import Step

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault

    _Window = QDialog  # what the mixin is mixed into, for the type checker
else:
    _Window = object


def _backup_folder(v: Vault) -> str:
    """The backup folder the settings name, when it is there (its drive connected); else ""."""
    target = backup.settings(v).get("target")
    folder = Path(str(target)).expanduser() if target else None
    return str(folder.resolve()) if folder is not None and folder.is_dir() else ""


class DestructionJobs(_Window):
    """Mixed into DestructionsDialog (before QDialog): its jobs; the window's widgets and state
    are the dialog's (set in its __init__)."""

    controller: App
    act_button: QPushButton
    saved: QLabel
    step: QLabel
    progress: QProgressBar
    stepped: SignalInstance
    purging: SignalInstance
    resumed_beside: SignalInstance
    purged_beside: SignalInstance
    _rows: dict[str, dict[str, Any]]
    _busy: bool
    _said_of: str | None
    _job: PurgeJob | destruction_again_beside.PurgeAgainJob | None
    _to_worker: ToWorker | None

    # The dialog's own (it overrides them); not in a TYPE_CHECKING block, where lupdate would lose
    # this class's name as the context of its strings.
    def chosen(self) -> str | None:
        raise NotImplementedError

    def _save_state(self) -> None:
        raise NotImplementedError

    def load(self) -> None:
        raise NotImplementedError

    def _act(self) -> None:
        certificate_id = self.chosen()
        row = self._rows.get(certificate_id or "")
        if certificate_id is None or row is None or self._busy or self.controller.destruction_running:
            return
        self._busy = True
        self.act_button.setEnabled(False)
        self.saved.setText("")
        self._said_of = certificate_id
        self._show_progress(self.tr("Finishing the destruction…") if str(row["state"]).startswith("interrupted")
                            else self.tr("Purging the backups…"))
        # As the wizard's destruction: a lock or quit asked for meanwhile waits for its end
        # (destruction_hold.py), this window's progress left on screen; the first sealing of the
        # ledger stops before the files are rewritten. The long part runs beside the worker
        # (services/destruction_again_beside.py): autosaves and chart openings go on meanwhile.
        # Finish now of a whole chart: opening that chart meanwhile is refused (destruction_meanwhile.py).
        interrupted = str(row["state"]).startswith("interrupted")
        self.controller.destruction_begins(self, str(row["client_id"]) if interrupted and row["scope"] == "chart"
                                           else None)
        to_worker = self._to_worker = ToWorker(self.controller)
        if str(row["state"]).startswith("interrupted"):
            stepped = self.stepped

            def report(step: Step) -> None:
                stepped.emit(step)  # queued to the GUI thread: the window lives there

            def begin(v: Vault) -> tuple[destruction.Carrying, LiveView]:
                rekey_running.refuse_while_running("a chart is destroyed")
                return destruction_again_beside.resume_begin(v, certificate_id, to_worker.submit, progress=report)

            self.controller.op(self, ledger_sealing_running.stopped_first(begin)).success(self._resume_beside) \
                .failure(self._resume_failed).run()
            return

        def begin_purge(v: Vault) -> LiveView:
            rekey_running.refuse_while_running("a chart is destroyed")
            return destruction_again_beside.purge_again_begin(v, certificate_id, to_worker.submit)

        self.controller.op(self, ledger_sealing_running.stopped_first(begin_purge)) \
            .success(lambda live: self._purge_beside(live, certificate_id)).failure(self._purge_failed).run()

    def _show_progress(self, text: str) -> None:
        self.progress.setRange(0, 0)  # until the first step arrives
        self.progress.setVisible(True)
        self.step.setText(text)
        self.step.setVisible(True)

    def _stepped(self, step: Step) -> None:
        if self._busy:
            self.progress.setRange(0, max(1, step.total))
            self.progress.setValue(step.done)
            self.step.setText(step_words(step))

    def _purging(self, backup: int) -> None:
        if self._busy:
            self.step.setText(self.tr("Purging backup {0}…").format(backup))

    # --- Finish now ---------------------------------------------------------------------------
    def _resume_beside(self, begun: tuple[destruction.Carrying, LiveView]) -> None:
        carrying, live = begun
        job = self._job = PurgeJob(carrying, live, on_end=self.resumed_beside.emit)
        job.start()

    def _resume_ended(self, error: BaseException | None) -> None:
        job, self._job = self._job, None
        if not isinstance(job, PurgeJob):
            self._act_ended()
            return
        carrying = job.carrying
        if error is not None:
            self.controller.op(self, lambda v: destruction_again_beside.stopped(v, carrying, error)) \
                .failure(log_only).finally_(lambda: self._finished(False, error)).run()
            return
        self.controller.op(self, lambda v: destruction_again_beside.resume_finish(v, carrying)) \
            .success(lambda body: self._finished(True, after=body.get(KEY))).failure(self._resume_failed).run()

    def _resume_failed(self, exc: BaseException) -> bool:
        # Recorded as a stop (its reason then shown above) or as a failed verification.
        self._finished(False, exc)
        return True

    def _finished(self, done: bool, exc: BaseException | None = None, *, after: Any = None) -> None:
        """`after`: the new backup the finish made once it purged the backups, or why not: said here as
        the wizard's last page says it (found: a failed one went unsaid on this line)."""
        if done:
            said = backup_after_said(after)
            self.saved.setText(" ".join(part for part in (
                self.tr("The destruction is finished; its signed certificate can be saved now."), said) if part))
        elif isinstance(exc, DestructionNotVerified):
            self.saved.setText(refusal_text(exc))
        else:
            self.saved.setText(self.tr("The destruction is still not finished."))  # why: the line above
        self._act_ended()

    # --- Purge the backups now ----------------------------------------------------------------
    def _purge_beside(self, live: LiveView, certificate_id: str) -> None:
        job = self._job = destruction_again_beside.PurgeAgainJob(
            live, certificate_id, on_end=self.purged_beside.emit, on_backup=self.purging.emit)
        job.start()

    def _purge_ended(self, report: dict[str, Any] | None, error: BaseException | None) -> None:
        self._job = None
        if report is None:
            self._purge_failed(error or RuntimeError("lost"))
            return
        self._purged(report)
        self._act_ended()

    def _purge_failed(self, exc: BaseException) -> bool:
        self.saved.setText(purge_failed_text(exc))
        self._act_ended()
        return True

    def _act_ended(self) -> None:
        self._busy = False
        self._file_wanted = False
        self._purging_file = None
        self._to_worker = None
        self.progress.setVisible(False)
        self.step.setVisible(False)
        self.controller.destruction_ends()
        self.load()

    def _purged(self, report: dict[str, Any]) -> None:
        file, self._purging_file = self._purging_file, None
        self._file_wanted = False
        if file is not None:
            self._file_purged(report, file)
            return
        left = len(report.get("backups_not_reachable") or ())
        if not report.get("ok"):
            self.saved.setText(self.tr("A backup could not be purged; the chart's certificate lists it."))
        elif left:
            self.saved.setText(self.tr("The backups present were purged; %n is still not reachable.", "", left)
                               if left == 1 else
                               self.tr("The backups present were purged; %n are still not reachable.", "", left))
        else:
            self.saved.setText(self.tr("The chart was purged from every registered backup."))

    # --- Purge a backup file… -----------------------------------------------------------------
    # A backup the register does not name (copied by hand, or the file a restore beside the vault
    # was made from) is out of Purge the backups now's reach: `backup verify` still calls it NOT
    # CLEAN. Found after `destruction purge-backups CERT --file` was added: the app had no way to it.
    file_button: QPushButton
    _file_wanted: bool  # the button was chosen with the psychotherapy notes locked: unlock first
    _purging_file: Path | None

    def _file_parts(self) -> QPushButton:
        self.file_button = QPushButton(self.tr("Purge a backup file…"))
        self.file_button.setAutoDefault(False)
        self.file_button.setToolTip(self.tr("A copy of a backup made by hand, or the file a restore was made from: "
                                            "the chart is purged from it as from a registered backup."))
        self.file_button.setVisible(False)
        self.file_button.clicked.connect(self._choose_file)
        self._file_wanted = False
        self._purging_file = None
        return self.file_button

    def _choose_file(self) -> None:
        if self._busy or self.chosen() is None:
            return
        if not self.controller.psychotherapy_open:
            # The file's psychotherapy copy opens only with that compartment's key (as the CLI's);
            # the unlock goes on to the chooser (_go_on_after_unlock).
            self._file_wanted = True
            self._save_state()
            return
        # Opened in the vault's backup folder (found: in the home folder, far from any backup),
        # read on the worker (the settings are in the vault).
        self.controller.query(self, _backup_folder).success(self._choose_in).run()

    def _go_on_after_unlock(self) -> None:
        """The notes unlocked after Purge a backup file… asked for them: on to the chooser (found:
        a second click was needed)."""
        if self._file_wanted and self.controller.psychotherapy_open and not self._busy and self.isVisible():
            self._file_wanted = False
            self._save_state()
            self._choose_file()

    def _choose_in(self, folder: str) -> None:
        if self._busy or not self.isVisible():
            return
        path = file_dialogs.open_file(self, self.tr("Choose the backup file to purge"), folder or str(Path.home()),
                                      self.tr("Backup files (*.vaultbackup);;All files (*)"))
        if path:
            self.purge_file(Path(path))

    def purge_file(self, file: Path) -> None:
        """Purge the chosen destruction's chart from `file` (`destruction purge-backups CERT
        --file`): checked on the worker, purged beside it as Purge the backups now's backups."""
        certificate_id = self.chosen()
        if certificate_id is None or self._busy or self.controller.destruction_running:
            return
        self._busy = True
        self._purging_file = file
        self.act_button.setEnabled(False)
        self.file_button.setEnabled(False)
        self.saved.setText("")
        self._said_of = certificate_id
        self._show_progress(self.tr("Purging the backup file…"))
        self.controller.destruction_begins(self, None)
        to_worker = self._to_worker = ToWorker(self.controller)

        def begin(v: Vault) -> tuple[LiveView, journal.NamedFile]:
            rekey_running.refuse_while_running("a chart is destroyed")
            return destruction_again_beside.purge_file_begin(v, certificate_id, file, to_worker.submit)

        self.controller.op(self, ledger_sealing_running.stopped_first(begin)) \
            .success(self._purge_file_beside).failure(self._file_refused).run()

    def _purge_file_beside(self, begun: tuple[LiveView, journal.NamedFile]) -> None:
        live, named = begun
        job = self._job = destruction_again_beside.PurgeFileJob(live, named, on_end=self.purged_beside.emit)
        job.start()

    def _file_refused(self, exc: BaseException) -> bool:
        # Its refusal by its code (refusal_words_backup: not there, a snapshot, another vault's).
        self.saved.setText(refusal_text(exc) if isinstance(exc, VaultError) else purge_failed_text(exc))
        self._act_ended()
        return True

    def _file_purged(self, report: dict[str, Any], file: Path) -> None:
        if report.get("ok"):
            self.saved.setText(self.tr("The chart was purged from the backup file {0}.").format(file))
        else:
            self.saved.setText(self.tr("The backup file {0} could not be purged; it was left as it was.")
                               .format(file))
