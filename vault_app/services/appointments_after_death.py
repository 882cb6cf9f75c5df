"""The appointments still booked after a client's recorded date of death, cancelled at the therapist's word (the
"Cancel them" of gui/booked_after_death.py): by the therapist, no fee, as a discharge cancels them.

All or nothing, in one records transaction: a failure part-way (a lock, a full disk) leaves every one booked, so
the words after it can say "not cancelled" truly. One changed or removed meanwhile (on the agenda, or by another
window or command) is left as it now is and counted, never an error that stops the rest (found by the date of
death's author: the cancellations were done one by one, without a word after them)."""

from __future__ import annotations

from dataclasses import dataclass

from vault_app.domain import appointments as rules
from vault_app.domain.appointments import Appointment
from vault_app.services.clients import get_client
from vault_app.services.clinical_common import audit, now_iso, today
from vault_app.services.vault import Vault
from vault_app.storage import appointments as store

SOURCE = "death"  # the ledger's source of each cancellation, beside a discharge's "discharge"


@dataclass(frozen=True)
class CancelledAfterDeath:
    cancelled: tuple[Appointment, ...]  # as saved, oldest first
    no_longer_booked: int  # of those asked: no longer scheduled after the recorded death (changed meanwhile)


def cancel_booked_after_death(vault: Vault, client_id: str, appointment_ids: tuple[str, ...]) -> CancelledAfterDeath:
    """Cancel those of `appointment_ids` still scheduled after the client's recorded date of death."""
    client = get_client(vault, client_id)
    asked = set(appointment_ids)
    mine = [a for a in store.list_for_client(vault.records, client_id) if a.appointment_id in asked]
    # The death as recorded now: taken back or moved meanwhile, what is no longer after it stays.
    cancelled = [] if client.died_on is None else rules.cancelled_at_discharge(mine, client.died_on, today(), now_iso())
    cancelled.sort(key=lambda a: (a.date, a.start_time))
    with vault.records.transaction():
        for appt in cancelled:
            store.update(vault.records, appt)
    for appt in cancelled:
        audit(vault, "appointment.status_changed", client_id=client_id, appointment_id=appt.appointment_id,
              status=rules.DISCHARGE_CANCELS, fee_cents=None, source=SOURCE)
    return CancelledAfterDeath(tuple(cancelled), len(asked) - len(cancelled))


__all__ = ["SOURCE", "CancelledAfterDeath", "cancel_booked_after_death"]
