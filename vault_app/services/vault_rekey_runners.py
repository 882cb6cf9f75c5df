"""The ways Replace every key's three parts (services/vault_rekey_beside.py: `begin`, `copy`,
`finish`) are run, with the steps of their progress: on one thread for the command line
(`replace_here`), with a worker's calls for tests and the benchmark (`replace_beside`), and as
a job on a thread of its own for the GUI (`RekeyJob`, gui/rekey_running.py).

Apart from the parts because they are the callers' side: which thread does what, what a stop
or a failure lets go of, and how the share copied so far is told; the parts themselves, and
what a kill at each point leaves, are the other module's.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from vault_app.crypto import kdf
from vault_app.crypto.kdf import KdfChange, KdfParams
from vault_app.domain.errors import Problem, VaultError
from vault_app.services import backup_beside_control, vault_rekey
from vault_app.services.beside_job import BesideJob, Submit, hand_over
from vault_app.services.fault_injection import pause_point
from vault_app.services.vault import Vault
from vault_app.services.vault_rekey_beside import (
    ReplacementStopped,
    Replacing,
    begin,
    copy,
    finish,
    forget_copies,
    proof_ahead,
)

log = logging.getLogger(__name__)

# How long a lock or quit waits for the job's thread to let go (it stops at its next block
# of 1 MiB per copy, or after the short finish already handed to the worker).
STOP_WAIT_SECONDS = 10.0


def _step(code: str, text: str) -> Problem:
    """A step of the progress: its English (the command line prints it) with the code a screen
    says it by (gui/rekey_words.py)."""
    return Problem(text, code=code)


PROVING = _step("rekey.proving", "Proving the passphrase…")
PREPARING = _step("rekey.preparing", "Preparing…")
COPYING = _step("rekey.copying", "Re-encrypting every compartment under fresh keys…")
SWAPPING = _step("rekey.swapping", "Putting the copies in place and wrapping every key under a new master key…")
WRAPPING = _step("rekey.wrapping", "Wrapping every key under a new master key…")
DONE = _step("rekey.done", "Done")
BACKING_UP = _step("rekey.waiting_for_backup",
                   "Waiting for the backup being made right now to finish; the keys are replaced after it…")
# How often the wait for a backup looks whether it was asked to stop.
BACKUP_LOOK_SECONDS = 0.25


def after_backup(folder: Path, vault_calls: Callable[[Callable[[Vault], Any]], Any],
                 stopping: Callable[[], bool], step: Callable[[float, str], None]) -> None:
    """Off the worker, before `begin`: a backup of this vault this app is making (Back up now,
    or the one on lock) waited for. Its reads keep the -wal from being emptied (`begin` said
    "read by another program" after 5 s), and a backup registered after the swap would be under
    the old keys; so it ends first and is registered now. A stop is honoured while waiting."""
    if backup_beside_control.backup_ended(folder, 0):
        return
    step(0.0, BACKING_UP)
    while not backup_beside_control.backup_ended(folder, BACKUP_LOOK_SECONDS):
        if stopping():
            raise ReplacementStopped()
        # Said again at each look: a window that began listening after the first (its job is
        # started before it connects to the progress) still says why nothing moves.
        step(0.0, BACKING_UP)
    from vault_app.services import backup_beside  # not resident until a backup was made

    vault_calls(backup_beside.register_waiting)


def replace_beside(vault_calls: Callable[[Callable[[Vault], Any]], Any], passphrase: str,
                   new_passphrase: str | None = None, params: KdfParams | KdfChange | None = None,
                   during: Callable[[], None] | None = None, *, stop: Callable[[], bool] | None = None,
                   progress: Callable[[float, str], None] | None = None,
                   kit_shown_later: bool = False) -> vault_rekey.RekeyResult:
    """The whole replacement for callers without the GUI (the command line, tests, the
    benchmark): `vault_calls(fn)` runs fn where the vault is used (beside_job.SerialWorker.call,
    or this thread: `replace_here`); `during()` runs on this thread once the copies are
    written, before the swap; `stop()` true during the copies ends them with nothing changed
    (ReplacementStopped); `progress(fraction, text)` as RekeyJob's, from the copies' threads too;
    `kit_shown_later`: the caller shows the new kit after this returns, and marks it kept then
    (vault_rekey_beside.finish: a kill before is said at every unlock)."""
    step = progress or (lambda _f, _t: None)
    step(0.0, PROVING)
    folder: Path = vault_calls(lambda v: v.folder)
    after_backup(folder, vault_calls, stop or (lambda: False), step)
    ahead = proof_ahead(folder, passphrase)
    replacing: Replacing = vault_calls(lambda v: begin(v, passphrase, new_passphrase, params, ahead))
    try:
        copy(replacing, stop, _counted(replacing, step))
    except VaultError:
        vault_calls(forget_copies)  # stopped or refused, and said now: nothing to say at the next unlock
        raise
    if during is not None:
        try:
            during()
        except BaseException:
            replacing.abandon()
            raise
    step(0.95, SWAPPING)
    result: vault_rekey.RekeyResult = vault_calls(lambda v: finish(v, replacing, kit_shown_later=kit_shown_later))
    step(1.0, DONE)
    return result


def replace_here(vault: Vault, passphrase: str, new_passphrase: str | None = None,
                 params: KdfParams | KdfChange | None = None, *, stop: Callable[[], bool] | None = None,
                 progress: Callable[[float, str], None] | None = None,
                 kit_shown_later: bool = False) -> vault_rekey.RekeyResult:
    """Every key replaced on this thread (the command line's `vault-app rekey`: nothing else
    uses the vault meanwhile): the copies beside the files, then the short swap."""
    return replace_beside(lambda fn: fn(vault), passphrase, new_passphrase, params, stop=stop, progress=progress,
                          kit_shown_later=kit_shown_later)


def _counted(replacing: Replacing, step: Callable[[float, str], None]) -> Callable[[int], None]:
    """`written(bytes)` for the copies' threads: the share of every byte to copy, as 0-95%."""
    total = max(1, replacing.total_bytes)
    done = [0]
    lock = threading.Lock()

    def written(count: int) -> None:
        with lock:
            done[0] += count
            fraction = done[0] / total
        pause_point("rekey-copying")
        step(0.95 * fraction, COPYING)

    return written


class RekeyJob(BesideJob):
    """Replace every key on a thread of its own (the GUI: gui/rekey_running.py). `begin` is
    what the worker runs first, given the passphrase's derivation made on the job's thread
    (begin, or the GUI's wrapper of it that stops the ledger's first sealing first);
    `finish` last (finish, or one that also builds the new kit); `progress(fraction, text)`
    and `on_end(result, error)` follow on the job's thread. A stop (lock, quit) before the
    finish is handed over scrubs the copies and changes nothing; once handed over, the
    finish runs whole before the lock."""

    def __init__(self, begin_on_worker: Callable[[Vault, kdf.Ahead], Replacing], submit: Submit, *,
                 folder: Path, passphrase: str, finish: Callable[[Vault, Replacing], Any] = finish,
                 progress: Callable[[float, str], None] | None = None,
                 on_end: Callable[[Any, BaseException | None], None] | None = None) -> None:
        super().__init__()
        self._begin = begin_on_worker
        self._finish = finish
        self._folder, self._passphrase = folder, passphrase
        self._submit = submit
        self._progress = progress or (lambda _f, _t: None)
        self._on_end = on_end
        self.result: Any = None
        self.error: BaseException | None = None

    def start(self) -> None:
        # Not a daemon: a quit waits for it (STOP_WAIT_SECONDS), so no copy outlives the app
        # unscrubbed but one a kill would leave (scrubbed at the next unlock).
        self._start("vault-rekey", daemon=False)

    def _on_worker(self, fn: Callable[[Vault], Any]) -> Any:
        return hand_over(self._submit, fn, self._stopping.is_set, ReplacementStopped)

    def _run(self) -> None:
        try:
            after_backup(self._folder, self._on_worker, self._stopping.is_set, self._progress)
            self._progress(0.0, PREPARING)
            ahead = proof_ahead(self._folder, self._passphrase)
            self._passphrase = ""
            replacing: Replacing = self._on_worker(lambda v: self._begin(v, ahead))
            copy(replacing, self._stopping.is_set, _counted(replacing, self._progress))
            self._progress(0.95, WRAPPING)
            try:
                self.result = self._on_worker(lambda v: self._finish(v, replacing))
            except BaseException:
                replacing.abandon()  # never handed over (stopped): nothing changed
                raise
            self._progress(1.0, DONE)
        except VaultError as exc:
            self.error = exc
            log.warning("Replacing every key stopped: %s", type(exc).__name__)
        except Exception as exc:  # a bug: by type only
            self.error = exc
            log.error("Replacing every key failed unexpectedly: %s", type(exc).__name__)

    def _ended_hook(self) -> None:
        if self._on_end is not None:
            with contextlib.suppress(Exception):  # a watcher gone: the result stays in the job
                self._on_end(self.result, self.error)


__all__ = [
    "BACKING_UP",
    "BACKUP_LOOK_SECONDS",
    "COPYING",
    "DONE",
    "PREPARING",
    "PROVING",
    "STOP_WAIT_SECONDS",
    "SWAPPING",
    "WRAPPING",
    "RekeyJob",
    "after_backup",
    "replace_beside",
    "replace_here",
]
