"""Hands a call from a thread of its own (an import, a destruction's backup purge) to the
app's worker, through the GUI thread, the operations' home: one short ordinary operation
each, in the worker's order, so that no SQLCipher connection is used from two threads."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Qt, Signal

if TYPE_CHECKING:
    from vault_app.gui.seam import App


class ToWorker(QObject):
    """`submit` from any thread; `refused` (checked on the GUI thread) returns the error a
    call gets instead of running (None: it runs), e.g. once the vault is locking and the
    lock's own operations are queued already, so nothing may go after them."""

    _ask = Signal(object, object, object)

    def __init__(self, app: App, refused: Callable[[], BaseException | None] = lambda: None) -> None:
        super().__init__()
        self.app = app
        self._refused = refused
        self._ask.connect(self._hand_over, Qt.ConnectionType.QueuedConnection)

    def submit(self, fn: Callable[[Any], Any], ok: Callable[[Any], None],
               fail: Callable[[BaseException], None]) -> None:
        self._ask.emit(fn, ok, fail)  # any thread

    def _hand_over(self, fn: Callable[[Any], Any], ok: Callable[[Any], None],
                   fail: Callable[[BaseException], None]) -> None:
        refusal = self._refused()
        if refusal is not None:
            fail(refusal)
            return

        def failed(exc: BaseException) -> bool:
            fail(exc)
            return True  # the thread that asked reports it (its page, or the next unlock)

        self.app.op(None, fn).success(ok).failure(failed).run()


class _Stoppable(Protocol):
    def stop(self) -> None: ...
    def wait(self, timeout: float | None = None) -> bool: ...


def stopped_for_lock(job: _Stoppable, seconds: float) -> Callable[[], bool]:
    """A beside job told to stop now (a lock or quit), and the wait for its thread that the
    lock queues on the worker before the vault closes."""
    job.stop()
    return lambda: job.wait(seconds)


__all__ = ["ToWorker", "stopped_for_lock"]
