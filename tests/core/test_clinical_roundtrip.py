"""Every clinical entity survives a lock and reopen of a real vault unchanged."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from tests.conftest import reopen
from tests.core.clinical_helpers import PDF, PNG
from vault_app.domain.clinical import ContactPreferences
from vault_app.domain.clinical_notes import RiskAssessment
from vault_app.services import attachments, clients, guardians, notes, plans, sessions
from vault_app.services.vault import Vault


def test_client_with_contact_consent_and_guardian_round_trips(vault: Vault, vault_dir: Path) -> None:
    contact = ContactPreferences(phone="555-0100", email="wren@example.invalid", safe_address="PO Box 9",
                                 voicemail_ok=False, text_ok=True, preferred_method="text", notes="no calls at work")
    client = clients.create_client(vault, "Wren Thistlewick", preferred_name="Wren", date_of_birth="2012-04-03",
                                   contact=contact, part2=True, chart_number="A-17")
    order = attachments.add_attachment(vault, client.client_id, PDF, kind="custody_order", filename="order.pdf")
    consent_scan = attachments.add_attachment(vault, client.client_id, PNG, kind="consent", filename="c.png",
                                              document_date="2024-01-05")
    guardian = guardians.add_guardian(vault, client.client_id, "Hazel Thistlewick", authority="parent",
                                    relationship="mother", may_authorize=True,
                                    custody_order_attachment_id=order.attachment_id, valid_from="2020-01-01")
    clients.record_consent(vault, client.client_id, limits_discussed_on="2024-01-05",
                           consent_signed_on="2024-01-05", attachment_id=consent_scan.attachment_id, notes="ok")
    before = clients.get_client(vault, client.client_id)
    vault.lock()

    with reopen(vault_dir) as again:
        after = clients.get_client(again, client.client_id)
        assert after == before
        assert after.contact == contact
        assert after.guardians == (guardian,)
        assert after.consent.complete and after.consent.consent_attachment_id == consent_scan.attachment_id
        assert after.part2 is True and after.chart_number == "A-17"
        assert clients.is_minor(again, after, on=date(2024, 6, 1))
        meta, data = attachments.read_attachment(again, order.attachment_id)
        assert data == PDF and meta == order and meta.media_type == "application/pdf"
        listed = attachments.list_attachments(again, client.client_id)
        assert [a.attachment_id for a in listed] == [order.attachment_id, consent_scan.attachment_id]
        summary = clients.list_clients(again)[0]
        assert summary.minor and summary.client_id == client.client_id and summary.part2


def test_case_session_note_plan_amendment_round_trip(psy_vault: Vault, vault_dir: Path) -> None:
    vault = psy_vault
    a = clients.create_client(vault, "Orrin Mossbrook")
    b = clients.create_client(vault, "Pell Mossbrook")
    case = clients.create_case(vault, "Mossbrook couple", [a.client_id, b.client_id], kind="couple")
    plan = plans.update_plan(vault, case.case_id, problems="Communication breakdown", diagnosis_codes=["z630"],
                             modality_frequency="weekly couple sessions", start_date="2024-01-01",
                             review_date="2024-04-01",
                             goals=[{"description": "Fewer escalating arguments", "objectives": ["time-outs"]},
                                    {"description": "Weekly check-in", "target_date": "2024-03-01"}])
    session = sessions.add_session(vault, case.case_id, date="2024-02-01", start_time="17:00", end_time="17:55",
                                   setting="telehealth", platform="Doxy.me", icd10_codes=["Z63.0"])
    risk = RiskAssessment("passive", False, False, True, "children", "call crisis line", "moderate", "reviewed")
    note = notes.create_progress_note(
        vault, case.case_id, template="birp", session_id=session.session_id,
        sections={"behavior": "Both arrived on time.", "intervention": "Speaker-listener technique.",
                  "response": "Engaged.", "plan": "Practice nightly."},
        interventions=["speaker-listener"], goal_ids=[plan.goals[0].goal_id], risk=risk,
    )
    signed = notes.sign_note(vault, note.note_id)
    addendum = notes.amend_note(vault, note.note_id, "Called after session.", kind="addendum")
    amendment = notes.amend_note(vault, note.note_id, "Date of check-in was Monday.", kind="amendment",
                                 reason="transcription error")
    psy = notes.create_psychotherapy_note(vault, case.case_id, "Felt pulled to side with one partner.",
                                          session_id=session.session_id).note
    psy_signed = notes.sign_psychotherapy_note(vault, psy.note_id)
    psy_add = notes.amend_psychotherapy_note(vault, psy.note_id, "On reflection: my own history.")
    vault.lock()

    with reopen(vault_dir, psychotherapy=True) as again:
        assert clients.get_case(again, case.case_id) == case
        assert [c.case_id for c in clients.cases_for_client(again, a.client_id)] == [case.case_id]
        assert plans.get_plan(again, case.case_id) == plan
        got_session = sessions.get_session(again, session.session_id)
        assert got_session == session
        assert got_session.cpt_code == "90847" and got_session.duration_minutes == 55
        assert got_session.start_time == time(17, 0)
        got = notes.get_note(again, note.note_id)
        assert got == signed and got.risk == risk and got.sections == note.sections
        history = notes.note_history(again, note.note_id)
        assert history.amendments == (addendum, amendment)
        assert history.signature_valid is True
        assert notes.get_psychotherapy_note(again, psy.note_id) == psy_signed
        psy_history = notes.psychotherapy_note_history(again, psy.note_id)
        assert psy_history.amendments == (psy_add,) and psy_history.signature_valid is True
        chart = clients.open_chart(again, case.case_id, include_psychotherapy=True)
        assert [n.note_id for n in chart.notes] == [note.note_id]
        assert chart.psychotherapy_notes is not None
        assert [n.note_id for n in chart.psychotherapy_notes] == [psy.note_id]
        assert chart.client.member_ids == (a.client_id, b.client_id)


def test_client_update_and_discharge_round_trip(vault: Vault, vault_dir: Path) -> None:
    client = clients.create_client(vault, "Linnea Fernwell", date_of_birth="1980-02-29")
    clients.update_client(vault, client.client_id, preferred_name="Lin", contact={"voicemail_ok": True})
    discharged = clients.discharge(vault, client.client_id, on="2024-05-01")
    vault.lock()
    with reopen(vault_dir) as again:
        got = clients.get_client(again, client.client_id)
        assert got == discharged.client
        assert got.status == "discharged" and got.discharged_on == date(2024, 5, 1)
        assert got.preferred_name == "Lin" and got.contact.voicemail_ok
        assert clients.find_client(again, client.chart_number).client_id == client.client_id


def test_last_contact_follows_the_sessions(vault: Vault) -> None:
    client = clients.create_client(vault, "Cassius Ribbonwood")
    first = sessions.add_session(vault, client.client_id, date="2024-01-10", duration_minutes=45)
    later = sessions.add_session(vault, client.client_id, date="2024-03-10", duration_minutes=45)
    assert clients.get_client(vault, client.client_id).last_contact == date(2024, 3, 10)
    sessions.update_session(vault, later.session_id, date="2024-02-01", billing_status="billed")
    assert clients.get_client(vault, client.client_id).last_contact == date(2024, 2, 1)
    sessions.delete_session(vault, later.session_id)
    assert clients.get_client(vault, client.client_id).last_contact == date(2024, 1, 10)
    assert [s.session_id for s in sessions.list_sessions(vault, client.client_id)] == [first.session_id]
