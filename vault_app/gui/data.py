"""Read-side helpers run on the worker thread: each gathers what one screen shows.

They only call services (never storage) and return plain objects. Functions whose
service has not been installed return None so the screen can say so honestly.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vault_app.services.vault import Vault


def service(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(f"vault_app.services.{name}")
    except ModuleNotFoundError as exc:
        if exc.name == f"vault_app.services.{name}":
            return None
        raise


def list_clients(vault: Vault, status: str, query: str) -> list[Any]:
    from vault_app.services import clients

    rows = clients.list_clients(vault, status=None if status == "all" else status)
    words = query.casefold().split()
    if not words:
        return list(rows)

    def matches(row: Any) -> bool:
        hay = f"{row.legal_name} {row.preferred_name} {row.chart_number}".casefold()
        return all(w in hay for w in words)

    return [r for r in rows if matches(r)]


def ledger_state(vault: Vault) -> dict[str, Any]:
    head = vault.ledger.head()
    return {"entries": head.seq, "anchor": vault.header.ledger_anchor.seq}


def disclosures_for(vault: Vault, client_id: str) -> list[dict[str, Any]]:
    from vault_app.services import export

    rows = []
    for r in reversed(export.disclosures(vault, client_id)):
        rows.append({
            "date": r.day.isoformat(), "recipient": r.recipient.name, "purpose": r.purpose,
            "basis": r.basis_summary + ("" if r.delivered else " (not delivered)"),
            "disclosure_id": r.disclosure_id,
        })
    return rows


def requests_for(vault: Vault, client_id: str) -> list[dict[str, Any]] | None:
    requests = service("requests")
    if requests is None:
        return None
    rows = []
    for r in requests.list_requests(vault, client_id=client_id):
        rows.append({"id": r.id, "kind": r.kind, "received": r.received_on.isoformat(),
                     "due": r.due_on.isoformat() if r.due_on else "", "status": r.status})
    return rows


def dashboard(vault: Vault) -> dict[str, Any]:
    from vault_app.services import clients, notes, retention
    from vault_app.services import dashboard as dash

    summary = dash.summary(vault)
    charts = {c.client_id: c.chart_number for c in clients.list_clients(vault)}
    pending = summary.requests_overdue + summary.requests_due_soon + summary.accounting_requests_open
    unique = list({r.request_id: r for r in pending}.values())
    return {
        "requests_overdue": [r for r in unique if r.days_left < 0],
        "requests_due_soon": [r for r in unique if r.days_left >= 0],
        "authorizations_expiring": summary.authorizations_expiring,
        "unsigned": notes.unsigned_notes(vault),
        "eligible": retention.eligible(vault),
        "backup": backup_state(vault),
        "ledger": ledger_state(vault),
        "charts": charts,
    }


def backup_state(vault: Vault) -> dict[str, Any] | None:
    try:
        backup = service("backup")
    except ImportError:  # a partial installation: show the rest of the dashboard anyway
        return None
    if backup is None:
        return None
    status = backup.status(vault)
    age = status["verified_backup_age_days"]
    last = status["last_verified_backup"]
    detail = backup.reminder_text(vault) or (f"Checked copy: {Path(last['path']).name}" if last else "")
    return {"age_days": None if age is None else int(age), "detail": detail}


def backup_reminder(vault: Vault) -> str | None:
    try:
        backup = service("backup")
    except ImportError:
        return None
    return None if backup is None else backup.reminder_text(vault)
