"""The question at Quit when Back up now waited for another copy of the app (or a backup command)
holding its backup folder, and the other copy kept it past that wait (two minutes): asked at once,
in plain words, whether to quit without this backup or wait longer. Found: the quit's own backup
then waited up to two more minutes for the same folder before asking anything.

Nothing half-made is left either way: Back up now's unfinished backup was already removed as its
wait gave up. Quit without this backup: the quit does not try that folder again, and the next
start says the backup at Quit was not made (services/backup_now.quit_without). Wait longer: the
quit's own backup is made, waiting for the folder again. A quit cancelled after "Quit without this
backup" (Don't quit yet at the question about a note not saved, gui/quit_unsaved.py) keeps nothing
of that choice: the next Quit backs up again (found round 46: it quit with no backup, asking
nothing). Asked only when there is something to back up (services/backup_now.kept_busy_with_changes).
The safe answer is the default; buttons answer Alt and their letter only (AnsweredByAlt). The words
keep the MainWindow context, as gui/quit_backup.py's."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from vault_app.domain.errors import VaultError
from vault_app.gui import quit_unsaved
from vault_app.gui.confirm import AnsweredByAlt

if TYPE_CHECKING:
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault

# The quit's window property while its backup or its question is up (gui/quit_backup.py's BUSY).
_BUSY = "quitBackupBusy"
FOLDER_BUSY = "backup.folder_busy"  # storage/backup_folder_lock.busy_error's code
_ANSWERED = "quitQuestionAnswered"  # a question's box, once its answer has run (it runs once)


def ask(window: QWidget, controller: App, refusal: VaultError, quit_now: Callable[[], None],
        wait_longer: Callable[[], None]) -> QMessageBox:
    """`refusal`: Back up now's `backup.folder_busy` (its params name the folder); `quit_now`: the
    app's quit, once any note not saved has been asked about."""
    folder = str(refusal.params.get("folder", ""))
    box = AnsweredByAlt(window)
    box.setObjectName("quitBackupNotMade")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setTextFormat(Qt.TextFormat.PlainText)  # it quotes a folder's path: text, not markup
    title = QCoreApplication.translate("MainWindow", "Backup not made")
    box.setWindowTitle(title)
    box.setAccessibleName(title)
    box.setText(QCoreApplication.translate(
        "MainWindow", "The backup you asked for was not made: another copy of the app (or a backup command) kept "
        "the backup folder {0} busy for two minutes. Nothing of it was kept.").format(folder))
    box.setInformativeText(QCoreApplication.translate(
        "MainWindow", "If you quit now, what you changed since the last backup is only in the vault on this computer "
        "until the next backup. Or wait up to two more minutes for the other copy to finish, and the backup is "
        "made before the app closes."))
    wait = box.addButton(QCoreApplication.translate("MainWindow", "&Wait longer"), QMessageBox.ButtonRole.RejectRole)
    without = box.addButton(QCoreApplication.translate("MainWindow", "&Quit without this backup"),
                            QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(wait)
    box.setEscapeButton(wait)

    def quit_without() -> None:
        controller.op(window, lambda v: _quit_without(v, refusal)).success(lambda _none: quit_now()).run()

    def answered() -> None:
        if box.property(_ANSWERED):
            # Answered already: the window's close rejects every dialog still under it, this one
            # too, and its old answer ran again (found: "Quit without this backup" of a cancelled
            # quit came back at the next Quit's close and kept the backup at Quit as not made).
            return
        box.setProperty(_ANSWERED, True)
        if box.clickedButton() is without:
            window.setProperty(_BUSY, False)
            # The note not saved asked about first, the choice kept only once the quit goes on: kept
            # before, "Don't quit yet" there left it for the next Quit, which then made no backup.
            quit_unsaved.unless_unsaved(window, quit_without)
        else:
            wait_longer()  # the quit goes on: its own backup, waiting for the folder again

    box.finished.connect(lambda _r: answered())
    box.open()
    return box


def asked_by_the_quit(widget: QWidget, exc: BaseException) -> bool:
    """Back up now's folder kept busy while a quit is under way: the quit's question says it (`ask`),
    not a refusal box of Back up now's own as well (found on Xvfb: "Problem with this computer"
    under the quit's question, the same news twice)."""
    if not isinstance(exc, VaultError) or exc.code != FOLDER_BUSY:
        return False
    holder: QWidget | None = widget
    while holder is not None:
        if holder.property(_BUSY):
            return True
        holder = holder.parentWidget()
    return False


def _quit_without(vault: Vault, refusal: VaultError) -> None:
    from vault_app.services import backup_now  # Lazy (start-up): loaded by Back up now, which ran

    backup_now.quit_without(vault, refusal)


__all__ = ["FOLDER_BUSY", "ask", "asked_by_the_quit"]
