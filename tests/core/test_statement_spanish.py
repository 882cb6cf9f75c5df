"""A client's statement speaks the client's letter language, every word of it, its days and money
as the Spanish letters write them; the superbill, read by the client's US health plan, stays
English with US dates (domain/statement_words.py says why). A real vault, the real PDF read back
with pypdf (tests/core/disclosure_fixtures.pdf_text).

Found (last round): a Spanish-speaking client's statement named its addressee in Spanish and said
"Addressed to", "Balance due", the column heads and the terms in English."""

from __future__ import annotations

import io
import re
from collections import Counter
from pathlib import Path

import pypdf
import pytest

from tests.core.disclosure_fixtures import PASSWORD, days_ago, pdf_text
from tests.core.payable_practice import diagnosed, payable
from vault_app.services import appointments, billing, clients, guardians, superbill
from vault_app.services.vault import Vault

# Every English word the statement printed outside what was typed (names, address) and the codes.
ENGLISH = ("Statement", "Issued", "services", "Provider", "Practice", "Clinician", "License", "Phone", "Patient",
           "Name", "Date of birth", "Account", "Addressed to", "Address", "share", "Services", "Date of service",
           "Place of service", "Minutes", "Fee", "Paid", "Office", "missed appointment", "Payments received",
           "check", "Balance", "Charges", "Credit", "brought forward", "these dates", "Page", "issued",
           "representative", "billing information", "clinical notes", "applied", "oldest")


def _client(vault: Vault, letters_in: str) -> str:
    client = clients.create_client(vault, "Tomas Erikkson-Vale", chart_number="TE-3", date_of_birth="1979-06-01",
                                   letters_in=letters_in)
    payable(vault)
    diagnosed(vault, client.client_id)
    billing.set_scheduled_fee(vault, "90837", "1140.50")
    billing.set_policy(vault, no_show="60")
    for day in ("2026-02-23", "2026-03-02", "2026-03-09"):
        (appt,) = appointments.schedule(vault, client.client_id, date=day, start="10:00")
        appointments.attend(vault, appt.appointment_id)
    (missed,) = appointments.schedule(vault, client.client_id, date="2026-03-16", start="10:00")
    appointments.set_status(vault, missed.appointment_id, "no_show")
    billing.record_payment(vault, client.client_id, paid_on="2026-03-09", amount="180", method="check")
    billing.record_payment(vault, client.client_id, paid_on="2026-04-02", amount="100", method="card")
    return client.client_id


def _text(vault: Vault, client_id: str, out: Path, kind: str = "statement", guardian_id: str | None = None) -> str:
    superbill.issue(vault, client_id, kind=kind, first="2026-03-01", last="2026-03-31", out=out, password=PASSWORD,
                    guardian_id=guardian_id)
    return " ".join(pdf_text(out))


def _words(text: str) -> str:
    """The page's words without what the therapist typed or the codes (checked as they are)."""
    for typed in ("Tomas Erikkson-Vale", "TE-3", "1 Main St, Springfield", "Lee Counseling", "Jordan Lee"):
        text = text.replace(typed, " ")
    return text


def test_a_spanish_clients_statement_is_in_spanish(vault: Vault, tmp_path: Path) -> None:
    client_id = _client(vault, "es")
    text = _text(vault, client_id, tmp_path / "marzo.pdf")
    for said in ("Estado de cuenta", "Emitido el", "servicios del 1 de marzo de 2026 al 31 de marzo de 2026",
                 "Proveedor", "Cliente", "Nombre", "Fecha de nacimiento 1 de junio de 1979", "Cuenta TE-3",
                 "Fecha del servicio", "Lugar del servicio", "Minutos", "Honorarios", "2 mar 2026", "11 Consultorio",
                 "16 mar 2026", "cita no asistida", "Pagos recibidos en estas fechas", "$180.00 (cheque)",
                 "Saldo de la cuenta", "Saldo anterior, 1 de marzo de 2026 $1,140.50",
                 "Cargos en estas fechas $2,341.00", "Saldo pendiente, 31 de marzo de 2026 $3,301.50",
                 "Pagado de este saldo del 1 de abril de 2026 al", "45 CFR 164.524", "Página 1 de", "CIE-10"):
        assert said in text, (said, text)
    assert "ICD-10" not in text  # the diagnosis column as the Spanish screens name it (found by the walker)
    left = [w for w in ENGLISH if re.search(rf"\b{w}\b", _words(text))]
    assert left == [], (left, text)


def test_the_addressee_block_and_a_share_in_spanish(vault: Vault, tmp_path: Path) -> None:
    client_id = _client(vault, "es")
    guardian = guardians.add_guardian(vault, client_id, "Lucía Vale", authority="personal_representative",
                                      relationship="madre", address="2 Elm St")
    other = guardians.add_guardian(vault, client_id, "Rafa Vale", authority="personal_representative",
                                   relationship="padre", address="3 Oak St")
    billing.set_split(vault, client_id, {guardian.guardian_id: 60, other.guardian_id: 40})
    text = _text(vault, client_id, tmp_path / "tutor.pdf", guardian_id=guardian.guardian_id)
    for said in ("Dirigido a Nombre Lucía Vale · parte de los cargos: 60 % Dirección 2 Elm St", "Su parte",
                 "Saldo de la cuenta (su parte, 60 %)", "$108.00 (cheque; su parte de $180.00)"):
        assert said in text, (said, text)
    assert not [w for w in ENGLISH if re.search(rf"\b{w}\b", _words(text))], text


def test_an_english_clients_statement_is_as_it_was(vault: Vault, tmp_path: Path) -> None:
    client_id = _client(vault, "en")
    text = _text(vault, client_id, tmp_path / "march.pdf")
    for said in ("Statement", "Date of service", "03/02/2026", "$180.00 (check)",
                 "Balance brought forward, 03/01/2026 $1,140.50", "Page 1 of"):
        assert said in text, (said, text)
    assert "Estado" not in text


@pytest.mark.parametrize("letters_in", ["en", "es"])
def test_the_superbill_stays_english_for_the_health_plan(vault: Vault, tmp_path: Path, letters_in: str) -> None:
    client_id = _client(vault, letters_in)
    text = _text(vault, client_id, tmp_path / "plan.pdf", kind="superbill")
    for said in ("Superbill", "Date of service", "03/02/2026", "Total charges", "Page 1 of"):
        assert said in text, (said, text)
    assert "Estado" not in text and "Fecha" not in text and "mar 2026" not in text
    assert "ICD-10" in text and "CIE-10" not in text


def test_a_deceased_spanish_clients_superbill_names_the_estate_in_english(vault: Vault, tmp_path: Path) -> None:
    """The superbill's one page in one language: the estate named as the plan reads the rest (it
    read "Addressed to Name Representante personal de la sucesión de ..."); the statement's in Spanish."""
    client_id = _client(vault, "es")
    clients.update_client_reporting(vault, client_id, died_on=days_ago(2))
    text = _text(vault, client_id, tmp_path / "plan.pdf", kind="superbill")
    assert "Addressed to Name Personal Representative of the Estate of Tomas Erikkson-Vale" in text, text
    text = _text(vault, client_id, tmp_path / "estado.pdf")
    assert "Dirigido a Nombre Representante personal de la sucesión de Tomas Erikkson-Vale" in text, text


def _placed(path: Path) -> list[tuple[float, float, str]]:
    """Each piece of text on the first page with where it starts (x, y in points)."""
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    reader.decrypt(PASSWORD)
    pieces: list[tuple[float, float, str]] = []

    def seen(text: str, _cm: object, tm: list[float], _font: object, _size: object) -> None:
        if text.strip():
            pieces.append((round(tm[4], 1), round(tm[5], 1), text.strip()))

    reader.pages[0].extract_text(visitor_text=seen)
    return pieces


def test_a_label_on_two_lines_is_not_written_over(vault: Vault, tmp_path: Path) -> None:
    """Found in the Spanish statement drawn: "Identificación fiscal (EIN)" and "Fecha de nacimiento"
    took two lines in the label column, and the next row's label ("Dirección", "Cuenta") was
    written over their second line; the paid-since row's long label, over the last balance's."""
    client_id = _client(vault, "es")
    _text(vault, client_id, tmp_path / "marzo.pdf")
    pieces = _placed(tmp_path / "marzo.pdf")
    assert any(text == "fiscal (EIN)" for _x, _y, text in pieces), pieces  # the label does take two lines
    starts = Counter((x, y) for x, y, _text in pieces)
    assert [(spot, [t for x, y, t in pieces if (x, y) == spot]) for spot, n in starts.items() if n > 1] == []
