"""After the unlock: the appointments a discharge recorded before discharges cancelled them left
scheduled are cancelled once, as a discharge now cancels them (services/clients.py).

Why a pass and not a list for the therapist to act on: the discharge was the therapist's decision,
already recorded; what follows from it is fixed by the rules (an appointment of a discharged
client cannot be put back past the discharge: appointment.client_discharged), so the therapist
would have no choice to make, only a chore. Left scheduled meanwhile, they kept a former client's
name on the agenda (read over a shoulder), held the slots against other clients, and came back on
the worklist as "never recorded", a reminder to document a session that did not take place.
Each cancellation is in the ledger (appointment.status_changed, source "discharge_earlier",
distinct from a discharge's own "discharge"), so the change is never silent to an audit.

Kill-safe and idempotent: the ledger entries are written first, then the appointments in one
transaction. Killed between, the next unlock finds them still scheduled, skips the entries the
ledger already holds, and writes the rest; run again after a finished pass, nothing is left.
"""

from __future__ import annotations

from datetime import date

from vault_app.domain import appointments as rules
from vault_app.domain.appointments import Appointment
from vault_app.services.clinical_common import audit, now_iso, today
from vault_app.services.fault_injection import crash_point
from vault_app.services.vault import Vault
from vault_app.storage import appointments as store

SOURCE = "discharge_earlier"
STATUS_CHANGED = "appointment.status_changed"
# Counted in Vault.done_at_unlock: the status line says so after that unlock (services/reminders.py).
# A change the therapist did not make at the time is said in words, not found later on the agenda.
CANCELLED_AT_UNLOCK = "discharged_appointments_cancelled"


def cancel_left_scheduled(vault: Vault) -> list[Appointment]:
    """Cancel (by the therapist, no fee) every appointment still scheduled after its client's
    discharge day; the ones cancelled, as saved."""
    left = store.scheduled_after_discharge(vault.records)
    if not left:
        return []
    logged = {str(e.payload.get("appointment_id")) for e in vault.ledger.entries(kinds=(STATUS_CHANGED,))
              if e.payload.get("source") == SOURCE}
    day, stamp = today(), now_iso()
    cancelled: list[Appointment] = []
    by_client: dict[str, tuple[list[Appointment], date]] = {}
    for appt, discharged_on in left:
        by_client.setdefault(appt.client_id, ([], discharged_on))[0].append(appt)
    for appts, discharged_on in by_client.values():
        cancelled += rules.cancelled_at_discharge(appts, discharged_on, day, stamp)
    for appt in cancelled:
        if appt.appointment_id not in logged:
            audit(vault, STATUS_CHANGED, client_id=appt.client_id, appointment_id=appt.appointment_id,
                  status=rules.DISCHARGE_CANCELS, fee_cents=None, source=SOURCE)
    crash_point("discharged_appointments_logged")
    with vault.records.transaction():
        for appt in cancelled:
            store.update(vault.records, appt)
    vault.done_at_unlock[CANCELLED_AT_UNLOCK] += len(cancelled)
    return cancelled


__all__ = ["CANCELLED_AT_UNLOCK", "SOURCE", "cancel_left_scheduled"]
