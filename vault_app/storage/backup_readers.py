"""Which compartment files a backup is reading through connections of its own (HeldSnapshot in
storage/backup_snapshot.py), and what waits for the last of them to let go.

Found: the psychotherapy notes locked while Back up now read them; the lock's closing checkpoint
waited for the backup's read transaction (the busy timeout, 5 s) on the app's one worker, and a
save, the lock, a chart's opening waited behind it. The lock now closes without waiting
(services/vault_psychotherapy.py) and asks here to be told when the backup's reader has closed:
that reader, the last connection, folds the journal into the file as it closes, and the vault
then takes the file's fingerprint again."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path

from vault_app.domain.errors import CompartmentLocked

log = logging.getLogger(__name__)

_LOCK = threading.Lock()
_READERS: dict[str, int] = {}
_AFTER: dict[str, list[Callable[[], None]]] = {}


def _key(path: Path) -> str:
    return os.path.realpath(path)


def began(path: Path) -> None:
    """A backup's reader on `path` holds a read transaction."""
    with _LOCK:
        _READERS[_key(path)] = _READERS.get(_key(path), 0) + 1


def ended(paths: list[Path]) -> None:
    """Those readers have closed: what waited for the last one on a file runs now (on this
    thread). A failure there is logged by its kind only and never reaches the backup."""
    due: list[Callable[[], None]] = []
    with _LOCK:
        for path in paths:
            key = _key(path)
            left = _READERS.get(key, 0) - 1
            if left > 0:
                _READERS[key] = left
                continue
            _READERS.pop(key, None)
            due.extend(_AFTER.pop(key, []))
    for then in due:
        try:
            then()
        except Exception as exc:  # the backup is made; the next lock of the notes settles the file
            log.warning("Settling a file after a backup's reader closed failed: %s", type(exc).__name__)


def reading(path: Path) -> bool:
    with _LOCK:
        return _key(path) in _READERS


def after_last(path: Path, then: Callable[[], None]) -> bool:
    """`then()` once the last backup reader on `path` has closed (on its thread). False, and
    `then` not kept, when none is reading it now."""
    with _LOCK:
        key = _key(path)
        if key not in _READERS:
            return False
        _AFTER.setdefault(key, []).append(then)
        return True


# Whether another live process is making a backup of a vault folder (its staging journaled beside the
# vault: services/staging_journal.py tells it here as it is imported, which every unlock does). That
# reader cannot be told of here: a close does not wait for it, and foresees its fold instead
# (services/vault_psychotherapy_file.py).
_ELSEWHERE: Callable[[Path], bool] | None = None


def tell_elsewhere_by(check: Callable[[Path], bool]) -> None:
    global _ELSEWHERE
    _ELSEWHERE = check


def read_elsewhere(vault_folder: Path) -> bool:
    """True when another process is making a backup of `vault_folder` now (False when unknown)."""
    check = _ELSEWHERE
    if check is None:
        return False
    try:
        return check(vault_folder)
    except Exception as exc:  # only an aid: the close then waits as it always did
        log.warning("Looking for another process's backup failed: %s", type(exc).__name__)
        return False


def journal_left(path: Path) -> CompartmentLocked:
    """The refusal of a backup of the locked notes whose file `path` has a journal beside it (a
    plain copy would miss it). Found: the notes locked while a backup's reader (this process's, or
    another window's) held them leave their last changes there for that reader to fold in, and the
    refusal said "unsaved changes from an interrupted session", which was not what happened."""
    if reading(path) or read_elsewhere(path.parent):
        return CompartmentLocked(
            f"The latest changes to {path.name} are being finished by a backup that is being made now.",
            hint="Nothing is lost. Wait for that backup to end (a minute or two), then back up again.",
            code="backup.psychotherapy_settling", params={"file": path.name},
        )
    return CompartmentLocked(
        f"{path.name} still has unsaved changes from an interrupted session.",
        hint="Unlock the psychotherapy notes once (that completes them), then back up again.",
        code="backup.psychotherapy_unfinished", params={"file": path.name},
    )


__all__ = ["after_last", "began", "ended", "journal_left", "read_elsewhere", "reading", "tell_elsewhere_by"]
