"""Legal holds: while a hold is active the chart cannot be destroyed.

The ledger records each hold's id, chart id and reason category; the free-text
details (which may name a court case or a person) stay in records.db.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

from vault_app.domain import locale_format
from vault_app.domain.errors import InvalidInput, NotFound, RefusedByPolicy
from vault_app.domain.retention import HoldReason, LegalHold, check_hold_reason, hold_name
from vault_app.services import practice
from vault_app.services.ledger import now_iso
from vault_app.services.retention import resolve_chart
from vault_app.services.vault import Vault
from vault_app.storage import legal_holds

MAX_DETAILS = 2000


def place(vault: Vault, client: str, reason: str, details: str = "") -> LegalHold:
    client_id, _chart = resolve_chart(vault, client)
    kind = check_hold_reason(reason)
    if len(details) > MAX_DETAILS:
        raise InvalidInput(f"Hold details are limited to {MAX_DETAILS} characters.", code="hold.details_too_long",
                           field="details", params={"max": MAX_DETAILS})
    hold = LegalHold(uuid.uuid4().hex, client_id, kind, details.strip(), now_iso())
    with vault.records.transaction():
        legal_holds.insert(vault.records, hold)
        # Inside the records transaction: if the ledger write fails, the hold is not placed.
        vault.ledger.append("hold.placed", {"hold_id": hold.hold_id, "client_id": client_id, "reason": kind})
    return hold


def release(vault: Vault, hold_id: str, note: str = "") -> LegalHold:
    hold = legal_holds.get(vault.records, hold_id)
    if hold is None:
        raise NotFound(f"No legal hold with id {hold_id}.", hint="List holds with 'vault-app hold list'.",
                       code="hold.not_found", params={"id": hold_id})
    if not hold.active:
        # Named as the therapist knows it, on the practice's calendar: the hex id and the raw
        # UTC stamp this said before meant nothing to them (found walking the real app).
        name, released = named(vault, hold), local_day(vault, hold.released_at or hold.placed_at)
        raise RefusedByPolicy(f"{name[0].upper()}{name[1:]} was already released on {released}.",
                              code="hold.already_released", params={"released": released})
    if len(note) > MAX_DETAILS:
        raise InvalidInput(f"The release note is limited to {MAX_DETAILS} characters.", code="hold.note_too_long",
                           field="release_note", params={"max": MAX_DETAILS})
    released_at = now_iso()
    with vault.records.transaction():
        legal_holds.mark_released(vault.records, hold_id, released_at, note.strip())
        vault.ledger.append("hold.released", {"hold_id": hold_id, "client_id": hold.client_id, "reason": hold.reason})
    return replace(hold, released_at=released_at, release_note=note.strip())


def find_active(vault: Vault, client: str, reason: str | None = None) -> LegalHold:
    """The one active hold on a chart (of `reason` when given), for `hold release --chart`:
    no therapist should copy a hex id to release a hold (found: `hold add` and `hold list`
    printed it because release needed it). Refused, naming the holds, when it is not one."""
    client_id, chart = resolve_chart(vault, client)
    kind = None if reason is None else check_hold_reason(reason)
    active = [h for h in active_holds(vault, client_id) if kind is None or h.reason == kind]
    if not active:
        raise NotFound(f"No active {kind + ' ' if kind else ''}hold on chart {chart}.",
                       hint="List holds with 'vault-app hold list --all'.")
    if len(active) > 1:
        which = "; ".join(named(vault, h) + f" (id {h.hold_id})" for h in active)
        how = ("give its id" if kind else "add --reason, or give its id")
        raise InvalidInput(f"Chart {chart} has {len(active)} active {kind + ' ' if kind else ''}holds: {which}.",
                           hint=f"Say which one to release: {how}.")
    return active[0]


def local_day(vault: Vault, stamp: str) -> str:
    """A UTC stamp as the day it was on this computer's calendar, in the practice's format."""
    return locale_format.date_text(locale_format.on_the_clock(stamp), practice.printing_locale(vault))


def named(vault: Vault, hold: LegalHold) -> str:
    """"the subpoena hold placed on 12/01/2026": how a message names a hold to the therapist."""
    return hold_name(hold.reason, local_day(vault, hold.placed_at))


# --- after a subpoena or a court order -----------------------------------------------------
# docs/retention.md: place a hold when a subpoena arrives, and when litigation is pending, which a
# court order means too (found by a walker: a court-order export offered none). A subpoena or
# court-order export, or a signed subpoena or court-order decision, offers one (CLI --place-hold,
# a button in the app); nothing is placed unasked. Basis (or decision trigger) -> the hold's
# reason and its prefilled details ({day}: the day it arrived or was disclosed under).
HOLD_AFTER: dict[str, tuple[HoldReason, str]] = {
    "subpoena": ("subpoena", "subpoena received {day}"),
    "court_order": ("litigation", "court order {day}"),
}


def hold_offered(vault: Vault, client_id: str, basis: str) -> bool:
    """Whether to offer the hold `basis` calls for on the chart: not for another basis, nor when
    one of its reason is already active."""
    after = HOLD_AFTER.get(basis)
    return after is not None and not any(h.reason == after[0] for h in active_holds(vault, client_id))


def hold_details(vault: Vault, basis: str, on: date) -> str:
    """The hold's prefilled details: "subpoena received 12/06/2026", "court order 12/06/2026"
    (no case, no name)."""
    return HOLD_AFTER[basis][1].format(day=locale_format.date_text(on, practice.printing_locale(vault)))


def place_after(vault: Vault, client_id: str, basis: str, on: date, details: str = "") -> LegalHold:
    """The hold the therapist chose after a subpoena or a court order; `details` as they left the
    prefilled words."""
    return place(vault, client_id, HOLD_AFTER[basis][0], details.strip() or hold_details(vault, basis, on))


def subpoena_hold_offered(vault: Vault, client_id: str) -> bool:
    """Whether to offer a subpoena hold on the chart: not when one is already active."""
    return hold_offered(vault, client_id, "subpoena")


def subpoena_details(vault: Vault, received_on: date) -> str:
    """The hold's prefilled details: "subpoena received 12/06/2026" (no case, no name)."""
    return hold_details(vault, "subpoena", received_on)


def place_for_subpoena(vault: Vault, client_id: str, received_on: date, details: str = "") -> LegalHold:
    """The hold the therapist chose after a subpoena; `details` as they left the prefilled words."""
    return place_after(vault, client_id, "subpoena", received_on, details)


def list_holds(vault: Vault, client: str | None = None, *, include_released: bool = False) -> list[LegalHold]:
    client_id = None if client is None else resolve_chart(vault, client)[0]
    return legal_holds.list_holds(vault.records, client_id, include_released=include_released)


def active_holds(vault: Vault, client_id: str) -> list[LegalHold]:
    return legal_holds.list_holds(vault.records, client_id)


def held_client_ids(vault: Vault) -> set[str]:
    return legal_holds.held_client_ids(vault.records)


__all__ = ["HOLD_AFTER", "MAX_DETAILS", "active_holds", "held_client_ids", "hold_details", "hold_offered",
           "list_holds", "local_day", "named", "place", "place_after", "place_for_subpoena", "release",
           "subpoena_details", "subpoena_hold_offered"]
