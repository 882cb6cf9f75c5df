"""The worklist service on a real vault: each section holds what is owed, and nothing else."""

from __future__ import annotations

from datetime import date, timedelta

from tests.core.disclosure_fixtures import add_auth
from vault_app.services import appointments, clients, notes, requests, sessions, worklist
from vault_app.services.vault import Vault


def test_every_section(vault: Vault) -> None:
    today = date.today()
    a = clients.create_client(vault, "Ines Worklistperson", chart_number="IW-1").client_id
    b = clients.create_client(vault, "Other Person", chart_number="OP-2").client_id
    past, future = today - timedelta(days=6), today + timedelta(days=6)
    appts = appointments.schedule(vault, a, date=past - timedelta(days=7), start="09:00", recurrence="weekly",
                                  count=3)  # 13 days ago, 6 days ago, tomorrow
    done = appointments.attend(vault, appts[0].appointment_id)  # an unsigned draft
    signed = appointments.attend(vault, appts[1].appointment_id)
    notes.sign_note(vault, signed.note_id)
    bare = sessions.add_session(vault, b, date=past, duration_minutes=53)  # no note
    appointments.schedule(vault, b, date=today - timedelta(days=2), start="11:00")  # never recorded
    appointments.schedule(vault, b, date=future, start="11:00")  # not owed yet
    request = requests.add_request(vault, b, kind="access", received_on=today - timedelta(days=40))
    auth = add_auth(vault, a, expires_on=today + timedelta(days=10))

    work = worklist.build(vault)
    by = {key: [(i.kind, i.item_id, i.chart_number) for i in work.section(key)] for key, _ in worklist.SECTIONS}
    assert by["unsigned_notes"] == [("note", done.note_id, "IW-1")]
    assert by["sessions_without_notes"] == [("session", bare.session_id, "OP-2")]
    assert [i[2] for i in by["appointments_unrecorded"]] == ["OP-2"]
    assert by["requests_due"] == [("request", request.id, "OP-2")]
    assert by["authorizations_expiring"] == [("authorization", auth.id, "IW-1")]
    assert work.counts() == {"unsigned_notes": 1, "sessions_without_notes": 1, "appointments_unrecorded": 1,
                             "requests_due": 1, "authorizations_expiring": 1}
    assert "Ines" not in str(work.as_dict()) and "Other" not in str(work.as_dict())
    notes.sign_note(vault, done.note_id)
    assert worklist.build(vault).counts()["unsigned_notes"] == 0
