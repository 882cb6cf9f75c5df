"""The controller's side of a running destruction (gui/destruction_hold.py): which chart and
notes it deletes, its start and end, and the lock or quit that waits for it (a part of
gui/controller.py's AppController, held apart since the two together passed one file's worth).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from vault_app.gui.beside_jobs import log_only
from vault_app.gui.clipboard import forget_on_lock
from vault_app.gui.destruction_hold import DestructionHold, Waited

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from vault_app.gui.idle import IdleWatcher
    from vault_app.gui.main_window import MainWindow
    from vault_app.services.vault import Vault


class ControllerDestruction:
    """Mixed into AppController (before its Qt base), which sets these attributes. Only
    annotations here, no stand-in methods: nothing of this class may hide the controller's
    own or VaultOps's."""

    _destruction: DestructionHold
    vault: Vault | None
    psychotherapy_open: bool
    main_window: MainWindow | None
    idle: IdleWatcher
    destruction_waits: SignalInstance
    op: Callable[..., Any]
    lock: Callable[..., None]

    @property
    def destruction_running(self) -> bool:
        return self._destruction.running

    @property
    def chart_being_destroyed(self) -> str | None:
        """The client id of the whole chart a running destruction deletes (its screens refuse it)."""
        return self._destruction.chart

    @property
    def notes_being_destroyed(self) -> frozenset[str]:
        """The psychotherapy notes a running destruction deletes (the tab refuses them)."""
        return self._destruction.notes

    def destruction_begins(self, owner: QObject, chart: str | None = None,
                           notes: frozenset[str] = frozenset()) -> None:
        """`owner` (the wizard's page) runs a destruction until `destruction_ends`; `chart`: the
        client id of the whole chart it destroys, `notes`: the psychotherapy notes it destroys."""
        self._destruction.begins(owner, chart, notes)

    def destruction_ends(self, outcome: str = "") -> None:
        """The destruction finished (or failed): carry out the lock or quit that waited."""
        self._destruction.ends(outcome)

    def _after_destruction(self, waited: Waited) -> None:
        if waited.psychotherapy_lock and self.vault is not None and not self.psychotherapy_open:
            self.op(None, lambda v: v.lock_psychotherapy()).failure(log_only).run()
        if waited.quit and self.main_window is not None:
            self.main_window.close()  # as Vault > Quit: holds typed text, locks, ends the app
        elif waited.lock is not None:
            reason, quick = waited.lock
            self.lock(f"{reason} {waited.outcome}".strip(), quick=quick)

    def quit_after_destruction(self) -> None:
        """Quit asked for during a destruction and confirmed: quit as soon as it ends."""
        if not self._destruction.running:
            if self.main_window is not None:
                self.main_window.close()
            return
        self._destruction.quit_waits()
        self._cover("quit")

    def _cover(self, why: str) -> None:
        self.idle.stop()
        if self.main_window is not None:
            owner = self._destruction.owner
            keep = owner.window() if isinstance(owner, QWidget) else None
            self.main_window.cover_until_locked(keep, why)
        forget_on_lock()
        self.destruction_waits.emit(why)
