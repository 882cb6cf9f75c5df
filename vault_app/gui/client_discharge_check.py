"""Worker side of a discharge on the client's details: what is still open on the chart, said
before the discharge is confirmed (gui/client_details.py asks)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vault_app.domain.discharge_summary import is_discharge_summary
from vault_app.services import clients, notes

if TYPE_CHECKING:
    from vault_app.domain.appointments import Appointment
    from vault_app.services.vault import Vault


def discharge_check(vault: Vault, client_id: str) -> tuple[int, bool]:
    """Worker side: unsigned progress notes, and whether a signed one is a discharge summary:
    its template, or its first words in English or Spanish (domain/discharge_summary.py; the
    list carries only a preview)."""
    summaries = notes.list_notes(vault, client_id)
    unsigned = sum(1 for n in summaries if not n.signed)
    has_summary = any(n.signed and is_discharge_summary(n.template, n.preview) for n in summaries)
    return unsigned, has_summary


def before_discharge(vault: Vault, client_id: str) -> tuple[int, bool, list[Appointment]]:
    """Worker side: `discharge_check`, and the appointments a discharge today would cancel."""
    return (*discharge_check(vault, client_id), clients.to_cancel_at_discharge(vault, client_id))


__all__ = ["before_discharge", "discharge_check"]
