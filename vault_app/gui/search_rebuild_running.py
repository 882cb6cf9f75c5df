"""The search index rebuilt beside the unlock, on the GUI's side (services/search_rebuild.py,
storage/search_rebuild.py hold the job).

The app's unlock leaves a missing or stale index (after a restore, a lost file) to a thread
of its own (`unlocking`, around the unlock window's call), so the main window comes without
waiting for it. Right after, `start` asks, on the worker, that a rebuild which ends hands its
swap-in back to the worker (gui/worker_bridge.ToWorker) and then says so: `notice().ready`,
which the search window follows to offer its search again. The psychotherapy unlock asks the
same (`start` again), so its compartment's rebuild ends with the notice too. Lock and quit need
nothing here: closing the compartment stops the job first (Compartment.close).

`notice().running` says, on the GUI thread, whether any index is still being rebuilt (the main
window's status bar shows it, gui/search_rebuild_status.py): after `start`, after each job's end
(whatever its outcome: a failed rebuild ends the "being rebuilt" too) and after `recheck`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from vault_app.gui.worker_bridge import ToWorker
from vault_app.services import search_rebuild

if TYPE_CHECKING:
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault

T = TypeVar("T")


class _Notice(QObject):
    ready = Signal()  # emitted on the GUI thread once a rebuilt index is swapped in
    # On the GUI thread: whether a search index is being rebuilt now (asked on the worker, so
    # in the worker's order: the last one said is the latest).
    running = Signal(bool)


_NOTICE: _Notice | None = None
_BRIDGES: list[ToWorker] = []


def notice() -> _Notice:
    global _NOTICE
    if _NOTICE is None:
        _NOTICE = _Notice()
    return _NOTICE


def unlocking(opener: Callable[[], T]) -> T:
    """On the worker: the unlock `opener`, without rebuilding the search index inside it."""
    with search_rebuild.rebuilt_beside():
        return opener()


def start(app: App) -> None:
    """After the unlock, and after a psychotherapy unlock (GUI thread): a rebuild under way
    hands its swap-in to the worker; `running` says whether one is."""
    said = notice()
    bridge = ToWorker(app)
    _BRIDGES[:] = [bridge]  # kept alive while the job may still call it

    def submit(fn: Callable[[Vault], object], ok: Callable[[object], None],
               fail: Callable[[BaseException], None]) -> None:
        # A job ended (from its thread): after its swap-in, whether another is still running,
        # asked in the same operation so nothing comes between.
        def finish(vault: Vault) -> tuple[object, bool]:
            return fn(vault), _still_rebuilding(vault)

        def finished(result: tuple[object, bool]) -> None:
            ok(result[0])  # `ready` first: the search window asks again
            said.running.emit(result[1])

        def failed(exc: BaseException) -> None:
            fail(exc)
            recheck(app)

        bridge.submit(finish, finished, failed)

    def hand_back(vault: Vault) -> bool:
        search_rebuild.hand_back(vault, submit, said.ready.emit)
        return _still_rebuilding(vault)

    app.op(None, hand_back).success(said.running.emit).failure(_quietly).run()


def recheck(app: App) -> None:
    """`running` said again, as it is now (GUI thread): after a psychotherapy lock, which stops
    that compartment's job without an end to hear; after a search refused by a damaged index,
    which starts one."""
    said = notice()
    app.query(None, _still_rebuilding).success(said.running.emit).failure(_quietly).run()


def _still_rebuilding(vault: Vault) -> bool:
    return vault.is_open and search_rebuild.rebuilding(vault)


def _quietly(_exc: BaseException) -> bool:
    return True  # the search swaps a finished rebuild in itself when asked


__all__ = ["notice", "recheck", "start", "unlocking"]
