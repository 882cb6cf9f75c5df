"""The psychotherapy compartment's own unlock (passphrase or quick-unlock PIN) and its lock, the
controller's side (a part of gui/controller.py's AppController, held apart since the two together
passed one file's worth).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from vault_app.gui import quick_seals
from vault_app.gui.beside_jobs import log_only
from vault_app.gui.clipboard import forget_on_lock

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from vault_app.gui.destruction_hold import DestructionHold
    from vault_app.gui.idle import IdleWatcher
    from vault_app.gui.seam import App
    from vault_app.services.quick_unlock import Sealed
    from vault_app.services.vault import Vault



def _unlocking() -> str:
    """In the controller's own context, as before the split."""
    return QCoreApplication.translate("AppController", "Unlocking psychotherapy notes…")


class ControllerPsychotherapy:
    """Mixed into AppController (before its Qt base), which sets these attributes. Only
    annotations here, no stand-in methods: nothing of this class may hide the controller's
    own or VaultOps's."""

    vault: Vault | None
    psychotherapy_open: bool
    psychotherapy_sealed: Sealed | None
    idle: IdleWatcher
    _destruction: DestructionHold
    psychotherapy_changed: SignalInstance
    op: Callable[..., Any]
    _seal: Callable[[str, str | None, Callable[[Sealed | None], None]], None]

    if TYPE_CHECKING:
        @property
        def quick_ready(self) -> bool: ...

    # --- psychotherapy compartment -------------------------------------------------------
    def unlock_psychotherapy(
        self, parent: QWidget, passphrase: str, on_error: Callable[[BaseException], bool] | None = None
    ) -> None:
        unlocking = self.op(parent, lambda v: v.unlock_psychotherapy(passphrase),
                            label=_unlocking())
        unlocking.success(lambda _r: self._psychotherapy_opened(passphrase))
        if on_error is not None:
            unlocking.failure(on_error)
        unlocking.run()

    @property
    def psychotherapy_quick_ready(self) -> bool:
        """Whether the psychotherapy lock may offer the PIN: quick unlock is armed for the
        vault (on, and not spent or dropped) and this compartment was opened with the
        passphrase since."""
        sealed = self.psychotherapy_sealed
        return self.quick_ready and sealed is not None and not sealed.spent

    def unlock_psychotherapy_with_pin(
        self, parent: QWidget, pin: str, on_error: Callable[[BaseException], bool] | None = None
    ) -> None:
        """Reopen the psychotherapy notes' 2-minute lock with the quick-unlock PIN."""
        sealed = self.psychotherapy_sealed if self.psychotherapy_quick_ready else None
        unlocking = self.op(parent, quick_seals.psychotherapy_opening(sealed, pin),
                            label=_unlocking())
        unlocking.success(lambda _r: self._psychotherapy_opened())
        if on_error is not None:
            unlocking.failure(on_error)
        unlocking.run()

    def _psychotherapy_opened(self, passphrase: str | None = None) -> None:
        self.psychotherapy_open = True
        self.idle.touch()
        self.idle.psychotherapy_armed = True
        self.psychotherapy_changed.emit(True)
        # Lazy (start-up): as after the unlock; its index too may be rebuilt beside the work
        from vault_app.gui import search_rebuild_running

        search_rebuild_running.start(cast("App", self))
        if passphrase is not None and self.quick_ready:
            self._arm_psychotherapy(passphrase)

    def _arm_psychotherapy(self, passphrase: str) -> None:
        """Seal the passphrase that just opened the psychotherapy notes under the PIN."""
        self._seal(passphrase, None, self._psychotherapy_armed)

    def _psychotherapy_armed(self, sealed: Sealed | None) -> None:
        if self.vault is not None and self.quick_ready:  # not if a passphrase-only lock came in between
            self.psychotherapy_sealed = sealed

    def lock_psychotherapy(self) -> None:
        if not self.psychotherapy_open:
            return
        self.psychotherapy_open = False
        self.idle.psychotherapy_armed = False
        # Blank first, then close the compartment on the worker (after any pending save).
        self.psychotherapy_changed.emit(False)
        forget_on_lock()  # a psychotherapy note selected or copied before it went blank
        if self.vault is not None and self._destruction.running:
            # The destruction's finish (on the worker, after its backups' purge beside it) still
            # reads that compartment: it closes when the destruction ends, as it did when the
            # destruction was one operation ahead of it. Nothing of it is on screen meanwhile.
            self._destruction.psychotherapy_lock_waits()
        elif self.vault is not None:
            self.op(None, lambda v: v.lock_psychotherapy()).failure(log_only).run()
            # Its index's rebuild, if one ran, stopped with it: the status bar's word goes (or stays
            # for the records').
            # Lazy (start-up): as after the unlock
            from vault_app.gui import search_rebuild_running

            search_rebuild_running.recheck(cast("App", self))
