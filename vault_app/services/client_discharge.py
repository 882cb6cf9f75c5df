"""What a discharge does to the rest of the chart: the authorizations that end with it, and the
appointments booked after its day (cancelled, and said before it is confirmed). Kept apart from
services/clients.py, which records the discharge and calls these in the same transaction."""

from __future__ import annotations

from datetime import date

from vault_app.domain import appointments as appointment_rules
from vault_app.domain.appointments import Appointment
from vault_app.domain.authorization import recorded_event
from vault_app.domain.clinical import Client
from vault_app.services.clinical_common import now_iso, today
from vault_app.services.vault import Vault
from vault_app.storage import appointments as appointment_store
from vault_app.storage import disclosure_authorizations


def end_at_discharge(vault: Vault, client: Client) -> list[str]:
    """Authorizations that expire at discharge or the end of treatment expire when the discharge is
    recorded (45 CFR 164.508(c)(1)(v)); a recorded event never moves, so a later readmission
    does not revive them."""
    day = client.discharged_on
    if day is None:
        return []
    ended = []
    for auth in disclosure_authorizations.list_for_client(vault.records, client.client_id):
        if (auth.event_occurred_on is None and recorded_event(auth.expiration_event) == "discharge"
                and (auth.signed_on is None or auth.signed_on <= day)):
            disclosure_authorizations.set_event_occurred(vault.records, auth.id, day)
            ended.append(auth.id)
    return ended


def cancel_after_discharge(vault: Vault, client: Client) -> list[Appointment]:
    """The appointments still scheduled after the discharge day, cancelled (domain/appointments)."""
    if client.discharged_on is None:
        return []
    cancelled = to_cancel_at_discharge(vault, client.client_id, client.discharged_on)
    for appt in cancelled:
        appointment_store.update(vault.records, appt)
    return cancelled


def to_cancel_at_discharge(vault: Vault, client_id: str, on: date | None = None) -> list[Appointment]:
    """What a discharge on `on` (today by default) would cancel, oldest first, nothing written:
    said to the therapist before the discharge is confirmed."""
    found = appointment_rules.cancelled_at_discharge(
        appointment_store.list_for_client(vault.records, client_id), on or today(), today(), now_iso())
    return sorted(found, key=lambda a: (a.date, a.start_time))


__all__ = ["cancel_after_discharge", "end_at_discharge", "to_cancel_at_discharge"]
