"""One backup built beside the work (services/backup_beside.py runs it): what it holds, how it
ended, and who hears of it (split from services/backup_beside.py)."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from vault_app.services.backup import BackupInfo
from vault_app.services.backup_beside_register import Built, Snapshot
from vault_app.services.backup_beside_repo import RepoBuilt, RepoSnapshot


@dataclass(eq=False)
class Job:
    """One backup built beside the work. `asked`: Back up now's (services/backup_now.py): its
    outcome is kept here for the window (`built`, `error`, then `registered`), not said as a
    failed automatic backup, and a quit waits for it instead of stopping it."""

    snapshot: Snapshot | RepoSnapshot
    asked: bool = False
    started: float = field(default_factory=lambda: datetime.now(UTC).timestamp())
    built: Built | RepoBuilt | None = None
    registered: BackupInfo | None = None
    error: BaseException | None = None
    ended: threading.Event = field(default_factory=threading.Event)
    _on_end: list[Callable[[], None]] = field(default_factory=list, init=False, repr=False)
    _said: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)
    # Back up now's: the open vault it was pressed in (a weak reference), so a failure met while that
    # same vault is open is its window's to say, not "pressed before the last lock" (ci: the folder's
    # wait said so of a Back up now whose window was up and waiting).
    pressed_in: Callable[[], object] | None = field(default=None, repr=False)
    # True while it waits for another process's hold on its backup folder (beside the worker:
    # `BackupRunner._hold_folder`); who asked hears each change (`when_folder_waits`).
    folder_waiting: bool = False
    waited_for_folder: bool = False  # ever (the window says how that wait ended)
    _on_folder: list[Callable[[bool], None]] = field(default_factory=list, init=False, repr=False)

    def window_waits(self, vault: object) -> bool:
        """Whether Back up now's window waits for this job in `vault`, the vault it was pressed in."""
        return self.pressed_in is not None and self.pressed_in() is vault

    def when_ended(self, tell: Callable[[], None]) -> None:
        """`tell()` once the job has ended: at once if it has, else on its thread as it ends."""
        with self._said:
            if not self.ended.is_set():
                self._on_end.append(tell)
                return
        tell()

    def when_folder_waits(self, tell: Callable[[bool], None]) -> None:
        """`tell(True)` (from the job's thread, or at once) when it begins to wait for another
        process's hold on the backup folder, `tell(False)` when that wait is over."""
        with self._said:
            self._on_folder.append(tell)
            waiting = self.folder_waiting
        if waiting:
            with contextlib.suppress(Exception):
                tell(True)

    def folder_waits(self, waiting: bool) -> None:
        with self._said:
            if self.folder_waiting == waiting:
                return
            self.folder_waiting = waiting
            told = list(self._on_folder)
        for tell in told:
            with contextlib.suppress(Exception):  # the window's notice: never the job's failure
                tell(waiting)

    def end(self) -> None:
        with self._said:
            self.ended.set()
            told, self._on_end = self._on_end, []
        for tell in told:
            with contextlib.suppress(Exception):  # the window's notice: never the job's failure
                tell()


__all__ = ["Job"]
