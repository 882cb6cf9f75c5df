"""The backup made at a lock, finished while its vault's lock was held (the window unlocked again
meanwhile, or an unlock was still opening it): registered at once, not at the next lock.

Found by a helper on a demo vault (a repository of dated backups): the lock's snapshot was
written, but Vault > Backups… and `backup list` never showed it: it waited in memory, unlisted,
until the next lock, and a quit from the lock screen lost it. The runner tells this bridge on
its own thread; Qt queues the word to the window's thread, which hands the registration to the
worker: with the vault open, through its operation (backup_beside.register_waiting); locked,
as the job itself would have registered it (backup_beside.register_waiting_free).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from vault_app.gui.seam import App


class WaitingBackups(QObject):
    """Lives in the window's thread (a child of the app); `tell` may be called from any thread."""

    waiting = Signal()

    def __init__(self, app: App) -> None:
        super().__init__(app if isinstance(app, QObject) else None)
        self._app = app
        self.waiting.connect(self._register)

    def tell(self, _folder: Path) -> None:
        self.waiting.emit()  # queued to this object's thread

    def _register(self) -> None:
        # Lazy (start-up): only once a lock's backup waited
        from vault_app.gui import beside_jobs
        from vault_app.gui.background import run_op

        app = self._app
        if app.vault is not None:
            app.op(None, lambda v: beside_jobs.register_waiting_backups(v, app.backup_folder_waits)) \
                .failure(beside_jobs.log_only).run()
        else:
            run_op(None, _register_free, on_error=beside_jobs.log_only)


def _register_free() -> None:
    from vault_app.services import backup_beside  # Lazy (start-up): the backup service, on the worker

    backup_beside.register_waiting_free()


def bridge(app: App) -> WaitingBackups:
    """The app's bridge, made once (in the window's thread: call it there)."""
    found = app.findChild(WaitingBackups) if isinstance(app, QObject) else None
    return found if isinstance(found, WaitingBackups) else WaitingBackups(app)


__all__ = ["WaitingBackups", "bridge"]
