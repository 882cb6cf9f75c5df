"""A decision's disclosure goes through the same gate and ledger as an export.

`request_for` turns a decision into the DisclosureRequest the gate understands
(a manual disclosure: the report was made by phone, form or letter, outside the
app); `verdict_for` asks the gate; `disclose` records the one "disclosure" ledger
entry through the disclosure service, so the accounting of disclosures includes it
(or lawfully excludes it, as for national security).
"""

from __future__ import annotations

from datetime import date

from vault_app.domain.decision_rules import disclosure_basis, legal_basis
from vault_app.domain.decisions import METHOD_LABELS, Decision, DisclosureDetails
from vault_app.domain.disclosure import (
    DisclosureRecord,
    DisclosureRequest,
    Recipient,
    Selection,
    Verdict,
    describe_items,
)
from vault_app.services import disclosure_gate, export, export_delivery
from vault_app.services.vault import Vault

# Decision methods -> the channels a manual disclosure record knows.
CHANNELS = {
    "phone": "phone", "form": "other", "letter": "mail", "fax": "fax", "in_person": "in_person",
    "secure_electronic": "email", "records": "mail", "other": "other",
}


def leads_to_disclosure(decision: Decision) -> bool:
    """A verdict is asked for a decision to disclose, and for every subpoena (always refused)."""
    return decision.outcome == "disclose" or decision.trigger == "subpoena"


def request_for(decision: Decision, today: date) -> DisclosureRequest:
    x = decision.disclosure or DisclosureDetails()
    choice = disclosure_basis(decision)
    return DisclosureRequest(
        client_id=decision.client_id,
        kind=x.info_kind,
        selection=Selection(note_ids=x.item_ids, date_from=x.date_from, date_to=x.date_to),
        recipient=Recipient(x.recipient or ("(not disclosed)" if decision.trigger == "subpoena" else ""),
                            x.recipient_address),
        purpose=choice.purpose,
        basis=legal_basis(choice),
        on=x.on or today,
        manual=True,
        # No day given: made now, on this computer's clock's day, and judged on the vault's last record's
        # day too (domain/disclosure_clock.py), as any disclosure made now.
        made_now=x.on is None,
        others_reviewed=x.others_reviewed,
        decided=True,
    )


def verdict_for(vault: Vault, decision: Decision, today: date) -> Verdict | None:
    """The gate's verdict for the disclosure this decision leads to (None when it leads to none)."""
    if not leads_to_disclosure(decision):
        return None
    return disclosure_gate.check(vault, request_for(decision, today))


def description(decision: Decision, request: DisclosureRequest, vault: Vault) -> str:
    """The ledger's "brief description of what was disclosed": the method and the records it
    drew on, by count and date (the purpose names the situation). Never the therapist's words (they may name people)."""
    x = decision.disclosure or DisclosureDetails()
    items = disclosure_gate.resolve_items(vault, request)
    method = METHOD_LABELS.get(x.method or "other", "other")
    return f"Method: {method}; drew on {describe_items(request.kind, items)}"


def recorded_since(vault: Vault, decision: Decision, today: date, since_seq: int, linked: set[str]) -> str | None:
    """The disclosure an interrupted signing of this decision already logged (so a retry never logs
    twice): the same manual disclosure, logged from `since_seq` on, that no decision owns yet."""
    request = request_for(decision, today)
    for entry in vault.ledger.entries(since_seq=since_seq):
        if entry.kind != export_delivery.DISCLOSURE:
            continue
        rec = DisclosureRecord.from_payload(entry.payload, entry.seq)
        if (
            rec.client_id == decision.client_id
            and rec.disclosure_id not in linked
            and rec.manual
            and rec.day == request.on
            and rec.purpose == request.purpose
            and rec.recipient == request.recipient
            and rec.basis_kind == request.basis.kind
        ):
            return rec.disclosure_id
    return None


def disclose(vault: Vault, decision: Decision, today: date) -> str:
    """Record the one disclosure entry through the disclosure service; returns its id.

    The caller has checked the gate's verdict: a refused disclosure never gets here.
    """
    request = request_for(decision, today)
    x = decision.disclosure or DisclosureDetails()
    record, _ = export.record_manual(
        vault, request, description=description(decision, request, vault), channel=CHANNELS[x.method or "other"]
    )
    return record.disclosure_id


__all__ = ["CHANNELS", "description", "disclose", "leads_to_disclosure", "recorded_since", "request_for", "verdict_for"]
