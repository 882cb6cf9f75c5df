"""Quit's automatic backup, made before the window goes, and asked about when it cannot be made.
Found in the real app: the backup folder unplugged, a client added, Quit, and the window
closed with nothing said (only the support log had it). Now the refusal is said and the
therapist chooses: quit anyway (the next start says the backup at Quit was not made), or
wait, connect the drive, and quit again. The safe answer is the default; buttons answer
Alt and their letter only (AnsweredByAlt). The words keep the MainWindow context.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from vault_app.domain.errors import VaultError
from vault_app.gui import beside_jobs, older_copy, quit_busy_words, quit_unsaved
from vault_app.gui.background import Beside, Progress, describe_error, run_op
from vault_app.gui.confirm import AnsweredByAlt
from vault_app.gui.held import open_entries, read_late
from vault_app.gui.refusal_words import refusal_words
from vault_app.gui.refusal_words_backup import WaitKind, wait_kind
from vault_app.services import held_text

if TYPE_CHECKING:
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault

# The window's property while its backup before Quit runs or its question is up: a second
# Quit meanwhile adds nothing.
BUSY = "quitBackupBusy"
# Only while the backup runs: a lock then (the lid closed, the idle lock) ends the app as the
# Quit asked (controller.lock), not leaving it at the unlock window. With the question up the
# therapist has not chosen yet: a lock is a lock.
RUNNING = "quitBackupRunning"
_ANSWERED = "quitQuestionAnswered"  # a question's box, once its answer has run
# Nothing saved since the last backup, nothing typed it lacks: the quit makes no backup and says none.
NOTHING_TO_BACK_UP = object()


def backup_then_quit(window: QWidget, controller: App, quit_now: Callable[[], None]) -> None:
    """Make Quit's backup with the window still up; `quit_now` once made (or nothing to make),
    else only if the therapist chooses to quit without it."""
    if window.property(BUSY):
        return
    window.setProperty(BUSY, True)
    window.setProperty(RUNNING, True)
    # A Quit stops the work beside at once (an import at its next chart), as it did before Quit
    # made its backup first: found, the import went on to its end behind the Quit. Their waits
    # go on the one worker ahead of the backup, which then holds what they filed.
    for wait in beside_jobs.stop_for_lock():
        run_op(None, wait, on_error=beside_jobs.log_only)

    def made(_none: None) -> None:
        window.setProperty(BUSY, False)
        window.setProperty(RUNNING, False)
        if window.isVisible():  # else a lock meanwhile already ended the app (controller.lock)
            # A note the disk refused is asked about first (gui/quit_unsaved.py).
            quit_unsaved.unless_unsaved(window, quit_now)

    def refused(exc: BaseException) -> bool:
        window.setProperty(RUNNING, False)
        if not isinstance(exc, VaultError):
            describe_error(exc)  # a bug: its kind and stack to the log (never its text), as any op's
        if not window.isVisible():  # the app is already ending (a lock meanwhile): the quit keeps it
            window.setProperty(BUSY, False)
            return True
        ask_quit_without_backup(window, exc, lambda: quit_unsaved.unless_unsaved(window, quit_now), controller)
        return True

    # The open forms' typing held ahead of the backup, so the backup holds it (it was held only
    # when the window closed, after the backup: a quit then a lost laptop lost the form). Taken
    # back if the backup is refused: the forms stay open for "Wait", and the close holds again.
    # Drafts not in the last backup make one even with nothing else changed (typing alone is no
    # change of the ledger): a form filled in, then Quit, made no backup at all (found on Xvfb).
    drafts = [{**entry, "why": "quit"} for entry in open_entries(window)]

    def backup(vault: Vault) -> None:
        held_text.held_while(vault, [read_late(e) for e in drafts], beside_jobs.backup_before_quit)

    label = QCoreApplication.translate("MainWindow", "Making the backup before closing…")

    def quit_backup(kept_busy: object) -> None:
        if kept_busy is NOTHING_TO_BACK_UP:  # no "Making the backup" for none (it flashed by, empty)
            made(None)
            return
        if isinstance(kept_busy, VaultError):  # Back up now's folder kept busy past its wait: asked now
            window.setProperty(RUNNING, False)  # the question up: a lock is a lock
            if not window.isVisible():  # the app is already ending (a lock meanwhile): the quit keeps it
                window.setProperty(BUSY, False)
                return
            quit_busy_words.ask(window, controller, kept_busy, quit_now, lambda: quit_backup(None))
            return
        window.setProperty(RUNNING, True)
        controller.op(window, backup, label=label).success(made).failure(refused).run()

    _back_up_now_first(window, controller, quit_backup, refused)


def _back_up_now_first(window: QWidget, controller: App, then: Callable[[object], None],
                       refused: Callable[[BaseException], bool]) -> None:
    """Back up now still being made (built, or waiting for another copy of the app to finish its
    backup into the folder) waited for first, beside the worker (a lock meanwhile still runs), under
    one "Please wait": found, a quit during that wait showed Back up now's and the quit's own, and
    the quit's said "Making the backup" while it only waited. With its Backups window up, Back up
    now's own says what it waits for; else this one does, once it is known to wait (no "Please
    wait" for nothing). None running, `then` hears NOTHING_TO_BACK_UP when the quit's backup would
    make none (found by a walker: Back up now, then Quit at once, and a second backup was made while an
    empty "Please wait" flashed by)."""
    # Its window closed, its "Please wait" stays up (a window of its own); gone only with it (a lock).
    shown = any(bool(getattr(d, "backing_up", lambda: False)()) for d in window.findChildren(QDialog, "backupsDialog"))
    finishing = QCoreApplication.translate("MainWindow", "Finishing the backup you asked for before closing…")
    other_copy = QCoreApplication.translate(
        "MainWindow", "Waiting for the other copy of the app to finish its backup; then this one closes…")

    # Typing the ledger does not see (read late on the worker): something to back up, unless the last
    # backup at a Quit holds it, or it only says where a note with its words saved was open.
    drafts = open_entries(window)

    def wait(v: Vault, progress: Progress | None) -> object:
        from vault_app.services import backup_now  # Lazy (start-up): loaded by Back up now, if it ran

        backup_now.forget_quit_without(v)  # a quit cancelled before keeps none of its choices
        job = backup_now.asked_running(v)
        if job is None:
            return NOTHING_TO_BACK_UP if backup_now.nothing_for_quit(v, [read_late(e) for e in drafts]) else None
        if progress is not None:
            progress(-1.0, finishing)  # its "Please wait", now that there is something to wait for
            job.when_folder_waits(lambda waiting: progress(-1.0, other_copy if waiting else finishing))
        # Its folder kept busy past the wait: that refusal, asked about at once (not a second wait);
        # unless nothing is left to back up (none saved since the last checked backup, nothing typed).
        return Beside(job.when_ended, lambda: backup_now.kept_busy_with_changes(v, job, [read_late(e) for e in drafts]))

    if shown:
        controller.op(window, lambda v: wait(v, None)).success(then).failure(refused).run()
    else:
        controller.op(window, wait, progress=True).success(then).failure(refused).run()


def _newest(exc: BaseException) -> Path | None:
    """The other copy's newest backup, when this vault is the older copy and that file is there
    (the refusal names it: services/backup_lineage._refusal), for Wait to restore it here."""
    if not isinstance(exc, VaultError) or wait_kind(exc.code) is not WaitKind.NEWER:
        return None
    path = Path(str(exc.params.get("path", ""))) if exc.params.get("path") else None
    return path if path is not None and path.is_file() else None


def _wait_words(exc: BaseException) -> str:
    # What waiting is for is carried by the code's own words (refusal_words_backup.WAIT_KINDS).
    kind = wait_kind(exc.code if isinstance(exc, VaultError) else "")
    if kind is WaitKind.NEWER and _newest(exc) is not None:
        return QCoreApplication.translate("MainWindow", "&Wait and restore the newest backup…")
    if kind is WaitKind.SPACE:
        return QCoreApplication.translate("MainWindow", "&Wait and free space on the drive")
    if kind is WaitKind.DRIVE:
        return QCoreApplication.translate("MainWindow", "&Wait and connect the drive")
    if kind in (WaitKind.FOLDER, WaitKind.NEWER):  # NEWER without its file: keeping this copy is the step left
        return QCoreApplication.translate("MainWindow", "&Wait and choose another backup folder")
    return QCoreApplication.translate("MainWindow", "&Don't quit yet")


def ask_quit_without_backup(window: QWidget, exc: BaseException, quit_now: Callable[[], None],
                            controller: App | None = None) -> QMessageBox:
    if isinstance(exc, VaultError):
        why, hint = refusal_words(exc)
    else:  # a bug: its text might quote a record (its kind and stack are logged: backup_then_quit)
        why, hint = QCoreApplication.translate("MainWindow", "it failed unexpectedly."), ""
    box = AnsweredByAlt(window)
    box.setObjectName("quitBackupNotMade")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setTextFormat(Qt.TextFormat.PlainText)  # it quotes a folder's path: text, not markup
    title = QCoreApplication.translate("MainWindow", "Backup not made")
    box.setWindowTitle(title)
    box.setAccessibleName(title)
    box.setText(QCoreApplication.translate("MainWindow", "The backup was not made: {why}").format(why=why))
    box.setInformativeText("\n\n".join(t for t in (hint, QCoreApplication.translate(
        "MainWindow", "If you quit now, what you changed since the last backup is only in the vault on this "
        "computer until the next backup.")) if t))
    wait = box.addButton(_wait_words(exc), QMessageBox.ButtonRole.RejectRole)
    anyway = box.addButton(QCoreApplication.translate("MainWindow", "&Quit anyway"),
                           QMessageBox.ButtonRole.DestructiveRole)
    newest = _newest(exc)
    box.setDefaultButton(wait)
    box.setEscapeButton(wait)

    def answered() -> None:
        if box.property(_ANSWERED):  # the window's close rejects it again: its answer runs once
            return
        box.setProperty(_ANSWERED, True)
        window.setProperty(BUSY, False)
        if box.clickedButton() is anyway:
            quit_now()
        elif newest is not None and controller is not None:
            # The older copy: Wait opens the restore its unlock advised (a walker's Wait went
            # back to the main window with nothing opened).
            older_copy.restore_newest(window, controller, newest)

    box.finished.connect(lambda _r: answered())
    box.open()
    return box


__all__ = ["BUSY", "ask_quit_without_backup", "backup_then_quit"]
