"""The practice import beside the therapist's work (issue 21, item 1).

Before, an import ran as one operation on the GUI's single worker: while a SimplePractice
export of thousands of PDFs came in (minutes), every autosave, chart opening and the lock
queued behind it. Now `ImportJob` runs it on a thread of its own:

- What is slow runs on that thread: reading and parsing the export's files, and sealing
  every document into the blob store (encrypt, write, three fsyncs: 90% of the time).
- Each chart's transactions and its ledger entry (milliseconds: rows, search index,
  signatures) are handed, one call per chart, to where the vault is used (`submit`: the
  GUI's worker, between whatever else is queued there). So an autosave waits for at most
  one chart's transactions, never the import. There is one writer connection per
  compartment, as before: no second SQLite writer, no busy_timeout race, and the ledger
  chain, the header anchor and the integrity stamps keep their one owner (a second Vault
  over the same folder would find the header moved under it and refuse, by design).
- `stop` (the lock, quit) stops it between charts, or between the files it is sealing:
  a call not yet handed over is refused (ImportStopped), one already queued runs whole
  before the lock. What is imported is whole; running the same import again continues
  (the import map knows every chart and item already in). `wait` bounds how long the
  lock waits for the thread to let go of the vault's folder.
- The source folder gone before the import read it again (renamed right after Import: found
  in the real app, a FileNotFoundError shown as the generic apology, the wizard stuck at
  "Starting… 0%"): whatever the reading raised, when `source_folder` can no longer be read
  the import ends with a report saying so (`source_gone`), never an error.
- `cancel` (the therapist's Cancel) also stops between charts, but the vault stays open,
  so the import ends normally: the blobs of a chart it did not finish are scrubbed.

The thread, its stop and the hand-over are services/beside_job.py's (shared with the first
sealing and the destruction's purge); `beside_job.SerialWorker` is "where the vault is
used" for callers without the GUI.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from vault_app.domain.errors import DiskFull, VaultError
from vault_app.services.beside_job import BesideJob, Submit, hand_over
from vault_app.services.importers.apply import Progress, source_gone
from vault_app.services.importers.plan import ImportReport, ImportStopped
from vault_app.services.vault import Vault

log = logging.getLogger(__name__)
T = TypeVar("T")

# How long a lock or quit waits for the import's thread to let go (it stops at its next
# check: after the file it is reading or the document it is sealing, at most 25 MiB).
STOP_WAIT_SECONDS = 10.0

# The import itself: (on_vault, cancelled, progress, report) -> the report.
Work = Callable[[Any, Callable[[], bool], Progress, ImportReport], ImportReport]


class ImportJob(BesideJob):
    """One import on a thread of its own. `report` is filled as charts land (counts and ids
    only), so a lock that stops it still knows what came in."""

    def __init__(self, work: Work, submit: Submit, source: str, *,
                 progress: Progress | None = None,
                 on_end: Callable[[ImportReport, BaseException | None], None] | None = None,
                 source_folder: Path | None = None) -> None:
        self._work = work
        self._source_folder = source_folder
        self._submit = submit
        self._progress = progress
        self._on_end = on_end
        super().__init__()
        self._cancel = threading.Event()
        self.report = ImportReport(source)
        self.error: BaseException | None = None

    # --- the caller's side ------------------------------------------------------------------
    def start(self) -> None:
        # A daemon: quitting never waits for a file being read; it wrote nothing the vault names.
        self._start("vault-import", daemon=True)

    def cancel(self) -> None:
        """The therapist's Cancel: stop after the current chart; the import ends normally."""
        self._cancel.set()

    def stop(self) -> None:
        """The vault is locking (or the app quitting): hand nothing more to the vault."""
        super().stop()
        self._cancel.set()

    # --- the import's thread ------------------------------------------------------------------
    def on_vault(self, fn: Callable[[Vault], T], /) -> T:
        """`fn(vault)` where the vault is used; ImportStopped once the vault is locking."""
        return hand_over(self._submit, fn, self._stopping.is_set, ImportStopped)

    def _run(self) -> None:
        try:
            self.report = self._work(self.on_vault, self._cancel.is_set, self._progressed, self.report)
        except ImportStopped:
            self.report.cancelled = self.report.interrupted = True
        except Exception as exc:
            if not isinstance(exc, DiskFull) and self._source_folder is not None and source_gone(self._source_folder):
                self.report.source_gone = True  # the folder went while it was read: a report, not an error
            elif isinstance(exc, VaultError):
                self.error = exc
                log.warning("The import stopped: %s", type(exc).__name__)
            else:  # a bug: by type only (a message could quote a file's text)
                self.error = exc
                log.error("The import failed unexpectedly: %s", type(exc).__name__)

    def _ended_hook(self) -> None:
        if self._on_end is not None:
            self._on_end(self.report, self.error)

    def _progressed(self, fraction: float, text: str) -> None:
        if self._progress is not None:
            self._progress(fraction, text)


__all__ = ["STOP_WAIT_SECONDS", "ImportJob", "Work"]
