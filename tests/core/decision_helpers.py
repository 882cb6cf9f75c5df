"""A chart to take confidentiality decisions on, and complete answers for each trigger."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from vault_app.domain.accounting import Accounting
from vault_app.services import accounting, attachments, clients, notes, sessions
from vault_app.services.vault import Vault

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
CLIENT_NAME = "Rosalind Quennell-Abara"
REASONING = "Client described bruises on her son's arms after a weekend with the co-parent."


@dataclass(frozen=True)
class Chart:
    client_id: str
    session_id: str
    note_id: str
    order_attachment_id: str
    day: date


def make_chart(vault: Vault, *, birth: str = "1984-03-02", name: str = CLIENT_NAME, chart_number: str = "") -> Chart:
    day = date.today() - timedelta(days=1)
    client = clients.create_client(vault, name, date_of_birth=birth, chart_number=chart_number or None)
    session = sessions.add_session(vault, client.client_id, date=day, duration_minutes=53)
    note = notes.create_progress_note(vault, client.client_id, session_id=session.session_id, note_date=day,
                                      text="Session summary for the progress note.")
    notes.sign_note(vault, note.note_id)
    order = attachments.add_attachment(vault, client.client_id, PDF, kind="court_order", filename="order.pdf")
    return Chart(client.client_id, session.session_id, note.note_id, order.attachment_id, day)


def _disclosure(chart: Chart, recipient: str, method: str = "phone", **extra: Any) -> dict[str, Any]:
    return {
        "what": "Names, the child's address, and the injuries observed.",
        "item_ids": [chart.note_id],
        "recipient": recipient,
        "method": method,
        "on": date.today().isoformat(),
        "minimum_necessary": True,
        "reference": "REF-2291",
        **extra,
    }


def complete(trigger: str, chart: Chart) -> dict[str, Any]:
    """Answers to every step that make a decision for `trigger` ready to sign."""
    day = chart.day.isoformat()
    answers: dict[str, Any] = {
        "duty": {"confidential": True, "notes": "Said in session."},
        "consultations": [{"with_whom": "Clinical supervisor", "on": day, "advice": "Act today."}],
        "law": {"statute": "State statute 12-345"},
        "reasoning": REASONING,
        "client_informed": {"informed": True, "on": day, "how": "in session"},
        "outcome": "disclose",
    }
    if trigger == "child_abuse":
        answers["disclosure"] = _disclosure(chart, "County Child Protective Services")
    elif trigger == "elder_abuse":
        answers["disclosure"] = _disclosure(chart, "Adult Protective Services")
    elif trigger == "duty_to_warn":
        answers["risk"] = {"plan": True, "intent": True, "means": True, "identifiable_victim": True,
                           "history": False, "threat": "to shoot a named coworker", "person_at_risk": "the coworker"}
        answers["disclosure"] = _disclosure(chart, "City Police Department")
    elif trigger == "self_harm":
        answers["risk"] = {"plan": True, "intent": True, "means": True, "history": True, "threat": "overdose tonight"}
        answers["disclosure"] = _disclosure(chart, "Mobile crisis team")
    elif trigger == "court_order":
        order = {"judge": "Hon. A. Judge", "court": "Superior Court", "case_number": "CV-2024-17",
                 "order_date": day, "attachment_id": chart.order_attachment_id, "covers": ["progress"]}
        answers["disclosure"] = _disclosure(chart, "Clerk of the Superior Court", "records", order=order)
    elif trigger == "subpoena":
        answers["outcome"] = "seek_order"
        answers["exception"] = {"name": "None: a subpoena alone permits no disclosure", "kind": "none"}
    elif trigger == "national_security":
        answers["client_informed"] = {"informed": False, "reason_code": "national_security",
                                      "reason": "Federal law forbids telling the client."}
        answers["disclosure"] = _disclosure(chart, "Authorized federal official", "in_person")
    elif trigger == "other":
        answers["exception"] = {"name": "Health oversight of the therapist", "kind": "permissive",
                                "setting": "45 CFR 164.512(d)"}
        answers["disclosure"] = _disclosure(
            chart, "State licensing board", "letter", basis_kind="health_oversight",
            basis_evidence={"agency": "State licensing board", "request_reference": "Board letter 2024-88"},
        )
    return answers


def accounting_for(vault: Vault, client_id: str) -> Accounting:
    """The accounting of disclosures as the accounting service builds it for the client."""
    return accounting.build(vault, client_id)


def ledger_kinds(vault: Vault, since_seq: int = 1) -> list[str]:
    return [e.kind for e in vault.ledger.entries(since_seq=since_seq)]
