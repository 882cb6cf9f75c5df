"""Finishing a destruction past its "started" entry (services/destruction.py tells the whole):
the after-unlock hook's resume of every interrupted one, the retry after a failed verification,
and the record of one that stopped before its completion (`not_finished`).
"""

from __future__ import annotations

from typing import Any

from vault_app.domain.destruction import DestructionNotVerified
from vault_app.domain.errors import NotFound, VaultError
from vault_app.services import destruction_end as ending
from vault_app.services import destruction_finishing, destruction_left, destruction_new_backup, destruction_state
from vault_app.services import destruction_live as living
from vault_app.services import destruction_progress as progressing
from vault_app.services.destruction_journal import COMPLETED, FAILED, RESUME_FAILED, STARTED, by_id, interrupted
from vault_app.services.destruction_plan import chart_needles
from vault_app.services.destruction_steps import Target, maintenance_psychotherapy, remaining_rows
from vault_app.services.ledger import LedgerEntry
from vault_app.services.vault import Vault
from vault_app.storage.destruction_scan import NeedleSet


def _carry_out(
    vault: Vault, payload: dict[str, Any], started_seq: int, needles: NeedleSet, *, captured_all: bool, resumed: bool,
    progress: progressing.DestructionProgress | None = None,
) -> dict[str, Any]:
    carrying = living.live_part(vault, payload, started_seq, needles, captured_all=captured_all, resumed=resumed,
                                progress=progress)
    ending.backups_part(vault, carrying)
    return ending.finish(vault, carrying)


def resume_interrupted(
    vault: Vault, progress: progressing.DestructionProgress | None = None
) -> list[dict[str, Any]]:
    """After-unlock hook: finish every interrupted destruction (idempotent).

    It never stops the unlock: a failure is recorded and retried next time.
    """
    with destruction_finishing.finishing():  # said on screen meanwhile (destruction_finishing.py)
        return _resume_all(vault, progress)


def _resume_all(vault: Vault, progress: progressing.DestructionProgress | None) -> list[dict[str, Any]]:
    out = []
    destruction_state.forget_not_finished(vault.vault_id)
    for started in interrupted(vault):
        key = str(started.payload["destruction_id"])
        try:
            body = resume(vault, started, progress=progress)
            held = destruction_left.still_holding(body.get("verification") or {})
            vault.done_at_unlock[destruction_state.HELD_AT_UNLOCK] += len(held)
            after = body.get(destruction_new_backup.KEY)  # the new backup made, or why not (said by the caller)
            out.append({"certificate_id": key, "state": "completed", "still_holding": held,
                        **({"backup_after": after} if after else {})})
        except DestructionNotVerified:
            out.append({"certificate_id": key, "state": "verification failed"})  # recorded by _carry_out
        except VaultError as err:
            not_finished(vault, key, err)
            # The hint says what to do (a backup drive that cannot be written: make it writable or
            # disconnect it); `destruction resume` prints both.
            out.append({"certificate_id": key, "state": "interrupted", "error": err.message, "hint": err.hint})
        except Exception as exc:  # a bug must not lock the user out of the vault; it is recorded
            not_finished(vault, key, exc)
            out.append({"certificate_id": key, "state": "interrupted", "error": "internal error"})
    vault.done_at_unlock[destruction_state.FINISHED_AT_UNLOCK] += sum(o["state"] == "completed" for o in out)
    return out


def not_finished(vault: Vault, destruction_id: str, err: BaseException) -> None:
    """A destruction past its "started" entry stopped before its completion (a resume, or the
    app's purge beside the worker): recorded, and why kept for the screens (the status bar,
    Records > Destructions). Found: the app's own destruction stopping at a backup drive that
    cannot be written left no word of why in the Destructions window until the next unlock."""
    kind = err.kind if isinstance(err, VaultError) else f"internal: {type(err).__name__}"
    vault.ledger.append(RESUME_FAILED, {"destruction_id": destruction_id, "error": kind})
    destruction_state.remember_not_finished(vault.vault_id, *destruction_state.stop_reason(err))


def retry_failed(vault: Vault, certificate_id: str, *,
                 progress: progressing.DestructionProgress | None = None) -> dict[str, Any]:
    """After a failed verification and the user's clean-up: run every step and the
    checks again. The failure stays on record; the content search covers only what
    was not yet deleted (its strings were the destroyed content), and the
    certificate says so."""
    kinds = by_id(vault).get(certificate_id, {})
    if STARTED not in kinds or FAILED not in kinds or COMPLETED in kinds:
        raise NotFound(f"No failed destruction with id {certificate_id}.",
                       hint="List them with 'vault-app destruction list'.", code="destruction.failed_not_found",
                       params={"id": certificate_id})
    return resume(vault, kinds[STARTED], progress=progress)


def resume(vault: Vault, started: LedgerEntry, *,
           progress: progressing.DestructionProgress | None = None) -> dict[str, Any]:
    target = Target.from_payload(started.payload)
    with maintenance_psychotherapy(vault) as psy:
        # Whatever is still there can be searched for; what was already deleted
        # before the interruption took its strings with it.
        untouched = remaining_rows(vault, target, psy) >= sum(started.payload.get("counts", {}).values())
        needles = chart_needles(vault, target, psy)
    return _carry_out(vault, started.payload, started.seq, needles, captured_all=untouched and len(needles) > 0,
                      resumed=True, progress=progress)
