"""Documents sealed again under their chart's current key, beside the therapist's work, on
the GUI's side (services/blob_reseal.py holds the job).

Started after every unlock (gui/beside_jobs.start_after_unlock) and after Replace every key
ends (gui/rekey_running.py): one read on the worker says whether a document is under an
earlier generation (none, the usual case: no thread is started); if one is, the job's thread
reads and seals each such document and hands its three short steps per document to the
worker through `gui/worker_bridge.ToWorker`. Nothing is shown: the documents open the same
before and after. The controller's lock and quit stop it (`stop_for_lock`, through
gui/beside_jobs.stop_for_lock) between documents or within one, and the next unlock starts
it again; a kill is covered by the blob store's intents (the module docstring there).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from vault_app.gui.worker_bridge import ToWorker, stopped_for_lock
from vault_app.services.blob_reseal import STOP_WAIT_SECONDS, ResealJob, ResealStopped, work_left

if TYPE_CHECKING:
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault


class _Running:
    def __init__(self, app: App) -> None:
        self.job: ResealJob | None = None
        self.stopped = False
        self.bridge = ToWorker(app, lambda: ResealStopped() if self.stopped else None)


_RUNNING: _Running | None = None
# Tests set this to hold the job at a named step (ResealJob.checkpoint), on its thread.
checkpoint: Callable[[str], None] | None = None


def start(app: App) -> None:
    """After an unlock or a finished Replace every key (GUI thread): one at a time; a job
    running already goes on, and passes again over what a replacement meanwhile retired."""
    global _RUNNING
    if current() is not None:
        return
    running = _Running(app)
    _RUNNING = running

    def prepare(vault: Vault) -> None:
        if running.stopped or not work_left(vault):
            return
        job = ResealJob(vault.folder, running.bridge.submit, vault_open=lambda: vault.is_open)
        if checkpoint is not None:
            job.checkpoint = checkpoint
        running.job = job
        job.start()

    app.op(None, prepare).failure(_quietly).run()


def current() -> ResealJob | None:
    running = _RUNNING
    return running.job if running is not None and running.job is not None and running.job.running() else None


def stop_for_lock() -> Callable[[], bool] | None:
    """The lock or quit (GUI thread): nothing more is handed to the vault; returns the wait for
    the job's thread to queue on the worker before the vault closes, None when none was started."""
    global _RUNNING
    running, _RUNNING = _RUNNING, None
    if running is None:
        return None
    running.stopped = True  # a prepare still queued starts nothing
    job = running.job
    if job is not None:
        return stopped_for_lock(job, STOP_WAIT_SECONDS)

    def wait() -> bool:
        # On the worker, after the prepare queued before it: the job it started, if any.
        started = running.job
        if started is None:
            return True
        started.stop()
        return started.wait(STOP_WAIT_SECONDS)

    return wait


def _quietly(_exc: BaseException) -> bool:
    return True  # the next unlock starts it again


__all__ = ["current", "start", "stop_for_lock"]
