"""The first sealing of an unsealed ledger, beside the therapist's work, on the GUI's side
(services/ledger_sealing_beside.py holds the job).

The app's unlock leaves the sealing out (`unlocking`, around the unlock window's calls), so
the main window comes as soon as the KDF and the ordinary checks are done. Right after,
`start` prepares the job on the worker (one indexed read for a sealed ledger: the usual
case) and, for an unsealed one, its thread checks the chain and computes the seals; the
write is handed back to the worker through `gui/worker_bridge.ToWorker`. Nothing is shown:
the sealing changes nothing the therapist sees. The controller's lock and quit stop it here
(`stop_for_lock`) and queue the wait for its thread before the vault closes; an operation
that replaces or rewrites the vault's files stops it the same way before it begins
(`stopped_first`: a restore over the vault, the rekey, a destruction).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar

from vault_app.domain.errors import VaultBusy
from vault_app.gui.worker_bridge import ToWorker
from vault_app.services import ledger_sealing
from vault_app.services.ledger_sealing_beside import STOP_WAIT_SECONDS, SealingStopped, SealJob

if TYPE_CHECKING:
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault

T = TypeVar("T")
P = ParamSpec("P")


class _Running:
    def __init__(self, app: App) -> None:
        self.job: SealJob | None = None
        self.stopped = False
        self.bridge = ToWorker(app, lambda: SealingStopped() if self.stopped else None)


_RUNNING: _Running | None = None
# Tests set this to hold the job at a named step (SealJob.checkpoint), on its thread.
checkpoint: Callable[[str], None] | None = None


def unlocking(opener: Callable[[], T]) -> T:
    """On the worker: the unlock `opener`, without the sealing step (sealed beside after)."""
    with ledger_sealing.sealing_left_to_caller():
        return opener()


def start(app: App) -> None:
    """After the unlock: seal beside the work if the ledger has no seals (GUI thread)."""
    global _RUNNING
    running = _Running(app)
    _RUNNING = running

    def prepare(vault: Vault) -> None:
        if running.stopped:
            return
        job = SealJob.prepare(vault, running.bridge.submit)
        if job is None:
            return
        if checkpoint is not None:
            job.checkpoint = checkpoint
        running.job = job
        job.start()

    app.op(None, prepare).failure(_quietly).run()


def current() -> SealJob | None:
    running = _RUNNING
    return running.job if running is not None and running.job is not None and running.job.running() else None


def stop_for_lock() -> Callable[[], bool] | None:
    """The lock or quit (GUI thread): the sealing stops now, nothing more is handed to the
    vault; returns the wait for its thread to queue on the worker before the vault closes
    (its connection closed, its keys dropped), None when none was started."""
    global _RUNNING
    running, _RUNNING = _RUNNING, None
    if running is None:
        return None
    running.stopped = True  # a prepare still queued starts nothing; no write is handed over
    if running.job is not None:
        running.job.stop()

    def wait() -> bool:
        # On the worker, after the prepare queued before it: the job it started, if any.
        job = running.job
        if job is None:
            return True
        job.stop()
        return job.wait(STOP_WAIT_SECONDS)

    return wait


def stopped_first(work: Callable[Concatenate[Vault, P], T]) -> Callable[Concatenate[Vault, P], T]:
    """For an operation that replaces or rewrites the vault's files (a restore over it, the
    rekey, a destruction), called on the GUI thread as it is queued: the sealing stops now,
    as for a lock, and `work` runs on the worker only once the job's thread has ended, its
    connection to ledger.db closed (on Windows a file another connection has open cannot be
    replaced). The job writes nothing until its last step, so nothing is half-written; the
    next unlock seals (sealing only saves time later)."""
    wait = stop_for_lock()
    if wait is None:
        return work

    def first_stopped(vault: Vault, /, *args: P.args, **kwargs: P.kwargs) -> T:
        if not wait():  # it checks between segments of 4096 entries: never seconds
            raise VaultBusy("A background check of the vault's ledger did not stop; nothing was changed.",
                            hint="Try again in a moment.")
        return work(vault, *args, **kwargs)

    return first_stopped


def _quietly(_exc: BaseException) -> bool:
    return True  # sealing is only an optimisation: the next unlock tries again


__all__ = ["current", "start", "stop_for_lock", "stopped_first", "unlocking"]
