"""The destruction's backups purged, and the live vault searched, beside the therapist's
work (issue 21, item 1).

A destruction has three parts (services/destruction.py): the live part (plan, the
"started" entry, deletion, rekey, crypto-erase, the checks of rows and keys), the
ledger chain's check and the content search of the live vault, the purge of every
registered backup (seconds per snapshot, minutes for a rotation of 19), and the finish (the
certificate and its ledger entry). The live part and the finish need the live vault alone
and run as ordinary operations on the vault's worker. The chain's check and the content
search (on the image the erase left, held by reads of its own:
services/destruction_image.py), the explanation of the search's hits (other charts' rows,
the ledger, the compliance records, as of the image: LiveImage.explain, explain_rest) and
then the purge run on a thread of their own (`PurgeJob`): meanwhile an autosave, a chart
opening or the client list queue on the worker behind at most one short call of the purge.
The finish reads nothing of the vault to give its verdict.

The purge reads the live vault in three ways, none of which touches a compartment from its
thread (`LiveView`, the stand-in for the Vault it is given):
- the ledger (the backups' registry, `ledger_is_live_prefix`) and its appends
  (`backup.purged`): each call is handed to the worker (`hand_over`), one short operation,
  so the SQLCipher connection of the ledger is only ever used there;
- the vault's keys (`backup_keys.vault_source`: the master key, the retired ones, the
  psychotherapy wrapping keys): copied on the worker before the thread starts, so a lock
  of the psychotherapy notes meanwhile does not leave a backup's psychotherapy.db unpurged.
  The thread holds them until it ends, as the backup on lock holds the master key.

A lock or quit meanwhile hides the vault at once and waits for the destruction's end, as
before (gui/controller.py destruction_begins): the purge is not stopped part-way, so the
certificate is issued in the same session. A kill meanwhile leaves "started" without
"completed": the next unlock runs the whole destruction again (every step idempotent), and
each snapshot is old-whole or new-whole (snapshot_purge: one rename).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from vault_app.domain.errors import VaultError
from vault_app.services import destruction
from vault_app.services import destruction_end as ending
from vault_app.services import destruction_explain as explaining
from vault_app.services import destruction_live as living
from vault_app.services import destruction_progress as progressing
from vault_app.services import destruction_rekey as rekeying
from vault_app.services import destruction_steps as steps
from vault_app.services.beside_job import BesideJob, Submit, hand_over
from vault_app.services.destruction_steps import crash_point
from vault_app.services.ledger import LedgerEntry
from vault_app.storage.header import LedgerAnchor

if TYPE_CHECKING:
    from vault_app.services.vault import Vault

log = logging.getLogger(__name__)
T = TypeVar("T")


class _LedgerOnWorker:
    """The ledger calls the purge makes, each run on the worker (one short operation)."""

    def __init__(self, submit: Submit) -> None:
        self._submit = submit

    def _on_worker(self, fn: Callable[[Vault], T]) -> T:
        # Never stopped: a lock waits for the destruction (module docstring).
        return hand_over(self._submit, fn)

    def entries(self, **options: Any) -> list[LedgerEntry]:
        return self._on_worker(lambda v: list(v.ledger.entries(**options)))

    def get(self, seq: int) -> LedgerEntry | None:
        return self._on_worker(lambda v: v.ledger.get(seq))

    def head(self) -> LedgerAnchor:
        return self._on_worker(lambda v: v.ledger.head())

    def append(self, kind: str, payload: dict[str, Any]) -> LedgerEntry:
        return self._on_worker(lambda v: v.ledger.append(kind, payload))


class LiveView:
    """What the backups' purge uses of the live vault, from a thread of its own: the keys
    copied on the worker (`capture`), the ledger handed to it. Anything else is not there
    (AttributeError): the purge must not reach a compartment of the live vault."""

    def __init__(self, submit: Submit, vault_id: str, master: bytes, retired: list[bytes],
                 wraps: tuple[bytes, ...], folder: Path | None = None) -> None:
        self.vault_id = vault_id
        # Only for its work journal (services/staging_journal.py: work folders the purge must
        # sweep); not `folder`: nothing of the purge reaches the vault's own files through it.
        self.journal_folder = folder
        self.submit = submit
        self.ledger = _LedgerOnWorker(submit)
        self._master = master
        self._retired = retired
        self._wraps = wraps

    @classmethod
    def capture(cls, vault: Vault, submit: Submit) -> LiveView:
        """On the worker: the keys the purge opens the vault's backups with."""
        return cls(submit, vault.vault_id, vault.master_key(), list(vault.retired_masters()),
                   vault.psychotherapy_wraps(), vault.folder)

    def master_key(self) -> bytes:
        return self._master

    def retired_masters(self) -> list[bytes]:
        return list(self._retired)

    def psychotherapy_wraps(self) -> tuple[bytes, ...]:
        return self._wraps

    def as_vault(self) -> Vault:
        # The purge's functions are typed for a Vault; this is the part of one they use.
        return cast("Vault", self)


def begin(vault: Vault, client: str, submit: Submit, *, search_beside: bool = True, delete_beside: bool = True,
          explain_beside: bool = True, **options: Any) -> tuple[destruction.Carrying, LiveView]:
    """On the worker: the start of the live part (the decision recorded, the chart closed to
    writes; its deletion in slices and the rest of the live part left to the job, as the live
    vault's search and the explanation of its hits, unless `search_beside` is False), and
    the purge's view of the vault. `explain_beside` False (only to measure the way before,
    benchmarks/): the finish explains the hits, on the worker."""
    carrying = destruction.begin(vault, client, search_beside=search_beside, delete_beside=delete_beside, **options)
    carrying.explain_beside = explain_beside
    try:
        return carrying, LiveView.capture(vault, submit)
    except BaseException:
        release(carrying)
        raise


def delete_part(c: destruction.Carrying, submit: Submit) -> None:
    """The chart's rows deleted a slice at a time, each slice one short operation handed to
    the worker (an autosave, a chart opening, a lock queue behind one slice at most), then
    the rest of the live part (destruction_live.live_rest: compaction, the keys staged, the
    crypto-erase, the checks, the image) as one more. Nothing when the live part did it all.
    Between slices the chart takes no write (destruction_delete.close_chart); the held
    psychotherapy compartment is let go on the worker whatever happens."""
    slicing = c.slicing
    if slicing is None:
        return
    try:
        while hand_over(submit, lambda _v: steps.delete_next(slicing, c.log)):
            pass
        hand_over(submit, lambda v: living.live_rest(v, c))
    finally:
        if c.slicing is not None:
            c.slicing = None
            try:
                hand_over(submit, lambda _v: steps.end_slices(slicing))
            except Exception as exc:  # the error that stopped the slices is the one reported
                log.warning("A destruction's deletion could not let go of its compartment: %s", type(exc).__name__)


def search_part(c: destruction.Carrying, submit: Submit) -> None:
    """The ledger chain's check, the compartments' re-encryption into copies and the
    content search of the live vault, on its image (destruction_image), on the job's thread;
    then the copies' swap, one short operation handed to the worker (`submit`;
    destruction_rekey). Nothing when the live part did all of it already. The image is
    released whatever happens, so no read of ours outlives the destruction's run (a kill
    releases it too), and a copy not put in place is scrubbed."""
    image, c.image = c.image, None
    if image is None:
        return
    pending = c.rekey
    try:
        c.report.begin(progressing.STRUCTURAL)
        c.struct.update(image.check_chain())
        c.report.finished(progressing.STRUCTURAL)
        if pending is not None:
            c.report.begin(progressing.REKEY)
            rekeying.write_copies(pending)
        c.report.begin(progressing.SEARCH)
        crash_point("searching")
        image.search(c.scan)
        if c.explain_beside:
            c.explained = image.explain(c.scan)
        c.report.finished(progressing.SEARCH)
        if pending is not None:
            hand_over(submit, lambda v: living.rekey_swap(v, c, image.release))
    finally:
        image.release()
        if pending is not None and not pending.done:
            rekeying.discard(pending)
            rekeying.forget(pending)


def explain_rest(c: destruction.Carrying, submit: Submit) -> None:
    """On the job's thread, after the backups' purge: the hits the live vault's search did
    not have (a backup's) explained as the image's were, by the other charts' rows and the
    compliance records of the image's moment (LiveImage.explain found every needle there);
    only a short value in none of them is looked for in the live ledger's entries up to the
    image's last one, one operation handed to the worker (append-only: its entries of that
    moment are still the same, and one appended since explains nothing the image held). A
    backup copy's own places were judged by its own content as it was purged
    (destruction_places). So the finish reads nothing of the vault to sort the hits.
    Nothing when the hits were not explained beside (no image: the finish explains them
    all, as on the command line)."""
    explained = c.explained
    if explained is None:
        return
    # A snapshot's short values its own rows do not hold: in the live ledger's entries up
    # to the snapshot's head (its ledger is their prefix: destruction_places).
    c.scan.copies.resolve(lambda ns, head: hand_over(submit, lambda v: explaining.in_ledger(v, ns, head)))
    c.explained = explaining.explain(c.scan.needles, c.scan.hits, explaining.Readers(
        explaining.known(explained.other_charts),
        lambda ns: hand_over(submit, lambda v: explaining.in_ledger(v, ns, explained.ledger_through))
        if len(ns) else set(),
        explaining.known(explained.compliance)), into=explained.copy())


def release(c: destruction.Carrying) -> None:
    """On the worker: let go of an image never searched and of a deletion never sliced (a
    job that could not start)."""
    slicing, c.slicing = c.slicing, None
    if slicing is not None:
        steps.end_slices(slicing)
    image, c.image = c.image, None
    if image is not None:
        image.release()


def finish(vault: Vault, carrying: destruction.Carrying) -> dict[str, Any]:
    """On the worker, once the purge ended: the verdict (from the hits explained beside:
    explain_rest), the certificate and its entry."""
    with destruction.past_no_return():
        return ending.finish(vault, carrying)


class PurgeJob(BesideJob):
    """The live vault's search (search_part), then the purge of the backups, on a thread of
    its own. `on_end(error)` follows on that thread: None when the live vault and every
    reachable backup were searched (the results are in the Carrying, each backup's failure
    among them), else why it stopped (the destruction is then finished at the next unlock,
    its "started" entry having no completion)."""

    def __init__(self, carrying: destruction.Carrying, live: LiveView,
                 on_end: Callable[[BaseException | None], None] | None = None) -> None:
        self.carrying = carrying
        self.live = live
        self._on_end = on_end
        self.error: BaseException | None = None
        super().__init__()

    # What the log calls it (never more: a message could quote a path or a name), its thread's name.
    WHAT = "A destruction's purge of the backups"
    THREAD = "vault-destruction-purge"

    def start(self) -> None:
        # Not a daemon: quitting waits for it (the controller does; a snapshot's rename is atomic anyway).
        self._start(self.THREAD, daemon=False)

    def _run(self) -> None:
        try:
            self._work()
        except VaultError as exc:
            self.error = exc
            log.warning("%s stopped: %s", self.WHAT, type(exc).__name__)
        except Exception as exc:  # a bug: by type only (a message could quote a path or a name)
            self.error = exc
            log.error("%s failed unexpectedly: %s", self.WHAT, type(exc).__name__)

    def _work(self) -> None:
        with destruction.past_no_return():
            delete_part(self.carrying, self.live.submit)
            search_part(self.carrying, self.live.submit)
            ending.backups_part(self.live.as_vault(), self.carrying)
            explain_rest(self.carrying, self.live.submit)

    def _report(self) -> None:
        if self._on_end is not None:
            self._on_end(self.error)

    def _ended_hook(self) -> None:
        try:
            self._report()
        except Exception as exc:  # a watcher gone (its window deleted): the results stay in the job
            log.warning("A destruction's purge could not report its end: %s", type(exc).__name__)


def destroy_beside(vault_calls: Callable[[Callable[[Vault], Any]], Any], submit: Submit, client: str,
                   **options: Any) -> dict[str, Any]:
    """The whole destruction with the search and the purge beside, for callers without the GUI (the tests,
    the benchmark): `vault_calls(fn)` runs fn where the vault is used and returns its result
    (beside_job.SerialWorker.call), `submit` hands a call there without waiting."""
    carrying, live = vault_calls(lambda v: begin(v, client, submit, **options))
    job = PurgeJob(carrying, live)
    job.start()
    job.wait()
    if job.error is not None:
        raise job.error
    result: dict[str, Any] = vault_calls(lambda v: finish(v, carrying))
    return result


__all__ = ["LiveView", "PurgeJob", "begin", "delete_part", "destroy_beside", "explain_rest", "finish", "release",
           "search_part"]
