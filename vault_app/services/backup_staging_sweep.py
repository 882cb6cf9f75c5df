"""After the unlock, beside the work: the stale staging a killed backup of this vault left in
its backup folder is removed (an after-unlock hook, services/unlock_hooks.py).

Found: a backup killed while it wrote (the app killed, the laptop's battery) left its encrypted
staging folder (`.vault-backup-PID-…`, a whole vault's size) and its partial file
(`.vault-backup-DAY.vbk.partial-PID`) in the backup folder until the next backup there, which
with automatic backups off, or a drive plugged in once a month, could be weeks. Now the next
unlock sweeps them, in a thread of its own (a drive may be slow; the therapist never waits).

Never another vault's and never work in progress:
- only the configured backup folder, present (a drive not plugged in is never made a folder);
- a repository only when its marker names this vault (backup_repo_owner); in a folder of
  single files, a staging folder only when the vault header in it is this vault's, a partial
  file only when its key block (read without a key) is; one that names no vault yet (killed
  before it wrote that far) is left to the next backup, which sweeps whatever is stale;
- the folder's one-writer lock (storage/backup_folder_lock.py) taken without waiting: a
  backup, purge or clean-up of another process (the command line) holding it is left alone,
  and no backup of another process starts while the sweep runs;
- an item of a live process (its pid in its name) is another process's work in progress
  (backup_workdirs.another_process_at_work), whatever the lock says: the backup on lock
  builds its staging before it takes the lock; this process's own items only once it is done
  with them (backup_workdirs.sweep_stale).
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from vault_app.domain.errors import VaultError
from vault_app.services.backup_kinds import SETTINGS_KEY
from vault_app.services.backup_workdirs import another_process_at_work, done, work_pid
from vault_app.services.cleanup_threads import CleanupThreads
from vault_app.storage.layout import HEADER_NAME

if TYPE_CHECKING:
    from vault_app.services.vault import Vault

log = logging.getLogger(__name__)

# A backup's staging folder and its partial file (backup_workdirs' names, kind "backup").
_STAGING = re.compile(r"^\.vault-backup-(\d+)-.+$")
_PARTIAL = re.compile(r"^\..+\.partial-(\d+)$")
_sweeps = CleanupThreads("backup-staging-sweep")


def _target(vault: Vault) -> tuple[Path, str] | None:
    conf = vault.header.settings.get(SETTINGS_KEY)
    if not isinstance(conf, dict) or not isinstance(conf.get("target"), str) or not conf["target"]:
        return None
    return Path(conf["target"]).expanduser(), str(conf.get("kind") or "file")


def after_unlock(vault: Vault) -> None:
    """After-unlock hook: the sweep started beside the work, never waited for here."""
    found = _target(vault)
    if found is None:
        return
    folder, kind = found
    _sweeps.start(_sweep_quietly, folder, kind, vault.vault_id)


def wait(timeout: float) -> bool:
    """Whether every sweep this process started has ended, after waiting up to `timeout` s each."""
    return _sweeps.wait(timeout)


def _sweep_quietly(folder: Path, kind: str, vault_id: str) -> None:
    try:
        removed = sweep(folder, kind, vault_id)
    except Exception as exc:  # a clean-up never troubles the therapist: the next backup sweeps too
        log.warning("Sweeping a killed backup's staging after the unlock failed: %s", type(exc).__name__)
        return
    if removed:
        log.info("Removed %d stale staging item(s) of a killed backup from the backup folder.", removed)


def sweep(folder: Path, kind: str, vault_id: str) -> int:
    """Remove the stale staging of a killed backup of vault `vault_id` from its backup folder
    `folder` (`kind`: "file" or "repo"); how many items were removed."""
    from vault_app.storage import backup_folder_lock

    if not folder.is_dir():
        return 0
    if kind == "repo":
        from vault_app.services import backup_repo_owner

        try:
            if backup_repo_owner.read_owner(folder) != vault_id:
                return 0  # another vault's repository, or not one yet
        except VaultError:
            return 0
    try:
        with backup_folder_lock.held(folder, wait_seconds=0):
            return sum(_remove(child) for child in _stale(folder, kind, vault_id))
    except VaultError:  # another process writes there now (VaultBusy), or the folder went away
        return 0


def _stale(folder: Path, kind: str, vault_id: str) -> list[Path]:
    found = []
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if not (_STAGING.match(entry.name) or _PARTIAL.match(entry.name)):
                continue
            path = Path(entry.path)
            pid = work_pid(entry.name)
            if pid is None or another_process_at_work(path) or (pid == os.getpid() and not done(entry.name)):
                continue
            if kind == "repo" or _of_vault(path, vault_id):
                found.append(path)
    return found


def _of_vault(path: Path, vault_id: str) -> bool:
    """Whether the staging folder or partial file `path` names vault `vault_id` (a folder of
    single files may hold other vaults' backups, and their killed staging)."""
    try:
        info = os.lstat(path)
        if stat.S_ISDIR(info.st_mode):
            from vault_app.storage import header as header_io

            if not os.path.isfile(path / HEADER_NAME) or os.path.islink(path / HEADER_NAME):
                return False
            return header_io.read(path).vault_id == vault_id
        if stat.S_ISREG(info.st_mode):
            from vault_app.storage import backup_format

            return backup_format.read_slots(path).vault_id.hex() == vault_id
    except (VaultError, OSError, ValueError):
        return False
    return False


def _remove(path: Path) -> int:
    """Remove a stale item. A staging folder's header goes last: killed midway, what is left
    still names its vault, and the next unlock's sweep finishes it (its kill test)."""
    with contextlib.suppress(OSError):
        if path.is_dir() and not path.is_symlink():
            for child in sorted(path.iterdir(), key=lambda c: c.name == HEADER_NAME):
                _remove_child(child)
            path.rmdir()
        else:
            path.unlink()
        return 1
    return 0


def _remove_child(child: Path) -> None:
    if child.is_dir() and not child.is_symlink():
        shutil.rmtree(child)
    else:
        child.unlink()
