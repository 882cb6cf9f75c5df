"""Destroying a chart, or selected psychotherapy notes, verifiably.

The ledger is the journal. "destruction.started" is written only after every
check passed and before anything changes: it is the point of no return. From
there the steps (delete, checkpoint, rekey, purge backups, verify) are
idempotent, and "destruction.completed" (carrying the certificate) is written
only after verification passed. A process killed in between leaves a started
entry without a completion; the after-unlock hook (`resume_interrupted`) then
finishes the destruction before anyone sees the vault. So there is never a
half-destroyed chart that looks destroyed: no certificate exists until the
verification it reports has passed.

Here: the decision (`destroy`, `begin`) and what a stop past it says (`past_no_return`). The
parts, each in a module of its own: the live part (destruction_live: the deletion, rekey,
crypto-erase, checks and the live vault's search; `Carrying` hands one destruction between
the parts), the end (destruction_end: the backups purged, then the failure or the
certificate), the resume and retry (destruction_resume). The names the app and the command line
take from here are re-exported; a test that patches a name a part reads patches that part's
module.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from vault_app.domain.destruction import DestructionNotVerified
from vault_app.domain.errors import VaultError
from vault_app.services import destruction_end as ending
from vault_app.services import destruction_live as living
from vault_app.services import destruction_progress as progressing
from vault_app.services import destruction_state

# The journal's side (services/destruction_journal.py), re-exported: callers name them here.
from vault_app.services.destruction_journal import (
    BACKUPS_PURGED as BACKUPS_PURGED,
)
from vault_app.services.destruction_journal import (
    COMPLETED as COMPLETED,
)
from vault_app.services.destruction_journal import (
    FAILED as FAILED,
)
from vault_app.services.destruction_journal import (
    REAPPLIED as REAPPLIED,
)
from vault_app.services.destruction_journal import (
    RESUME_FAILED as RESUME_FAILED,
)
from vault_app.services.destruction_journal import (
    STARTED as STARTED,
)
from vault_app.services.destruction_journal import (
    TERMINAL as TERMINAL,
)
from vault_app.services.destruction_journal import (
    VERIFIED as VERIFIED,
)
from vault_app.services.destruction_journal import (
    by_id as by_id,
)
from vault_app.services.destruction_journal import (
    completed_entry as completed_entry,
)
from vault_app.services.destruction_journal import (
    interrupted as interrupted,
)
from vault_app.services.destruction_journal import (
    list_destructions as list_destructions,
)
from vault_app.services.destruction_journal import (
    purge_backups_again as purge_backups_again,
)
from vault_app.services.destruction_journal import (
    purge_named_file as purge_named_file,
)
from vault_app.services.destruction_journal import (
    reapply_destructions as reapply_destructions,
)
from vault_app.services.destruction_journal import (
    stale_work_problem as stale_work_problem,
)
from vault_app.services.destruction_journal import (
    structural as structural,
)
from vault_app.services.destruction_journal import (
    verify_destruction as verify_destruction,
)
from vault_app.services.destruction_live import Carrying as Carrying
from vault_app.services.destruction_plan import plan
from vault_app.services.destruction_resume import not_finished as not_finished
from vault_app.services.destruction_resume import resume as resume
from vault_app.services.destruction_resume import resume_interrupted as resume_interrupted
from vault_app.services.destruction_resume import retry_failed as retry_failed
from vault_app.services.destruction_steps import crash_point
from vault_app.services.vault import Vault


def destroy(vault: Vault, client: str, *, progress: progressing.DestructionProgress | None = None,
            **options: Any) -> dict[str, Any]:
    """Plan (refusing if anything is wrong), then carry out and verify. Returns the certificate.
    `progress` hears each step as it begins (services/destruction_progress.py). All on the
    calling thread (the CLI; the GUI runs the backups' part beside: destruction_beside)."""
    carrying = begin(vault, client, progress=progress, **options)
    with past_no_return():
        ending.backups_part(vault, carrying)
        return ending.finish(vault, carrying)


def begin(vault: Vault, client: str, *, progress: progressing.DestructionProgress | None = None,
          search_beside: bool = False, rekey_beside: bool = True, delete_beside: bool = False,
          **options: Any) -> Carrying:
    """Plan, record the decision ("started"), then the live part (live_part)."""
    payload, needles = plan(vault, client, **options)
    crash_point("planned")
    before = vault.ledger.head().seq
    try:
        started = vault.ledger.append(STARTED, payload)
    except VaultError as err:
        # The entry can be committed while what follows it fails (the header's anchor written
        # on a full disk): then the decision stands, and the next unlock carries it out.
        if _recorded_after(vault, before, STARTED):
            _tell_what_happens_next(err)
        raise
    crash_point("started")
    with past_no_return():
        return living.live_part(vault, payload, started.seq, needles, captured_all=True, resumed=False,
                                progress=progress, search_beside=search_beside, rekey_beside=rekey_beside,
                                delete_beside=delete_beside)


@contextmanager
def past_no_return() -> Iterator[None]:
    """Past the point of no return, an error says what happens next, not just what went wrong."""
    try:
        yield
    except DestructionNotVerified:
        raise
    except VaultError as err:
        _tell_what_happens_next(err)
        raise


def _tell_what_happens_next(err: VaultError) -> None:
    if "destruction resume" in err.hint:
        return  # the hint already says it (a backup drive that cannot be written)
    err.hint = (err.hint + " " if err.hint else "") + destruction_state.WHAT_HAPPENS_NEXT


def _recorded_after(vault: Vault, seq: int, kind: str) -> bool:
    """Whether the ledger's newest entry, after `seq`, is a `kind` (read after a failure: a
    read that fails too says no, and the first error is the one reported)."""
    try:
        last = vault.ledger.store.last()
    except VaultError:
        return False
    return last is not None and last.seq > seq and last.kind == kind
