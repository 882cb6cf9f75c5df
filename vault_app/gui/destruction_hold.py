"""A lock or quit asked for while a destruction runs waits for it (the controller's hold).

Past its "started" ledger entry a destruction cannot be undone, and the worker cannot stop
it part-way: a lock would only close the vault after it anyway (the worker is serial), and
an unlock window would then sit on "Unlocking…" for minutes. So a lock or quit asked for
meanwhile waits for it: at once the main window's content and every other window are
hidden (the screen is not readable, controller.py), the wizard shows only its progress and
that the vault locks (or the app quits) when it ends; then the lock or quit runs as asked.
This module keeps what waits and says when the destruction is over; the controller covers
the screen and carries out what waited.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import shiboken6
from PySide6.QtCore import QObject, QTimer


class Waited(NamedTuple):
    """What was asked for while the destruction ran, handed over once it is over."""

    lock: tuple[str, bool] | None  # the lock's reason, and whether it may offer the PIN
    quit: bool
    psychotherapy_lock: bool  # the psychotherapy compartment's own lock (its notes already blank)
    outcome: str  # what the destruction's end says, added to the lock's reason


class DestructionHold(QObject):
    def __init__(self, after: Callable[[Waited], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._after = after
        self._owner: QObject | None = None
        self._chart: str | None = None
        self._notes: frozenset[str] = frozenset()
        self._lock: tuple[str, bool] | None = None
        self._quit = False
        self._psychotherapy_lock = False
        self._outcome = ""

    @property
    def owner(self) -> QObject | None:
        """What runs the destruction (the wizard's page), while it runs."""
        return self._owner

    @property
    def running(self) -> bool:
        return self._owner is not None

    @property
    def chart(self) -> str | None:
        """The client id of the whole chart being destroyed, while it runs (None: notes only,
        or a destruction finished from Records > Destructions)."""
        return self._chart if self._owner is not None else None

    @property
    def notes(self) -> frozenset[str]:
        """The ids of the psychotherapy notes a running destruction deletes (empty: none chosen)."""
        return self._notes if self._owner is not None else frozenset()

    def begins(self, owner: QObject, chart: str | None = None, notes: frozenset[str] = frozenset()) -> None:
        """`owner` runs a destruction until `ends`. Should it be deleted first, the hold goes
        with it: a lock is never kept waiting by a lost callback."""
        self._owner = owner
        self._chart, self._notes = chart, notes
        owner.destroyed.connect(self._owner_gone)

    def ends(self, outcome: str = "") -> None:
        """The destruction finished (or failed): hand over what waited."""
        owner, self._owner, self._chart, self._notes = self._owner, None, None, frozenset()
        if owner is not None and shiboken6.isValid(owner):
            owner.destroyed.disconnect(self._owner_gone)
        self._outcome = outcome
        # On the next turn: the wizard's own result callbacks finish before its window closes.
        QTimer.singleShot(0, self._over)

    def lock_waits(self, reason: str, quick: bool) -> None:
        # The strictest lock asked for wins: one that dropped the PIN keeps it dropped.
        earlier = self._lock
        self._lock = (earlier[0] if earlier else reason, quick and (earlier is None or earlier[1]))

    def quit_waits(self) -> None:
        self._quit = True

    def psychotherapy_lock_waits(self) -> None:
        self._psychotherapy_lock = True

    def _owner_gone(self) -> None:
        self._owner = self._chart = None
        self._notes = frozenset()
        QTimer.singleShot(0, self._over)

    def _over(self) -> None:
        if self._owner is not None:  # another one began meanwhile
            return
        waited = Waited(self._lock, self._quit, self._psychotherapy_lock, self._outcome)
        self._lock, self._quit, self._psychotherapy_lock, self._outcome = None, False, False, ""
        self._after(waited)


__all__ = ["DestructionHold", "Waited"]
