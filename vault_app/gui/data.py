"""What the dashboard shows, gathered on the worker thread in one read.

Only the dashboard's read lives here (it joins four services into one screen's view);
every other screen calls its service directly through `controller.query`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from vault_app.services import backup, clients_page, notes, retention
from vault_app.services import dashboard as dash

if TYPE_CHECKING:
    from vault_app.services.vault import Vault


def ledger_state(vault: Vault) -> dict[str, int]:
    head = vault.ledger.head()
    return {"entries": head.seq, "anchor": vault.header.ledger_anchor.seq}


def dashboard(vault: Vault) -> dict[str, Any]:
    """A fixed number of reads whatever the vault's size (issue 21): the chart numbers of
    the charts the cards name, not of every chart (tests/gui/test_dashboard_reads.py)."""
    summary = dash.summary(vault)
    pending = summary.requests_overdue + summary.requests_due_soon + summary.accounting_requests_open
    unique = list({r.request_id: r for r in pending}.values())
    unsigned = notes.unsigned_notes(vault)
    named = [r.client_id for r in unique] + [a.client_id for a in summary.authorizations_expiring] + [
        n.client_id for n in unsigned]
    return {
        "requests_overdue": [r for r in unique if r.days_left < 0],
        "requests_due_soon": [r for r in unique if r.days_left >= 0],
        "authorizations_expiring": summary.authorizations_expiring,
        "unsigned": unsigned,
        "eligible": retention.eligible(vault),
        "backup": backup_state(vault),
        "ledger": ledger_state(vault),
        "charts": clients_page.chart_numbers(vault, named),
    }


def backup_state(vault: Vault) -> dict[str, Any]:
    status = backup.status(vault)
    age = status["verified_backup_age_days"]
    last = status["last_verified_backup"]
    detail = backup.reminder_text(vault) or (f"Checked copy: {Path(last['path']).name}" if last else "")
    return {"age_days": None if age is None else int(age), "detail": detail}


def backup_reminder(vault: Vault) -> str | None:
    return backup.reminder_text(vault)
