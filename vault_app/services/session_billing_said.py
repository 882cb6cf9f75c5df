"""One session's billing as the rest of the app says it, for the Session details window: the
account's word (services/billing.session_billing, the Sessions tab's and `session list`'s) and the
issued superbill or statement that lists it, with the day it was issued. Found: the window said
"Unbilled" (the mark by hand) for a session an issued superbill lists."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vault_app.domain.billing import issued_listing
from vault_app.services import billing, session_charged, sessions
from vault_app.services.vault import Vault


@dataclass(frozen=True)
class BillingSaid:
    state: str  # domain.billing.shown_billing_state's (or DRAFT_ONLY); the mark where nothing else is said
    document: str = ""  # "superbill" / "statement": the issued one listing the session, "" for none
    issued: date | None = None  # the day it was issued
    charged: bool = True  # False: the account charges nothing for it (services/session_charged.py)


def issued_documents(vault: Vault, client_id: str) -> dict[str, tuple[str, date]]:
    """session id -> (the issued superbill or statement that lists it, its day)."""
    # Lazy, as services/billing.issued_billing: the export's machinery is not every unlock's.
    from vault_app.services import export

    return issued_listing((str(r.extra.get("document", "")), r.day, r.item_ids)
                          for r in export.disclosures(vault, client_id) if r.kind == "billing" and r.delivered)


def billing_said(vault: Vault, session_id: str) -> BillingSaid:
    session = sessions.get_session(vault, session_id)
    state = billing.session_billing(vault, session.client_id).get(session_id, session.billing_status)
    document, day = issued_documents(vault, session.client_id).get(session_id, ("", None))
    charged = session_id not in session_charged.nothing_charged(vault, session.client_id)
    return BillingSaid(state, document, day, charged)


__all__ = ["BillingSaid", "billing_said", "issued_documents"]
