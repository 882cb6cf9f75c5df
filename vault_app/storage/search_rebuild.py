"""A compartment's search file rebuilt beside the therapist's work (issue 21, item 1), not
inside the unlock: 3.7 s at the benchmark's 1x practice, 15 s or more at 4x, that the
therapist waited at the unlock window after every restore or lost search file.

How it stays exact (search_index.track_writes, search_index.swap_in):
- The unlock finds the file missing or out of step, throws it away and, on the vault's
  connection, installs TEMP triggers that note the rowid of every indexed write; then it
  starts `SearchRebuild` and returns. Search says "being rebuilt" meanwhile.
- The job opens a connection of its own to the compartment (SQLCipher in WAL mode: the
  vault's connection goes on writing while it reads one snapshot) with a fresh search file
  attached, and fills the FTS tables from that snapshot a batch at a time, in one
  transaction on the search file only, with the snapshot's count. It never writes the
  compartment.
- When it has committed, the swap-in runs on the thread that owns the vault's connection
  (the app's worker, handed over as the other beside jobs do; the command line's own
  thread): the file is attached, the rows noted since the triggers went in are indexed
  again from the compartment as it now is, the count becomes the compartment's, in one
  transaction; then the ordinary triggers keep it in step (search_index.install_triggers).

Chosen over "count check and catch-up from the tables": a count says that something was
written, not what; the noted rowids say exactly which rows to index again, and cost one
in-memory row per write while the rebuild runs.

A stop (lock, quit, a destruction's or a rekey's new key) interrupts the running statement
and joins the thread before the connection closes or the key changes; the uncommitted build
is rolled back and the file is thrown away by the compartment (a rekey starts a new build
under the new key). A kill leaves a file without its count (the build commits it last), or
a committed one whose count is behind: either is thrown away and rebuilt at the next open.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from vault_app.storage import compartment_connect, search_index

log = logging.getLogger(__name__)

# Tests hold a job at a named step on its thread (the table about to get its next batch, ""
# before the commit): set before the unlock that starts it.
hold: Callable[[SearchRebuild, str], None] | None = None


class RebuildStopped(Exception):
    """The job was told to stop: nothing is committed."""


class SearchRebuild:
    """One rebuild of one compartment's search file on a thread of its own. `outcome` once
    ended: "built" (committed, waiting for `search_index.swap_in`), "stopped" or "failed"."""

    def __init__(self, name: str, compartment_path: Path, compartment_key: bytes,
                 on_end: Callable[[SearchRebuild], None], *, bound: str = "") -> None:
        self.name = name
        self._bound = bound
        self._path = compartment_path
        self._key: bytes | None = bytes(compartment_key)
        self._on_end = on_end
        self._stopping = threading.Event()
        self._ended = threading.Event()
        self._conn: Any = None
        self._conn_lock = threading.Lock()
        self.outcome = ""
        self.error: BaseException | None = None
        self._hold = hold
        self._thread = threading.Thread(target=self._run, name=f"vault-search-rebuild-{name}", daemon=True)

    def start(self) -> None:
        self._thread.start()

    @property
    def stopping(self) -> bool:
        return self._stopping.is_set()

    @property
    def ended(self) -> bool:
        return self._ended.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        return self._ended.wait(timeout)

    def stop(self) -> None:
        """Stop now (any thread) and wait for the thread: its statement is interrupted, its
        transaction rolled back and its connection closed when this returns."""
        self._stopping.set()
        with self._conn_lock:
            if self._conn is not None:
                with contextlib.suppress(Exception):
                    self._conn.interrupt()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join()

    # --- the job's thread ---------------------------------------------------------------
    def _step(self, table: str) -> None:
        if self._hold is not None:
            self._hold(self, table)
        if self._stopping.is_set():
            raise RebuildStopped

    def _connect(self) -> Any:
        key = self._key
        assert key is not None
        # The compartment's own keyed open: temp data in memory, so FTS5's sorting never
        # spills plaintext to disk.
        return compartment_connect.connect_keyed(self._path, key)

    def _build(self) -> None:
        key = self._key
        assert key is not None
        conn = self._connect()
        with self._conn_lock:
            self._conn = conn
        try:
            if self._stopping.is_set():
                raise RebuildStopped
            path = search_index.path_beside(self._path, self.name)
            search_index.remove_files(path)
            search_index.open_on(conn, path, search_index.search_key(key, self.name))
            search_index.build(conn, self.name, bound=self._bound, begin="BEGIN", step=self._step)
            search_index.checkpoint(conn)
        finally:
            with self._conn_lock:
                self._conn = None
            with contextlib.suppress(Exception):
                conn.close()

    def _run(self) -> None:
        try:
            self._build()
            self.outcome = "built"
        except RebuildStopped:
            self.outcome = "stopped"
        except sqlcipher.OperationalError as exc:
            # An interrupt by `stop` reads as an OperationalError: a stop, not a failure.
            self.outcome, self.error = ("stopped", None) if self._stopping.is_set() else ("failed", exc)
        except Exception as exc:  # a full disk, a bug: by type only (no vault content in logs)
            self.outcome, self.error = "failed", exc
        finally:
            self._key = None  # nothing of the vault's keys stays with the finished job
            if self.outcome == "failed":
                log.warning("Rebuilding the search index failed: %s", type(self.error).__name__)
            self._ended.set()
        self._on_end(self)


__all__ = ["RebuildStopped", "SearchRebuild", "hold"]
