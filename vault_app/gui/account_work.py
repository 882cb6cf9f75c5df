"""What the account dialog (account_dialog.py) asks of the services: the account read, a
session's fee, a payment recorded or deleted, a superbill or statement issued. Apart from the
dialog because all of it runs on the worker thread (controller.query / controller.op), never on
the GUI thread, and it is the only part of the account that calls the services."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from vault_app.domain.amounts import parse_amount
from vault_app.domain.decedent import password_to
from vault_app.services import billing, clients, sessions, superbill, superbill_diagnosis
from vault_app.services.clinical_common import today

if TYPE_CHECKING:
    from vault_app.services.vault import Vault


def account(vault: Vault, client_id: str) -> dict[str, Any]:
    client = clients.get_client(vault, client_id)
    whole = billing.account(vault, client_id)
    return {"account": whole, "split": billing.split(vault, client_id),
            # The visits a superbill listing them is refused for, said before one is asked for.
            "undiagnosed": superbill_diagnosis.undiagnosed(
                vault, client_id, (c.ref_id for c in whole.charges if c.kind == "session")),
            "duplicates": sessions.duplicate_session_days(vault, client_id),
            "provider_missing": superbill.provider_missing(vault),
            # each session's billing as the Sessions tab says it (domain.billing.shown_billing_state)
            "billing": billing.session_billing(vault, client_id),
            "guardians": [(g.guardian_id, g.name) for g in client.guardians if g.declined_on is None],
            # A minor's statement goes to a guardian (superbill.issue refuses the client): proposed first.
            "minor": clients.is_minor(vault, client),
            # Who a PDF not addressed to a guardian goes to, as the PDF made today says it (superbill.issue):
            # the client, or the client having died, their estate (it said "The client" of one who had died).
            "to_client": password_to(False, client.died_on, today())}


# Amounts are read in the practice's locale ("85,50" in Spain), here: the services take cents.
def set_fee(vault: Vault, session_id: str, amount: str, tag: str) -> int:
    return billing.set_session_fee(vault, session_id, parse_amount(amount, tag, "session fee", field="session_fee"))


def pay(vault: Vault, client_id: str, values: dict[str, str], tag: str) -> Any:
    return billing.record_payment(vault, client_id, paid_on=values["paid_on"],
                                  amount=parse_amount(values["amount"], tag, "payment", field="payment"),
                                  method=values["method"],
                                  reference=values["reference"])


def unpay(vault: Vault, payment_id: str) -> None:
    billing.delete_payment(vault, payment_id)


def issue(vault: Vault, client_id: str, values: dict[str, Any]) -> Any:
    return superbill.issue(vault, client_id, **values)
