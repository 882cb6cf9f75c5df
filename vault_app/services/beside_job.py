"""What every job beside the therapist's work shares (issue 21, item 1): the import
(import_beside), the first sealing of a ledger (ledger_sealing_beside) and the
destruction's search and purge (destruction_beside) each run on a thread of their own and
hand their short vault calls to where the vault is used (the GUI's worker, or
`SerialWorker` without the GUI).

Kept free of heavy imports: the unlock starts the sealing job, and importing the
importers here would be a second of imports the unlock waits for.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from vault_app.domain.errors import CompartmentLocked
from vault_app.services.vault import Vault

T = TypeVar("T")

# Hands `fn` to where the vault is used; `ok(result)` or `fail(error)` follows, on any thread
# (gui/worker_bridge.ToWorker.submit, SerialWorker.submit).
Submit = Callable[[Callable[[Vault], Any], Callable[[Any], None], Callable[[BaseException], None]], None]


class _Reply:
    def __init__(self) -> None:
        self.done = threading.Event()
        self.value: Any = None
        self.error: BaseException | None = None

    def ok(self, value: Any) -> None:
        self.value = value
        self.done.set()

    def fail(self, error: BaseException) -> None:
        self.error = error
        self.done.set()

    def result(self) -> Any:
        self.done.wait()
        if self.error is not None:
            raise self.error
        return self.value


def hand_over(submit: Submit, fn: Callable[[Vault], T], stopping: Callable[[], bool] | None = None,
              stopped: Callable[[], BaseException] | None = None) -> T:
    """From a job's thread: `fn(vault)` where the vault is used, waiting for its result.
    For a job the lock stops: `stopped()` is raised once the vault is locking (`stopping()`
    before handing over, or a lock between that check and the call)."""
    if stopping is not None and stopped is not None and stopping():
        raise stopped()
    reply = _Reply()
    submit(fn, reply.ok, reply.fail)
    try:
        value: T = reply.result()
    except CompartmentLocked:
        if stopped is None:
            raise
        raise stopped() from None
    return value


class BesideJob:
    """A job's thread and its stop: `start`, `stop` (the lock or quit: the job checks
    `stopping` at its next step), `running`, `wait` (how long a lock waits for the thread to
    let go of the vault's files and keys)."""

    def __init__(self) -> None:
        self._stopping = threading.Event()
        self._ended = threading.Event()
        self._thread: threading.Thread | None = None

    def _start(self, name: str, *, daemon: bool) -> None:
        self._thread = threading.Thread(target=self._run_and_end, name=name, daemon=daemon)
        self._thread.start()

    def _run_and_end(self) -> None:
        try:
            self._run()
        finally:
            self._ended.set()
            self._ended_hook()

    def _run(self) -> None:
        raise NotImplementedError

    def _ended_hook(self) -> None:
        """After the end is signalled (an `on_end` callback), on the job's thread."""

    def stop(self) -> None:
        self._stopping.set()

    @property
    def stopping(self) -> bool:
        return self._stopping.is_set()

    def running(self) -> bool:
        return self._thread is not None and not self._ended.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Until the thread has ended (True) or `timeout` passed (False)."""
        if self._thread is None:
            return True
        return self._ended.wait(timeout)


class SerialWorker:
    """Where the vault is used, for callers without the GUI: one thread, calls in order
    (as the GUI's worker, gui/background.py). `call` waits for its result."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self._queue: queue.Queue[tuple[Callable[[Vault], Any], Callable[[Any], None],
                                       Callable[[BaseException], None]] | None] = queue.Queue()
        self._thread = threading.Thread(target=self._serve, name="vault-worker", daemon=True)
        self._thread.start()

    def submit(self, fn: Callable[[Vault], Any], ok: Callable[[Any], None],
               fail: Callable[[BaseException], None]) -> None:
        self._queue.put((fn, ok, fail))

    def call(self, fn: Callable[[Vault], T]) -> T:
        reply = _Reply()
        self.submit(fn, reply.ok, reply.fail)
        value: T = reply.result()
        return value

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join()

    def _serve(self) -> None:
        while True:
            got = self._queue.get()
            if got is None:
                return
            fn, ok, fail = got
            try:
                if not self.vault.is_open:
                    raise CompartmentLocked("The vault is locked.", hint="Unlock it and try again.",
                                            code="vault.locked")
                result = fn(self.vault)
            except BaseException as exc:  # handed back to the caller, as the GUI's worker does
                fail(exc)
                continue
            ok(result)


__all__ = ["BesideJob", "SerialWorker", "Submit", "hand_over"]
