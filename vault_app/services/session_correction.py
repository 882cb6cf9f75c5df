"""Correct a session's details (the chart's Correct session details…, `session update`): the
sessions service's correction, told whether the session is billed, so that a corrected length
moves an individual psychotherapy session's CPT code to the time rule's band only where it may
(domain/cpt_on_length.py: never on a billed session, never over a code chosen by hand).

Apart from services/sessions.py because an issued superbill or statement is the billing
service's to know, and that service builds on the sessions one."""

from __future__ import annotations

from typing import Any

from vault_app.domain.cpt_on_length import billed
from vault_app.services import billing, sessions
from vault_app.services.sessions import Corrected
from vault_app.services.vault import Vault


def listed_on_issued(vault: Vault, session_id: str) -> bool:
    """An issued (delivered) superbill or statement lists the session."""
    client_id = sessions.get_session(vault, session_id).client_id
    return session_id in billing.issued_billing(vault, client_id)


def is_billed(vault: Vault, session_id: str) -> bool:
    """Billed: on an issued superbill or statement, or marked billed, paid or denied."""
    return billed(sessions.get_session(vault, session_id).billing_status, listed_on_issued(vault, session_id))


def correct_session(vault: Vault, session_id: str, **changes: Any) -> Corrected:
    return sessions.correct(vault, session_id, changes, listed_on_issued=listed_on_issued(vault, session_id))


__all__ = ["Corrected", "correct_session", "is_billed", "listed_on_issued"]
