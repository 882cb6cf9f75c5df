"""The search index rebuilt beside the unlock, on the GUI's side (services/search_rebuild.py,
storage/search_rebuild.py hold the job).

The app's unlock leaves a missing or stale index (after a restore, a lost file) to a thread
of its own (`unlocking`, around the unlock window's call), so the main window comes without
waiting for it. Right after, `start` asks, on the worker, that a rebuild which ends hands its
swap-in back to the worker (gui/worker_bridge.ToWorker) and then says so: `notice().ready`,
which the search window follows to offer its search again. Lock and quit need nothing here:
closing the compartment stops the job first (Compartment.close).
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
    """After the unlock (GUI thread): a rebuild under way hands its swap-in to the worker."""
    ready = notice()
    bridge = ToWorker(app)
    _BRIDGES[:] = [bridge]  # kept alive while the job may still call it

    def hand_back(vault: Vault) -> None:
        search_rebuild.hand_back(vault, bridge.submit, ready.ready.emit)

    app.op(None, hand_back).failure(_quietly).run()


def _quietly(_exc: BaseException) -> bool:
    return True  # the search swaps a finished rebuild in itself when asked


__all__ = ["notice", "start", "unlocking"]
