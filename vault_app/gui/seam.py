"""The interfaces screens depend on, so that no screen imports the screens above it.

`App` is what a screen may use of the application (the `AppController` is one): run an
operation, hear what changed, ask for a chart, and the psychotherapy compartment's
state. `ChartHost` is what a chart tab may use of the chart view that holds it. Both are
structural: the controller and the chart view satisfy them without naming them, and a
screen's module never needs controller.py or chart_view.py, not even for its types.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtWidgets import QTabWidget, QWidget, QWizard

if TYPE_CHECKING:
    from vault_app.domain.clinical import Client
    from vault_app.domain.clinical_notes import Chart
    from vault_app.gui.background import Progress
    from vault_app.gui.idle import IdleWatcher
    from vault_app.gui.operations import VaultOp, VaultQuery
    from vault_app.gui.os_events import OsLockEvents
    from vault_app.services.quick_unlock import Sealed
    from vault_app.services.vault import Vault

T = TypeVar("T")


class Operations(Protocol):
    """Run operations on the vault and hear what they changed (operations.VaultOps is one)."""

    # Emitted with a services.changes.Changes after every operation that changed something.
    @property
    def changed(self) -> SignalInstance: ...

    def op(self, parent: QWidget | None, fn: Callable[[Vault], T] | Callable[[Vault, Progress], T], *,
           label: str = "", progress: bool = False, beside: bool = False) -> VaultOp[T]: ...
    def query(self, parent: QWidget | None, fn: Callable[[Vault], T], *, label: str = "") -> VaultQuery[T]: ...


class App(Operations, Protocol):
    """What a screen may use of the application (the AppController is one)."""

    # Emitted with True when the psychotherapy compartment opens, False when it locks.
    @property
    def psychotherapy_changed(self) -> SignalInstance: ...
    @property
    def psychotherapy_open(self) -> bool: ...
    @property
    def idle(self) -> IdleWatcher: ...
    @property
    def os_events(self) -> OsLockEvents: ...
    @property
    def vault(self) -> Vault | None: ...
    # Emitted with a navigation.ChartRequest when a chart should come on screen.
    @property
    def chart_requested(self) -> SignalInstance: ...
    @property
    def folder(self) -> Path: ...
    # Quick unlock's sealed passphrase, or None; setting None disarms it.
    sealed: Sealed | None

    def open_chart(self, client_id: str, note_id: str | None = None, *, psychotherapy: bool = False,
                   attachment_id: str | None = None) -> None: ...
    def unlock_psychotherapy(
        self, parent: QWidget, passphrase: str, on_error: Callable[[BaseException], bool] | None = None
    ) -> None: ...
    @property
    def psychotherapy_quick_ready(self) -> bool: ...
    def unlock_psychotherapy_with_pin(
        self, parent: QWidget, pin: str, on_error: Callable[[BaseException], bool] | None = None
    ) -> None: ...
    def lock_psychotherapy(self) -> None: ...
    def lock(self, reason: str = "Locked.", *, quick: bool = False) -> None: ...
    def quit_by_user(self) -> None: ...
    # A destruction past its point of no return: a lock or quit waits for it (controller.py).
    @property
    def destruction_running(self) -> bool: ...
    # Emitted with "lock" or "quit" when one waits for the running destruction.
    @property
    def destruction_waits(self) -> SignalInstance: ...
    # Emitted with a backup folder that another copy of the app is writing into (a backup waits).
    @property
    def backup_folder_waits(self) -> SignalInstance: ...
    # The client id of the whole chart a running destruction deletes, or None.
    @property
    def chart_being_destroyed(self) -> str | None: ...
    # The psychotherapy notes a running destruction deletes.
    @property
    def notes_being_destroyed(self) -> frozenset[str]: ...
    def destruction_begins(self, owner: QObject, chart: str | None = None,
                           notes: frozenset[str] = frozenset()) -> None: ...
    def destruction_ends(self, outcome: str = "") -> None: ...
    def quit_after_destruction(self) -> None: ...
    def arm_quick_unlock(self, passphrase: str, pin: str | None = None) -> None: ...
    def keys_changed(self, passphrase: str) -> None: ...
    def switch_folder(self, folder: Path, reason: str = "") -> None: ...
    # Settings saved another practice locale: in force now, the screens shown again in it.
    def practice_locale_changed(self, tag: str) -> None: ...


class ChartHost(Protocol):
    """What a chart tab may use of the chart view that holds it."""

    @property
    def controller(self) -> App: ...
    @property
    def client_id(self) -> str | None: ...
    @property
    def chart(self) -> Chart | None: ...
    @property
    def privacy(self) -> bool: ...
    @property
    def tabs(self) -> QTabWidget: ...
    @property
    def authorizations(self) -> QWidget: ...  # the Authorizations tab, which a message may bring forward

    def shown_client(self) -> Client | None: ...
    # They return the editor they opened; a tab does not need it (and must not import it).
    def new_note(self) -> object: ...
    def open_note(self, note_id: str | None) -> object: ...
    def open_note_at_risk(self, note_id: str | None) -> object: ...  # its risk screening ticked and in view
    def start_export(self) -> QWizard | None: ...
    def start_destruction(self, notes: bool = False) -> QWizard | None: ...
    def say(self, text: str) -> None: ...  # a sentence for the main window's status bar
    # A sentence said that no longer holds ("Choose a request in the list first"): emitted with it,
    # it goes from the status bar if still on show (ChartView.unsaid).
    @property
    def unsaid(self) -> SignalInstance: ...


__all__ = ["App", "ChartHost", "Operations"]
