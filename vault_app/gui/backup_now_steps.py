"""Back up now's (and a single-file copy's) steps on the worker, as one operation of the Backups
window: right after an unlock the backup made at the lock may still be being built (one backup at
a time); it is waited for beside the work, saying so, then this one runs, or that one is said to be
the newest (services/backup_now.py start_after_lock, after_lock_backup). Found: refused as "being
made right now" just after the unlock."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vault_app.gui.background import Beside

if TYPE_CHECKING:
    from vault_app.services.backup_now import LockBackupFirst, NewestAlready, Running
    from vault_app.services.vault import Vault

Progress = Callable[[float, str], None]
# Words without a share done: the "Please wait" keeps its moving bar (gui/background.py).
UNMEASURED = -1.0


class Words:
    """What its "Please wait" says: `working` (its label), `waiting` for the lock's backup, and
    `other_copy` while another copy of the app (or a backup command) writes into the backup
    folder, which the backup waits for beside the work (services/backup_beside.py); `told(waiting)`
    hears, from any thread, that such a wait began or ended (the window's own line)."""

    def __init__(self, working: str, waiting: str, other_copy: str = "",
                 told: Callable[[bool], None] | None = None) -> None:
        self.working, self.waiting, self.other_copy, self.told = working, waiting, other_copy, told

    def folder_waits(self, progress: Progress, waiting: bool) -> None:
        """Said as the wait for the other copy begins (`waiting`) and ends (the work's own words again)."""
        progress(UNMEASURED, self.other_copy if waiting and self.other_copy else self.working)
        if self.told is not None:
            self.told(waiting)


def steps(v: Vault, target: Path, progress: Progress, words: Words, *, copy: bool = False) -> Any:
    """The operation's first part: a Beside (the backup, or the wait for the lock's), whose last
    part gives a BackedUpNow or a NewestAlready."""
    from vault_app.services import backup_now  # Lazy (start-up): the background build's modules

    return _next(v, backup_now.start_after_lock(v, target, copy=copy), target, progress, words, copy, False)


def _next(v: Vault, began: Running | LockBackupFirst | NewestAlready, target: Path, progress: Progress,
          words: Words, copy: bool, waited: bool) -> Any:
    from vault_app.services import backup_now  # Lazy (start-up): as above

    if isinstance(began, backup_now.NewestAlready):
        return began
    if isinstance(began, backup_now.LockBackupFirst):
        progress(UNMEASURED, words.waiting)
        return Beside(began.when_ended, lambda: _next(v, backup_now.after_lock_backup(v, target, copy=copy),
                                                      target, progress, words, copy, True))
    if waited:
        progress(UNMEASURED, words.working)  # its own backup now
    running = began
    # Found: it said "Backing up" for the whole wait for another copy's backup into the folder.
    running.job.when_folder_waits(lambda waiting: words.folder_waits(progress, waiting))
    return Beside(running.when_ended, lambda: backup_now.finish(v, running))


__all__ = ["Words", "steps"]
