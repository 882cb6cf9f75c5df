"""The search side of the vault's own connection to records.db or psychotherapy.db: its
search file attached and in step, or being rebuilt beside the work (storage/search_rebuild.py),
or, when a search file goes bad while the vault is open, thrown away and rebuilt. Kept apart
from compartment.py, which is the compartment's file; `Compartment` takes this side in.

States (`search_state`): "ready" (attached, the ordinary triggers keep it in step),
"rebuilding" (a job is building it; the vault's connection notes the rows written meanwhile),
"failed" (the job failed: a full disk, say; the next unlock tries again), "off" (a copy, a
plaintext benchmark connection: no search file).

Everything here but `_search_ended` runs on the thread that owns the vault's connection.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from vault_app.domain.errors import EnvironmentProblem
from vault_app.storage import search_index
from vault_app.storage.search_rebuild import SearchRebuild

REBUILDING = "The search index is being rebuilt after a restore; search will be ready in a moment."
FAILED = "The search index could not be rebuilt."
DAMAGED = "The search index was damaged. It is being rebuilt; your records are not affected."


class SearchNotReady(EnvironmentProblem):
    """A search asked while the index is not in step with its compartment: it never answers
    from such an index. `rebuilding`: it will be ready by itself (False: it failed)."""

    def __init__(self, message: str, *, hint: str = "", rebuilding: bool = True, code: str = "") -> None:
        super().__init__(message, hint=hint, code=code)
        self.rebuilding = rebuilding


class CompartmentSearch:
    name: str
    path: Path
    search: bool
    search_rebuilt: bool
    _conn: Any
    _key: bytes | None
    _depth: int

    def _init_search(self) -> None:
        # Set by open(): the app's unlock rebuilds a missing or stale index beside the work.
        self.search_beside = False
        # Set by open() for the psychotherapy compartment: the records compartment's generation,
        # which its search file must carry too (search_index.bound_line).
        self.search_bound = ""
        self._search_job: SearchRebuild | None = None
        self._search_failed: BaseException | None = None
        self._search_broken = False  # found damaged inside a transaction: dropped once it ends
        self._hand_back_lock = threading.Lock()
        self._hand_back: Callable[[], None] | None = None

    # --- attaching ---------------------------------------------------------------------
    def _attach_search(self) -> None:
        """After every (re)connection of the vault's own connection: the search file attached
        when it is in step; else rebuilt, here (search_index.attach) or, for the app, beside."""
        if not self.search or self._key is None:
            return
        if not self.search_beside:
            self.search_rebuilt = search_index.attach(self._conn, self.name, self.path, self._key,
                                                      bound=self.search_bound)
            return
        self.search_rebuilt = not search_index.attach_kept(self._conn, self.name, self.path, self._key,
                                                           bound=self.search_bound)
        if self.search_rebuilt:
            search_index.track_writes(self._conn, self.name)
            self._start_search_rebuild()

    def _start_search_rebuild(self) -> None:
        assert self._key is not None
        self._search_failed = None
        job = SearchRebuild(self.name, self.path, self._key, self._search_ended, bound=self.search_bound)
        self._search_job = job
        job.start()

    def _search_ended(self, job: SearchRebuild) -> None:
        """On the job's thread: the swap-in is handed to the vault's thread, if anyone asked."""
        if job.outcome == "stopped":
            return
        with self._hand_back_lock:
            hand_back = self._hand_back
        if hand_back is not None:
            hand_back()

    def when_search_built(self, hand_back: Callable[[], None] | None) -> None:
        """`hand_back()` is called on the job's thread once a rebuild ends, to hand
        `finish_search_rebuild` to the vault's thread (the app's worker). The caller then
        asks `finish_search_rebuild` itself too: the job may have ended already."""
        with self._hand_back_lock:
            self._hand_back = hand_back

    # --- where it stands ----------------------------------------------------------------
    @property
    def search_state(self) -> str:
        if not self.search:
            return "off"
        if self._search_job is not None:
            return "rebuilding"
        if self._search_failed is not None:
            return "failed"
        return "ready" if search_index.attached(self._conn) else "rebuilding"

    def finish_search_rebuild(self) -> str:
        """A rebuild that has ended swapped in (search_index.swap_in), on the vault's thread,
        between transactions. Returns the state after it."""
        job = self._search_job
        if job is None and self._depth == 0 and self._search_failed is None and self.search_beside \
                and self._key is not None and not search_index.attached(self._conn):
            # Stopped by an operation that failed before it could start it again (a swap of
            # the file refused as busy): started now.
            if not search_index.tracking(self._conn):
                search_index.track_writes(self._conn, self.name)
            self._start_search_rebuild()
            return self.search_state
        if job is None or not job.ended or self._depth:
            return self.search_state
        self._search_job = None
        if job.outcome == "failed":
            self._search_failed = job.error or RuntimeError("failed")
        elif self._key is not None and not search_index.swap_in(self._conn, self.name, self.path, self._key,
                                                                bound=self.search_bound):
            self._start_search_rebuild()  # not whole after all (damaged since): built again
        return self.search_state

    def wait_for_search(self) -> str:
        """The command line: until the rebuild has ended and is swapped in."""
        while (job := self._search_job) is not None:
            job.wait()
            self.finish_search_rebuild()
        return self.search_state

    def require_search(self) -> None:
        """Before a query of the index: a rebuild that has ended is swapped in now; one still
        running, or failed, refuses the search (SearchNotReady) rather than answer from an
        index that is not in step."""
        state = self.finish_search_rebuild()
        if state == "rebuilding":
            raise SearchNotReady(REBUILDING, code="search.rebuilding")
        if state == "failed":
            raise SearchNotReady(FAILED, hint="Lock the vault and unlock it again to try once more.",
                                 rebuilding=False, code="search.failed")

    # --- stopping -----------------------------------------------------------------------
    def _stop_search_rebuild(self) -> bool:
        """Lock, quit, a new key, a swap of the file: the job stops now (its statement
        interrupted, its thread joined) and its uncommitted file is thrown away. True when
        one was running or waiting to be swapped in (the caller may start it again)."""
        job, self._search_job = self._search_job, None
        if job is None:
            return False
        job.stop()
        search_index.remove_files(search_index.path_beside(self.path, self.name))
        return True

    # --- a search file damaged while the vault is open ----------------------------------------
    def _search_damaged(self) -> bool:
        """After a driver error: whether the attached search file is what failed. Then it is
        marked to be thrown away (now, or when the transaction under way ends) and rebuilt."""
        if not self.search or not search_index.damaged(self._conn):
            return False
        self._search_broken = True
        if not self._depth:
            self._drop_broken_search()
        return True

    def _drop_broken_search(self) -> None:
        if not self._search_broken or self._depth:
            return
        self._search_broken = False
        with contextlib.suppress(Exception):
            search_index.uninstall_triggers(self._conn, self.name)
            search_index.detach(self._conn)
        search_index.remove_files(search_index.path_beside(self.path, self.name))
        if self._key is None:
            return
        if self.search_beside:
            search_index.track_writes(self._conn, self.name)
            self._start_search_rebuild()
        else:
            search_index.attach(self._conn, self.name, self.path, self._key, bound=self.search_bound)

    def search_damaged_error(self) -> SearchNotReady:
        # Met by any save (the index is written with the records), so said by its code on every screen.
        return SearchNotReady(DAMAGED, hint="If you were saving, save again: that change was not kept.",
                              code="search.damaged")


__all__ = ["DAMAGED", "FAILED", "REBUILDING", "CompartmentSearch", "SearchNotReady"]
