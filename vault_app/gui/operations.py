"""Typed operations on the unlocked vault, in the spirit of Anki's CollectionOp/QueryOp.

A screen runs one service call per user action, in one line:

    self.controller.op(self, lambda v: notes.sign(v, note_id), label="Signing…").success(self._signed).run()
    self.controller.query(self, lambda v: clients.read_chart(v, cid)).success(self._show).run()

Both run on the single worker thread (background.py). After the call the vault's
collected `Changes` (services/changes.py) are broadcast through `AppController.changed`
before the success callback runs, so every screen that shows the changed records
refreshes itself; the screen that asked only handles its own result.

`VaultOp` is for writes, `VaultQuery` for reads. A query that logs a view (opening a
chart) still broadcasts its VIEWS change, which only the History tab listens to.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar, cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from vault_app.domain.errors import CompartmentLocked
from vault_app.gui.background import Beside, Progress, run_op

if TYPE_CHECKING:
    from vault_app.services.vault import Vault

T = TypeVar("T")


class _Operation(Generic[T]):
    """Shared builder. Subclasses differ in intent (and in what tests may assert)."""

    def __init__(
        self,
        submit: Callable[..., int],
        parent: QWidget | None,
        fn: Callable[[Vault], T] | Callable[[Vault, Progress], T],
        *,
        label: str = "",
        progress: bool = False,
        beside: bool = False,
    ) -> None:
        self._submit = submit
        self._parent = parent
        self._fn = fn
        self._label = label
        self._progress = progress
        self._beside = beside
        self._on_success: Callable[[T], None] | None = None
        self._on_error: Callable[[BaseException], bool] | None = None
        self._on_done: Callable[[], None] | None = None

    def success(self, fn: Callable[[T], None]) -> _Operation[T]:
        self._on_success = fn
        return self

    def failure(self, fn: Callable[[BaseException], bool]) -> _Operation[T]:
        """`fn` returns True when it explained the error itself (an inline message)."""
        self._on_error = fn
        return self

    def finally_(self, fn: Callable[[], None]) -> _Operation[T]:
        self._on_done = fn
        return self

    def run(self) -> int:
        return self._submit(
            self._parent, self._fn, on_success=self._on_success, on_error=self._on_error,
            on_done=self._on_done, label=self._label, progress=self._progress, beside=self._beside,
        )


class VaultOp(_Operation[T]):
    """A write: one user action, one service call."""


class VaultQuery(_Operation[T]):
    """A read for a screen."""


class VaultOps(QObject):
    """Where screens run their operations and hear what changed: the app's controller is
    one (over the vault it unlocked); `VaultOps.over(vault)` is one over a vault opened
    without the app (tests, a dialog used on its own)."""

    # Emitted with a services.changes.Changes after every operation that changed something.
    changed = Signal(object)

    def __init__(self, get_vault: Callable[[], Vault | None] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._get_vault = get_vault or (lambda: None)

    @classmethod
    def over(cls, vault: Vault) -> VaultOps:
        return cls(lambda: vault)

    def current_vault(self) -> Vault | None:
        return self._get_vault()

    def op(self, parent: QWidget | None, fn: Callable[[Vault], T] | Callable[[Vault, Progress], T], *,
           label: str = "", progress: bool = False, beside: bool = False) -> VaultOp[T]:
        """A write for one user action: `ops.op(self, fn).success(cb).run()`. With
        `progress=True`, `fn(vault, progress)` reports how far it got. With `beside=True` its
        "Please wait" blocks no window and takes no typing (background.run_op)."""
        return VaultOp(self._run, parent, fn, label=label, progress=progress, beside=beside)

    def query(self, parent: QWidget | None, fn: Callable[[Vault], T], *, label: str = "") -> VaultQuery[T]:
        """A read for a screen: `ops.query(self, fn).success(cb).run()`."""
        return VaultQuery(self._run, parent, fn, label=label)

    def _run(
        self,
        parent: QWidget | None,
        fn: Callable[..., T],
        *,
        on_success: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], bool] | None = None,
        on_done: Callable[[], None] | None = None,
        label: str = "",
        progress: bool = False,
        beside: bool = False,
    ) -> int:
        """The primitive under `op` and `query` (the only way in): run `fn(vault)` on the
        worker thread; what it changed is broadcast through `changed` before `on_success`."""
        vault = self.current_vault()
        broadcast = self.changed.emit

        def told(call: Callable[[], T]) -> T:
            assert vault is not None
            try:
                return call()
            finally:
                # Taken even when the call failed part-way: what it did write must show. The
                # signal is emitted on the worker and heard on the GUI thread, queued before
                # the operation's own result, so screens refresh before its callback runs.
                changes = vault.changes.take()
                if changes:
                    broadcast(changes)

        def job(*args: Progress) -> T:
            if vault is None or not vault.is_open:
                raise CompartmentLocked("The vault is locked.", hint="Unlock it and try again.")
            result = told(lambda: fn(vault, *args))
            if isinstance(result, Beside):  # its last part's writes (a backup registered) shown too
                then = result.then
                return cast(T, Beside(result.when_ended, lambda: told(then)))
            return result

        return run_op(parent, job, on_success=on_success, on_error=on_error, on_done=on_done, label=label,
                      progress=progress, beside=beside)


__all__ = ["VaultOp", "VaultOps", "VaultQuery"]
