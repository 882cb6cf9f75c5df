"""Which sessions the account charges nothing for: own code and add-on codes together 0.00 (no fee
set for the code, a fee of 0.00). A billed session (an issued superbill or statement lists it) that
is charged nothing owes nothing; the Sessions tab and the Session details window said "No payment
is recorded for it yet" of it, read as money owed (found at 150 %, a superbill's session corrected
to a code with no fee)."""

from __future__ import annotations

from vault_app.domain.billing import ADDON_KIND
from vault_app.services import billing
from vault_app.services.vault import Vault


def nothing_charged(vault: Vault, client_id: str) -> frozenset[str]:
    """The ids of the client's sessions whose charges in the account come to 0 or less."""
    charged: dict[str, int] = {}
    for charge in billing.account(vault, client_id).charges:
        if charge.kind == "session":
            charged[charge.ref_id] = charged.get(charge.ref_id, 0) + charge.cents
        elif charge.kind == ADDON_KIND:
            charged[charge.session_id] = charged.get(charge.session_id, 0) + charge.cents
    return frozenset(sid for sid, cents in charged.items() if cents <= 0)


__all__ = ["nothing_charged"]
