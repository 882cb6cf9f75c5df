"""Records > Destructions' Finish now and Purge the backups now, their long part beside the
therapist's work, as the wizard's destruction runs it (services/destruction_beside.py).

Both ran as one operation on the app's worker: a purge of a rotation of snapshots held every
autosave and the lock behind a "please wait" for minutes, where the wizard's own purge left the
worker free. Now each has the wizard's three parts:

- Finish now (`resume_begin`, then destruction_beside.PurgeJob, then `resume_finish`): on the
  worker, the interrupted destruction's remaining rows and needles read, its live part begun
  (the chart closed to writes; the deletion in slices, the rest of the live part, the search of
  the live vault's image and the backups' purge left to the job), the keys captured; the
  certificate on the worker again. The same steps as `destruction resume` (resume_interrupted),
  each idempotent; only the place each runs differs.
- Purge the backups now (`purge_again_begin`, then `PurgeAgainJob`): the keys captured on the
  worker, then destruction_journal.purge_backups_again on the job's thread with the purge's view
  of the vault (LiveView: its ledger calls handed to the worker one at a time, no compartment
  reached), its "backups_purged" entry appended through the worker as well.
- Purge a backup file (`purge_file_begin`, then `PurgeFileJob`): the file named by the therapist
  checked on the worker (destruction_journal.named_file: every refusal of `destruction
  purge-backups CERT --file`), then purged on the job's thread as the registered ones are.

A stop is recorded as the unlock's resume records it (destruction.not_finished): the
Destructions window and the status bar then say why.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vault_app.domain.destruction import DestructionNotVerified
from vault_app.domain.errors import NotFound
from vault_app.services import destruction, destruction_state
from vault_app.services import destruction_end as ending
from vault_app.services import destruction_journal as journal
from vault_app.services import destruction_live as living
from vault_app.services import destruction_progress as progressing
from vault_app.services.beside_job import BesideJob, Submit
from vault_app.services.destruction_beside import LiveView, PurgeJob, release
from vault_app.services.destruction_plan import chart_needles
from vault_app.services.destruction_steps import Target, maintenance_psychotherapy, remaining_rows

if TYPE_CHECKING:
    from vault_app.services.vault import Vault

log = logging.getLogger(__name__)


def _interrupted(vault: Vault, certificate_id: str) -> Any:
    for started in destruction.interrupted(vault):
        if str(started.payload["destruction_id"]) == certificate_id:
            return started
    # Only the app asks (a second window finished it meanwhile): no command to name.
    raise NotFound(f"No interrupted destruction with id {certificate_id}.", code="destruction.not_interrupted",
                   params={"id": certificate_id})


def resume_begin(vault: Vault, certificate_id: str, submit: Submit,
                 progress: progressing.DestructionProgress | None = None,
                 ) -> tuple[destruction.Carrying, LiveView]:
    """On the worker: the interrupted destruction `certificate_id` begun again up to what runs
    beside (as destruction_resume.resume does it, with the search and the deletion beside). A stop
    here is recorded (not_finished) before it is raised."""
    started = _interrupted(vault, certificate_id)
    destruction_state.forget_not_finished(vault.vault_id)
    try:
        target = Target.from_payload(started.payload)
        with maintenance_psychotherapy(vault) as psy:
            # What was deleted before the interruption took its strings with it (resume's rule).
            untouched = remaining_rows(vault, target, psy) >= sum(started.payload.get("counts", {}).values())
            needles = chart_needles(vault, target, psy)
        with destruction.past_no_return():
            carrying = living.live_part(vault, started.payload, started.seq, needles,
                                             captured_all=untouched and len(needles) > 0, resumed=True,
                                             progress=progress, search_beside=True, delete_beside=True)
        try:
            return carrying, LiveView.capture(vault, submit)
        except BaseException:
            release(carrying)
            raise
    except Exception as exc:
        destruction.not_finished(vault, certificate_id, exc)
        raise


def resume_finish(vault: Vault, carrying: destruction.Carrying) -> dict[str, Any]:
    """On the worker, once the job ended without an error: the verdict and the certificate
    (a failed verification is recorded by the finish itself; any other stop here)."""
    key = str(carrying.payload["destruction_id"])
    try:
        with destruction.past_no_return():
            return ending.finish(vault, carrying)
    except DestructionNotVerified:
        raise
    except Exception as exc:
        destruction.not_finished(vault, key, exc)
        raise


def stopped(vault: Vault, carrying: destruction.Carrying, error: BaseException) -> None:
    """On the worker: the job beside stopped (destruction_beside.PurgeJob's error), recorded."""
    destruction.not_finished(vault, str(carrying.payload["destruction_id"]), error)


def purge_file_begin(vault: Vault, certificate_id: str, file: Path, submit: Submit,
                     ) -> tuple[LiveView, journal.NamedFile]:
    """On the worker: the named file checked (a refusal raised here, nothing changed), and the
    keys its copy opens with."""
    named = journal.named_file(vault, certificate_id, file)
    return LiveView.capture(vault, submit), named


def purge_again_begin(vault: Vault, certificate_id: str, submit: Submit) -> LiveView:
    """On the worker: the completed destruction checked, and the keys its backups open with."""
    journal.completed_entry(vault, certificate_id)
    return LiveView.capture(vault, submit)


class PurgeAgainJob(PurgeJob):
    """A completed destruction purged again from the registered backups present, on a thread of
    its own (PurgeJob's thread, stop and logging, another work). `on_end(report, error)` follows
    on that thread; `on_backup(i)` as each begins."""

    WHAT = "A destruction's purge of the backups again"
    THREAD = "vault-destruction-purge-again"  # not a daemon, as the wizard's purge: a quit waits

    def __init__(self, live: LiveView, certificate_id: str,
                 on_end: Callable[[dict[str, Any] | None, BaseException | None], None] | None = None,
                 on_backup: Callable[[int], None] | None = None) -> None:
        BesideJob.__init__(self)  # no Carrying: nothing of the live vault is searched again
        self.live = live
        self.certificate_id = certificate_id
        self._on_end_again = on_end
        self._on_end = None
        self._on_backup = on_backup
        self.report: dict[str, Any] | None = None
        self.error: BaseException | None = None

    def _work(self) -> None:
        self.report = journal.purge_backups_again(self.live.as_vault(), self.certificate_id,
                                                  on_backup=self._on_backup)

    def _report(self) -> None:
        if self._on_end_again is not None:
            self._on_end_again(self.report, self.error)


class PurgeFileJob(PurgeAgainJob):
    """One backup file named by the therapist purged (purge_file_begin's), on a thread of its own;
    `on_end(report, error)` as PurgeAgainJob's."""

    WHAT = "A destruction's purge of a named backup file"
    THREAD = "vault-destruction-purge-file"  # not a daemon: a quit waits for the file to be whole

    def __init__(self, live: LiveView, named: journal.NamedFile,
                 on_end: Callable[[dict[str, Any] | None, BaseException | None], None] | None = None) -> None:
        super().__init__(live, named.certificate_id, on_end=on_end)
        self.named = named

    def _work(self) -> None:
        self.report = journal.purge_checked_file(self.live.as_vault(), self.named)


__all__ = ["PurgeAgainJob", "PurgeFileJob", "purge_again_begin", "purge_file_begin", "resume_begin", "resume_finish",
           "stopped"]
