"""A small chart to disclose from: a client with signed notes, sessions and an authorization.

Each note carries a unique marker so tests can prove what did, and did not, leave.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pypdf

from vault_app.domain.authorization import Authorization
from vault_app.domain.disclosure import DisclosureRequest, Recipient, Selection
from vault_app.domain.disclosure_basis import LegalBasis
from vault_app.services import authorizations, clients, notes, practice, psychotherapy_notes, sessions
from vault_app.services.vault import Vault

SCAN = b"%PDF-1.4\n% scanned signed form\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
RECIPIENT = Recipient("Dr. Rivera, Psychiatry Associates", "12 Elm St, Springfield")
# A treatment disclosure's evidence: who receives it, as said, and their role (domain/treatment_recipient.py).
TREATMENT: dict[str, str] = {"recipient_is": "provider", "provider_role": "psychiatrist"}
PURPOSE = "continuity of care"
PASSWORD = "pdf-password-123"


def today() -> date:
    """Today, read when the test asks (not at import: after midnight a constant is yesterday's,
    tests/one_day.py)."""
    return date.today()


def days_ago(n: int) -> date:
    return today() - timedelta(days=n)


def born_years_ago(years: int) -> date:
    """A birth date making the client `years` old all of the last 300 days (fixtures sign forms 100 days ago):
    the birthday falls tomorrow."""
    birthday = today() + timedelta(days=1)
    if (birthday.month, birthday.day) == (2, 29):
        birthday += timedelta(days=1)
    return birthday.replace(year=birthday.year - years - 1)


@dataclass
class Chart:
    client_id: str
    progress: list[str] = field(default_factory=list)  # note ids, oldest first
    progress_markers: list[str] = field(default_factory=list)
    psychotherapy: list[str] = field(default_factory=list)
    psychotherapy_markers: list[str] = field(default_factory=list)
    sessions: list[str] = field(default_factory=list)
    note_days: list[date] = field(default_factory=list)


def set_practice(vault: Vault) -> None:
    practice.update(vault, clinician_name="Jordan Lee", credentials="LCSW", practice_name="Lee Counseling",
                    phone="555-0100", address="1 Main St, Springfield")


def make_chart(vault: Vault, *, part2: bool = False, with_psychotherapy: bool = False, n: int = 3,
               date_of_birth: date | str = "1990-05-01") -> Chart:
    set_practice(vault)
    client = clients.create_client(vault, "Alex Testclient", date_of_birth=date_of_birth, part2=part2)
    chart = Chart(client.client_id)
    for i in range(n):
        day = days_ago(90 - 30 * i)
        s = sessions.add_session(vault, client.client_id, date=day, duration_minutes=53, icd10_codes=["F41.1"])
        marker = f"PROGRESSMARKER{i}X"
        note = notes.create_progress_note(
            vault, client.client_id, template="soap", session_id=s.session_id,
            sections={"subjective": f"Client reports {marker} this week.", "objective": "Calm, oriented.",
                      "assessment": "Improving.", "plan": "Continue weekly."},
        )
        notes.sign_note(vault, note.note_id)
        chart.sessions.append(s.session_id)
        chart.progress.append(note.note_id)
        chart.progress_markers.append(marker)
        chart.note_days.append(day)
        if with_psychotherapy:
            pmarker = f"PSYMARKER{i}Q"
            saved = psychotherapy_notes.create_psychotherapy_note(
                vault, client.client_id, f"Process reflections {pmarker} about the session.", session_id=s.session_id
            )
            psychotherapy_notes.sign_psychotherapy_note(vault, saved.note.note_id)
            chart.psychotherapy.append(saved.note.note_id)
            chart.psychotherapy_markers.append(pmarker)
    return chart


def add_auth(vault: Vault, client_id: str, **changes: Any) -> Authorization:
    values: dict[str, Any] = {
        "description": "Progress notes of the last three months for coordination of care",
        "covers": ["progress"],
        "discloser": "Jordan Lee, LCSW",
        "recipient_name": RECIPIENT.name,
        "recipient_address": RECIPIENT.address,
        "purposes": [PURPOSE],
        "signed_on": days_ago(100),
        "signer_name": "Alex Testclient",
        "expires_on": today() + timedelta(days=200),
        "statement_revoke": "In writing to Lee Counseling, 1 Main St",
        "statement_conditioning": "Treatment does not depend on signing",
        "statement_redisclosure": True,
        "scan": SCAN,
        "scan_filename": "authorization.pdf",
    }
    values.update(changes)
    # The kinds its description names (domain/disclosure_parts.py), as the form would tick them
    # for what it covers; a test of an authorization recorded without them passes described_parts=().
    values.setdefault("described_parts", [p for kind in values["covers"] for p in _DESCRIBED.get(kind, ())])
    return authorizations.add_authorization(vault, client_id, **values)


_DESCRIBED: dict[str, tuple[str, ...]] = {"progress": ("progress_notes", "measures"),
                                          "billing": ("attendance", "diagnosis")}


def request(client_id: str, *, kind: str = "progress", note_ids: tuple[str, ...] = (), basis: str = "authorization",
            authorization_id: str | None = None, evidence: dict[str, Any] | None = None,
            recipient: Recipient = RECIPIENT, purpose: str = PURPOSE, date_from: date | None = None,
            date_to: date | None = None, fields: tuple[str, ...] = (), manual: bool = False,
            on: date | None = None, parts_confirmed: bool = False,
            others_reviewed: bool = False) -> DisclosureRequest:
    return DisclosureRequest(
        client_id=client_id,
        kind=kind,  # type: ignore[arg-type]
        selection=Selection(note_ids=note_ids, date_from=date_from, date_to=date_to, fields=fields),
        recipient=recipient,
        purpose=purpose,
        basis=LegalBasis(basis, evidence or {}, authorization_id),  # type: ignore[arg-type]
        on=on or today(),
        manual=manual,
        parts_confirmed=parts_confirmed,
        others_reviewed=others_reviewed,
    )


def pdf_text(path: Path, password: str = PASSWORD) -> list[str]:
    """Every page's text, whitespace-normalized, read with pypdf (an independent reader)."""
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    assert reader.is_encrypted
    assert reader.decrypt(password) != pypdf.PasswordType.NOT_DECRYPTED
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]
