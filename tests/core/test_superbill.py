"""Superbill and statement PDFs: through the gate, one ledger entry, excluded from the accounting,
US Letter, the fields a plan needs and nothing of the notes; a minor's statement to a guardian,
split between two guardians."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.core.payable_practice import diagnosed, payable
from tests.local_clock import us_day
from vault_app.domain.errors import InvalidInput, NotFound, RefusedByPolicy
from vault_app.services import accounting, appointments, billing, clients, guardians, notes, plans, practice, requests
from vault_app.services import superbill as superbills
from vault_app.services.vault import Vault

PASSWORD = "reimburse-me-2026"
NOTE_WORDS = "Discussed the confidential matter of the lighthouse"


def text_of(path: Path) -> tuple[str, PdfReader]:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    assert reader.is_encrypted
    assert reader.decrypt(PASSWORD)
    return "\n".join(page.extract_text() for page in reader.pages), reader


@pytest.fixture
def adult(vault: Vault) -> str:
    practice.update(vault, clinician_name="Dr. Maren Oakes", credentials="PhD, LP", practice_name="Oakes Therapy",
                    address="12 Elm St, Springfield", phone="555-0100")
    client = clients.create_client(vault, "Tomas Erikkson-Vale", chart_number="TE-3", date_of_birth="1979-06-01",
                                   contact={"address": "1 Home Rd", "safe_address": "PO Box 9"})
    payable(vault)
    plans.update_plan(vault, client.client_id, diagnosis_codes=["F41.1"])
    billing.set_scheduled_fee(vault, "90837", "180.00")
    billing.set_policy(vault, no_show="60")
    days = [date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 16)]
    made = appointments.schedule(vault, client.client_id, date=days[0], start="10:00", recurrence="weekly",
                                 count=3, setting="in_person")
    first = appointments.attend(vault, made[0].appointment_id)
    notes.save_draft(vault, first.note_id, {"subjective": NOTE_WORDS})
    notes.sign_note(vault, first.note_id)
    appointments.move(vault, made[1].appointment_id, setting="telehealth")
    second = appointments.attend(vault, made[1].appointment_id)
    notes.sign_note(vault, second.note_id)
    appointments.set_status(vault, made[2].appointment_id, "no_show")
    billing.record_payment(vault, client.client_id, paid_on="2026-03-09", amount="180", method="check")
    return client.client_id


def test_superbill_fields_ledger_and_accounting_exclusion(vault: Vault, adult: str, tmp_path: Path) -> None:
    out = tmp_path / "superbill.pdf"
    before = len(vault.ledger.entries(kinds=("disclosure",)))
    issued = superbills.issue(vault, adult, first="2026-03-01", last="2026-03-31", out=out, password=PASSWORD)
    text, reader = text_of(out)
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (612, 792)  # US Letter in points
    # Days in the practice's format (US: the default), as on its certificates and letters.
    for expected in ("Superbill", "Oakes Therapy", "Dr. Maren Oakes, PhD, LP", "Tomas Erikkson-Vale", "06/01/1979",
                     "03/02/2026", "03/09/2026", "11 Office", "02 Telehealth", "90837", "F41.1", "$180.00",
                     "Amount paid", "$360.00", "PO Box 9"):
        assert expected in text, expected
    assert "lighthouse" not in text and "1 Home Rd" not in text
    # services only: the no-show fee of 2026-03-16 is on the statement, not here
    assert "missed appointment" not in text and "$60.00" not in text and "03/16/2026" not in text
    assert "2026-03-02" not in text
    assert (issued.sessions, issued.charged_cents, issued.paid_cents) == (2, 36000, 18000)
    # one ledger entry, no name in it, not accountable
    entries = vault.ledger.entries(kinds=("disclosure",))
    assert len(entries) == before + 1
    payload = entries[-1].payload
    assert payload["disclosure_id"] == issued.disclosure_id and payload["sha256"] == issued.sha256
    assert "Tomas" not in str(payload) and "Erikkson" not in str(payload)
    assert issued.accountable is False and "164.528(a)(1)(ii)" in issued.exclusion
    acc = accounting.build(vault, adult)
    assert issued.disclosure_id not in [line.first.disclosure_id for line in acc.lines]
    assert issued.disclosure_id in [line.first.disclosure_id for line in acc.excluded]
    # the access request it rests on is granted, not left due on the dashboard
    assert requests.get_request(vault, issued.request_id).status == "granted"


def test_statement_lists_payments(vault: Vault, adult: str, tmp_path: Path) -> None:
    out = tmp_path / "statement.pdf"
    issued = superbills.issue(vault, adult, kind="statement", first="2026-03-01", last="2026-03-31", out=out,
                              password=PASSWORD)
    text, _reader = text_of(out)
    assert "Statement" in text and "Payments received" in text and "(check)" in text and "Balance due" in text
    # the client's own bill keeps the missed-appointment fee the superbill leaves out
    assert "missed appointment" in text and "$60.00" in text and "$420.00" in text
    assert (issued.sessions, issued.charged_cents) == (3, 42000)
    assert "Services rendered only" not in text


def test_a_statement_counts_what_was_paid_for_its_charges_after_its_dates(vault: Vault, adult: str,
                                                                          tmp_path: Path) -> None:
    """Found on the real app: October's statement, paid on November 2, read "Amount paid $0.00,
    Balance due $600.00" to a client whose account owed $60.00."""
    billing.record_payment(vault, adult, paid_on="2026-04-02", amount="200", method="cash")
    before = date.today()
    issued = superbills.issue(vault, adult, kind="statement", first="2026-03-01", last="2026-03-31",
                              out=tmp_path / "march.pdf", password=PASSWORD)
    issue_days = {us_day(before), us_day(date.today())}  # the issue day, whichever side of midnight it fell
    assert (issued.charged_cents, issued.paid_cents) == (42000, 38000)
    text = words_of(tmp_path / "march.pdf")
    # the balance at its last date, then what was paid of it since (tests/core/test_statement_pdf.py)
    assert any("Charges in these dates $420.00 Payments received in these dates $180.00 Balance due, 03/31/2026 "
               f"$240.00 Paid of it from 04/01/2026 to {on} $200.00 Balance due, {on} $40.00" in text
               for on in issue_days)
    # it lists the payments of its dates, and says how payments are applied
    assert "Payments received in these dates 03/09/2026 $180.00 (check)" in text and "04/02/2026" not in text
    assert "applied to the account's charges oldest first, whenever they were made" in text


def words_of(path: Path) -> str:
    return " ".join(text_of(path)[0].split())  # a sentence wrapped over two lines reads as one


def test_a_superbill_counts_what_was_paid_for_its_services_after_its_dates(vault: Vault, adult: str,
                                                                             tmp_path: Path) -> None:
    """Found on the real app: March's sessions paid on April 2 read "Amount paid $0.00" on March's
    superbill (only payments dated inside the services' dates counted), and a plan reimburses on it."""
    billing.record_payment(vault, adult, paid_on="2026-04-02", amount="240", method="transfer")
    before = date.today()
    issued = superbills.issue(vault, adult, first="2026-03-01", last="2026-03-31", out=tmp_path / "march.pdf",
                              password=PASSWORD)
    on = {us_day(before), us_day(date.today())}  # the issue day, whichever side of midnight it fell
    assert (issued.charged_cents, issued.paid_cents) == (36000, 36000)
    text = words_of(tmp_path / "march.pdf")
    assert "Total charges $360.00 Amount paid $360.00 Balance due $0.00" in text
    # the document says what its figures cover
    assert "Services rendered only" in text
    assert any(f"payments received up to {day} paid of the services listed, whenever they were made (payments "
               "are applied to the account's charges, oldest first)" in text for day in on)


def test_a_payment_counts_once_on_two_superbills(vault: Vault, adult: str, tmp_path: Path) -> None:
    """February's unpaid session takes the March 9 payment first (oldest first): March's
    superbill does not claim a payment February's already counts."""
    (feb,) = appointments.schedule(vault, adult, date="2026-02-23", start="10:00", setting="in_person")
    appointments.attend(vault, feb.appointment_id)
    february = superbills.issue(vault, adult, first="2026-02-01", last="2026-02-28", out=tmp_path / "feb.pdf",
                                password=PASSWORD)
    march = superbills.issue(vault, adult, first="2026-03-01", last="2026-03-31", out=tmp_path / "march.pdf",
                             password=PASSWORD)
    assert (february.paid_cents, march.paid_cents) == (18000, 0)
    assert "Amount paid $0.00 Balance due $360.00" in words_of(tmp_path / "march.pdf")


def test_refusals_write_nothing(vault: Vault, adult: str, tmp_path: Path) -> None:
    entries = len(vault.ledger.entries())
    for kwargs, error in (({"password": "short"}, InvalidInput), ({"first": "2026-04-01"}, InvalidInput),
                          ({"kind": "invoice"}, InvalidInput), ({"guardian_id": "0" * 16}, NotFound),
                          ({"out": tmp_path / "no" / "x.pdf"}, InvalidInput)):
        args = {"first": "2026-03-01", "last": "2026-03-31", "out": tmp_path / "x.pdf", "password": PASSWORD,
                **kwargs}
        with pytest.raises(error):
            superbills.issue(vault, adult, **args)  # type: ignore[arg-type]
    assert not (tmp_path / "x.pdf").exists()
    assert len(vault.ledger.entries()) == entries


def test_dates_holding_no_session_are_said_so_and_record_nothing(vault: Vault, adult: str, tmp_path: Path) -> None:
    """Found on the real app: a range holding only a no-show fee was refused by the gate with
    "Nothing is selected: pick billing information by id", ids no form asks for. A superbill
    lists services only; a statement is refused only with nothing at all to state."""
    entries = len(vault.ledger.entries())
    for kind, first, last, said in (("superbill", "2026-03-16", "2026-03-16", "No session falls within these dates"),
                                    ("statement", "2026-01-01", "2026-02-28", "nothing to state for these dates")):
        with pytest.raises(InvalidInput, match=said) as raised:
            superbills.issue(vault, adult, kind=kind, first=first, last=last, out=tmp_path / "x.pdf",
                             password=PASSWORD)
        assert "by id" not in str(raised.value.message) and raised.value.hint
    assert not (tmp_path / "x.pdf").exists()
    assert len(vault.ledger.entries()) == entries  # no access request recorded, nothing disclosed
    assert requests.list_requests(vault, client_id=adult) == []


def test_a_statement_of_dates_without_sessions_states_the_account(vault: Vault, adult: str, tmp_path: Path) -> None:
    """Found last round in the real app: a statement of April, when the client paid part of
    March's balance and had no session, was refused ("No session falls within these dates").
    It is made: the balance brought forward, the payment, the balance at the end; logged once,
    described by its dates, excluded from the accounting like every statement."""
    billing.record_payment(vault, adult, paid_on="2026-04-10", amount="100", method="cash")
    before = len(vault.ledger.entries(kinds=("disclosure",)))
    out = tmp_path / "april.pdf"
    issued = superbills.issue(vault, adult, kind="statement", first="2026-04-01", last="2026-04-30", out=out,
                              password=PASSWORD)
    text = " ".join(text_of(out)[0].split())
    # March: $180 + $180 + the $60 no-show, $180 paid: $240 brought forward; $100 paid in April
    assert ("Balance brought forward, 04/01/2026 $240.00 Charges in these dates $0.00 "
            "Payments received in these dates $100.00 Balance due, 04/30/2026 $140.00") in text
    assert "No sessions or fees in these dates." in text and "04/10/2026 $100.00 (cash)" in text
    assert issued.sessions == 0 and issued.charged_cents == 0
    entries = vault.ledger.entries(kinds=("disclosure",))
    assert len(entries) == before + 1
    payload = entries[-1].payload
    assert payload["description"] == "statement of billing records, 2026-04-01 to 2026-04-30"
    assert payload["item_ids"] == [] and "Tomas" not in str(payload)
    (request,) = requests.list_requests(vault, client_id=adult)
    assert request.status == "granted"
    # a credit with no session in the dates is stated too
    billing.record_payment(vault, adult, paid_on="2026-05-04", amount="200", method="check")
    superbills.issue(vault, adult, kind="statement", first="2026-05-01", last="2026-05-31",
                     out=tmp_path / "may.pdf", password=PASSWORD)
    text = " ".join(text_of(tmp_path / "may.pdf")[0].split())
    assert "Payments received in these dates $200.00 Credit, 05/31/2026 $60.00" in text


def test_a_refused_superbill_leaves_no_request(vault: Vault, tmp_path: Path) -> None:
    """Found on the real app: the superbill recorded the client's access request before the gate
    decided; refused, the request stayed in the client's requests (withdrawn, or open and due)
    and in the ledger, a request the client never made. Here the gate refuses a name stored
    before names were checked (a line break in it)."""
    from dataclasses import replace

    from vault_app.storage import clinical_clients

    client = clients.create_client(vault, "Placeholder", chart_number="OLD-1", date_of_birth="1970-01-01")
    payable(vault)
    diagnosed(vault, client.client_id)
    with vault.records.transaction():
        clinical_clients.update(vault.records, replace(client, legal_name="Old\nName"))
    billing.set_scheduled_fee(vault, "90837", "180.00")
    (appt,) = appointments.schedule(vault, client.client_id, date="2026-03-02", start="10:00")
    appointments.attend(vault, appt.appointment_id)
    entries = len(vault.ledger.entries())
    for kind in ("superbill", "statement"):
        with pytest.raises(InvalidInput, match="The client's name contains a line break") as raised:
            superbills.issue(vault, client.client_id, kind=kind, first="2026-03-01", last="2026-03-31",
                             out=tmp_path / "x.pdf", password=PASSWORD)
        assert "Edit details" in raised.value.hint and "Old" not in str(raised.value)
    assert not (tmp_path / "x.pdf").exists()
    assert requests.list_requests(vault, client_id=client.client_id) == []
    assert len(vault.ledger.entries()) == entries


def test_minor_statement_to_guardians_split(vault: Vault, tmp_path: Path) -> None:
    born = date.today() - timedelta(days=365 * 12)
    child = clients.create_client(vault, "Lina Sorbet", chart_number="LS-1", date_of_birth=born.isoformat())
    payable(vault)
    mother = guardians.add_guardian(vault, child.client_id, "Anne Sorbet", authority="parent", address="5 North Ln")
    father = guardians.add_guardian(vault, child.client_id, "Paul Sorbet", authority="parent", address="7 South Ln")
    billing.set_scheduled_fee(vault, "90834", "150.01")
    (appt,) = appointments.schedule(vault, child.client_id, date="2026-03-02", start="16:00", duration_minutes=45)
    appointments.attend(vault, appt.appointment_id)
    with pytest.raises(RefusedByPolicy):
        superbills.issue(vault, child.client_id, kind="statement", first="2026-03-01", last="2026-03-31",
                         out=tmp_path / "c.pdf", password=PASSWORD)
    billing.set_split(vault, child.client_id, {mother.guardian_id: 60, father.guardian_id: 40})
    with pytest.raises(InvalidInput):
        billing.set_split(vault, child.client_id, {mother.guardian_id: 60, father.guardian_id: 60})
    a = superbills.issue(vault, child.client_id, kind="statement", first="2026-03-01", last="2026-03-31",
                         out=tmp_path / "mother.pdf", password=PASSWORD, guardian_id=mother.guardian_id)
    b = superbills.issue(vault, child.client_id, kind="statement", first="2026-03-01", last="2026-03-31",
                         out=tmp_path / "father.pdf", password=PASSWORD, guardian_id=father.guardian_id)
    mother_text, _r = text_of(tmp_path / "mother.pdf")
    father_text, _r = text_of(tmp_path / "father.pdf")
    assert "Anne Sorbet" in mother_text and "5 North Ln" in mother_text and "60%" in mother_text
    assert "Paul Sorbet" in father_text and "7 South Ln" in father_text and "40%" in father_text
    assert "Lina Sorbet" in mother_text and "$150.01" in mother_text
    # the two shares add up to the fee to the cent; the rounding cent goes to one of them
    assert a.charged_cents + b.charged_cents == 15001
    assert a.charged_cents in (9000, 9001) and b.charged_cents in (6000, 6001)
    assert a.addressee == mother.guardian_id
    logged = vault.ledger.entries(kinds=("disclosure",))[-2].payload
    assert "Anne" not in str(logged)
    # Who received it, in the ledger's fixed words (never a name): their capacity too, as an
    # access copy to a representative says it (domain/who_acts.ledger_recipient).
    assert logged["recipient"]["name"] == "the client's personal representative (parent)"


def test_identity_lines_use_the_clinician_fields_when_the_profile_has_them() -> None:
    """The superbill prints the license, NPI and Tax ID (which number it is) when the practice
    profile has them, and leaves them out when absent."""
    from vault_app.domain.practice import PracticeProfile
    from vault_app.services.superbill_pdf import identity_lines

    full = PracticeProfile(clinician_name="Dr. A", credentials="PsyD", license_number="PSY 12345",
                           license_state="CA", npi="1234567893", tax_id="12-3456789")
    assert identity_lines(full) == [("Clinician", "Dr. A, PsyD"), ("License", "PSY 12345 (CA)"),
                                    ("NPI", "1234567893"), ("Tax ID (EIN)", "12-3456789")]
    ssn = PracticeProfile(clinician_name="Dr. A", tax_id="XXX-XX-1234")
    assert identity_lines(ssn) == [("Clinician", "Dr. A"), ("Tax ID (SSN)", "XXX-XX-1234")]
    assert identity_lines(PracticeProfile(clinician_name="Dr. A")) == [("Clinician", "Dr. A")]
    assert identity_lines(PracticeProfile()) == []
