"""The jobs that run beside the work, as the controller's unlock, lock and quit meet them: an
import, the ledger's first sealing, Replace every key, the search index's rebuild and the
automatic backup. Taken up after an unlock; stopped at once at a lock or quit, with waits that
run on the worker before the vault closes; the automatic backup on lock and on exit.

Only for a job ever started does a lock or quit look at its module (in sys.modules): neither
imports a job's module on the GUI thread.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from vault_app.domain.errors import VaultError
from vault_app.services import lock_anchor

if TYPE_CHECKING:
    from vault_app.gui.seam import App
    from vault_app.services.restore_unsaid import Unsaid
    from vault_app.services.vault import Vault

log = logging.getLogger(__name__)


def start_after_unlock(app: App) -> None:
    """A vault just opened: the jobs that belong beside its work are taken up."""
    waits = app.backup_folder_waits
    # First: whether a restore replaced the vault while the window was locked (said by the status line).
    app.op(None, lock_anchor.check_after_unlock).failure(log_only).run()
    # One the last lock finished; and a backup that waits for another copy says so. One the lock
    # finishes later, while the vault is open, is registered as it finishes (gui/lock_backup_waiting.py).
    from vault_app.gui import backup_wait_line, lock_backup_waiting  # Lazy (start-up): QtCore only, after an unlock

    tell = lock_backup_waiting.bridge(app).tell
    backup_wait_line.line(app)  # what a backup waiting for its folder says (gui/backup_wait_line.py), made here
    app.op(None, lambda v: lock_backup_waiting.register_waiting_backups(v, waits, tell)).failure(log_only).run()
    # Lazy (start-up): an unsealed ledger is sealed beside the work, never in the unlock
    from vault_app.gui import ledger_sealing_running

    ledger_sealing_running.start(app)
    # Lazy (start-up): a search index rebuilt beside the unlock hands its swap-in to the worker
    from vault_app.gui import search_rebuild_running

    search_rebuild_running.start(app)
    # Lazy (start-up): the re-sealing of documents under an earlier chart-key generation
    # (services/blob_reseal.py), about 30 ms of imports measured, paid after the unlock, not at start
    from vault_app.gui import reseal_running

    reseal_running.start(app)


def tell_after_unlock(app: App, window: QWidget, folder: Path) -> None:
    """What a lock stopped, said once the main window is back: an import (what came in), Replace
    every key (the new Emergency Kit not yet seen). Said as it stands now: after what another
    program changed meanwhile (lock_anchor, checked on the worker before this query runs), not
    as it stood at the lock."""
    # An import cut short by a kill or a crash (nothing of this session knows of it): the mark
    # it left in the vault, read and cleared on the worker; its module only when there is one.
    from vault_app.services import import_marks  # Lazy (start-up): read after the unlock only

    app.op(None, import_marks.take_cut_short).success(
        lambda source: _tell_cut_short(window, folder) if source else None).failure(log_only).run()
    # Lazy (start-up): a small module; a restore a kill kept from being said, looked for on the
    # worker (one lstat there: the GUI thread calls no service, test_responsiveness)
    from vault_app.services import restore_unsaid

    app.op(None, restore_unsaid.take).success(
        lambda unsaid: _tell_restore_unsaid(window, unsaid) if unsaid else None).failure(log_only).run()
    modules = [m for name in ("vault_app.gui.import_running", "vault_app.gui.rekey_running")
               if (m := sys.modules.get(name)) is not None]
    if not modules:
        return

    def tell(found: lock_anchor.Meanwhile) -> None:
        for module in modules:
            module.tell_after_unlock(window, folder, found)

    app.query(window, lock_anchor.meanwhile).success(tell).failure(log_only).run()


def _tell_restore_unsaid(window: QWidget, unsaid: Unsaid) -> None:
    from vault_app.gui import restore_unsaid_words  # Lazy (start-up): only after a restore never said

    restore_unsaid_words.tell(window, unsaid)


def _tell_cut_short(window: QWidget, folder: Path) -> None:
    from vault_app.gui import import_running  # Lazy (start-up): only after an import was cut short

    import_running.tell_cut_short(window, folder)


def backup_then_lock(vault: Vault) -> None:
    """The automatic backup at Quit, as the app ends (only when a target is set, automatic
    backups are on and something changed; a lock backs up beside: lock_with_backup). The
    vault locks whatever the backup does;
    a failed backup is said at the next unlock, of this run or the next start (kept in the
    vault's header: found in the real app, a backup refused at Quit was only logged, and the
    next start said "Backup checked.")."""
    # Lazy (start-up): the backup service costs 108 ms of imports, paid at the first lock, not at start.
    from vault_app.services import backup, backup_beside_control, backup_now

    if not vault.is_open:  # already locked, e.g. by a restore that replaced it
        return
    try:
        backup_now.finish_first(vault)  # a Back up now still running: finished and registered, not stopped
        backup.backup_if_changed(vault)
    except VaultError as exc:
        log.warning("Automatic backup failed: %s", type(exc).__name__)
        backup_beside_control.failed(exc, seq=vault.ledger.head().seq, at_quit=True)
        try:
            backup_beside_control.keep(vault)
        except VaultError as kept_exc:  # the header cannot be written (a full disk): the log has it
            log.warning("Keeping the backup's failure failed: %s", type(kept_exc).__name__)
    finally:
        vault.lock()


def backup_before_quit(vault: Vault, drafts_new: bool = False) -> object | None:
    """Quit's automatic backup, made while the window is still up, so that a refusal (the
    backup folder unplugged) is asked about before the app ends (gui/quit_backup.py); the
    error goes to the window, nothing is kept. The quit's own backup_then_lock then finds
    nothing changed, or keeps the failure when the therapist quits anyway. `drafts_new`: the
    open forms' typing held for it is not in the last backup (gui/quit_backup.py). The backup
    made, or None."""
    # Lazy (start-up): the backup service, 108 ms of imports (see backup_then_lock)
    from vault_app.services import backup, backup_now

    backup_now.finish_first(vault)  # a Back up now still running: finished and registered first
    return backup.backup_if_changed(vault, drafts_new=drafts_new)


def lock_with_backup(vault: Vault, open_chart: str | None = None) -> None:
    """The lock: a snapshot for the automatic backup, then the vault closes; the backup is
    built and verified beside (services/backup_beside.py), so the next unlock never waits.
    `open_chart`: the chart on screen at the lock, to tell its destruction meanwhile at the unlock."""
    # Lazy (start-up): the backup service, 108 ms of imports (see backup_then_lock)
    from vault_app.services import backup_beside

    if vault.is_open:  # not one a restore already closed
        # Its ledger's last entry and kit, to tell a restore or a rekey meanwhile at the unlock
        lock_anchor.remember(vault, open_chart)
    backup_beside.lock_with_backup(vault)


def abandon_background_backup() -> None:
    """Quit: a background backup stops within a short bound; nothing half-made is registered.
    (Only if one was ever started: quitting imports no service module on the GUI thread.)"""
    beside = sys.modules.get("vault_app.services.backup_beside")
    if beside is not None:
        beside.abandon_running()


def stop_for_lock() -> list[Callable[[], bool]]:
    """Lock or quit during an import (gui/import_running.py), the first sealing of the
    ledger (gui/ledger_sealing_running.py) or Replace every key (gui/rekey_running.py): each
    stops at once; the returned waits go on the worker before the vault closes (only for one
    ever started: no import on the GUI thread)."""
    waits = []
    for name in ("vault_app.gui.import_running", "vault_app.gui.ledger_sealing_running",
                 "vault_app.gui.rekey_running", "vault_app.gui.reseal_running"):
        module = sys.modules.get(name)
        wait = module.stop_for_lock() if module is not None else None
        if wait is not None:
            waits.append(wait)
    return waits


def log_only(exc: BaseException) -> bool:
    log.warning("Locking reported %s", type(exc).__name__)
    return True


__all__ = ["abandon_background_backup", "backup_before_quit", "backup_then_lock", "lock_with_backup", "log_only",
           "start_after_unlock", "stop_for_lock", "tell_after_unlock"]
