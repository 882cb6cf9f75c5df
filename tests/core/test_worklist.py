"""The worklist service on a real vault: each section holds what is owed, and nothing else."""

from __future__ import annotations

from datetime import date, timedelta

from tests.core.disclosure_fixtures import add_auth
from vault_app.services import appointments, clients, measures, notes, requests, sessions, worklist
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
    notes.save_draft(vault, signed.note_id, {"assessment": "Seen."})  # no plan: the draft starts empty
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
    assert work.counts() == {"unsigned_notes": 1, "sessions_without_notes": 1, "sessions_same_day": 0,
                             "appointments_unrecorded": 1,
                             "requests_due": 1, "authorizations_expiring": 1, "measures_due": 0}
    assert "Ines" not in str(work.as_dict()) and "Other" not in str(work.as_dict())
    notes.save_draft(vault, done.note_id, {"assessment": "Seen."})  # no plan: the draft starts empty
    notes.sign_note(vault, done.note_id)
    assert worklist.build(vault).counts()["unsigned_notes"] == 0


PHQ9 = [1, 1, 1, 1, 1, 1, 1, 1, 0]
GAD7 = [1, 1, 1, 1, 1, 1, 1]


def test_measures_due(vault: Vault) -> None:
    """A PHQ-9 or GAD-7 taken before is due again 4 weeks on, for an active client seen since;
    never for one not seen since, not active, never measured, or whose result was corrected."""
    today = date.today()
    due_c = clients.create_client(vault, "Mara Measuredue", chart_number="MD-1").client_id
    recent = clients.create_client(vault, "Recent Person", chart_number="RC-2").client_id
    unseen = clients.create_client(vault, "Unseen Person", chart_number="UN-3").client_id
    gone = clients.create_client(vault, "Gone Person", chart_number="GN-4", status="inactive").client_id
    clients.create_client(vault, "Never Measured", chart_number="NM-5")
    old, week = today - timedelta(days=35), today - timedelta(days=7)
    for cid in (due_c, unseen, gone):
        measures.record_measure(vault, cid, "phq9", PHQ9, taken_on=old)
    measures.record_measure(vault, due_c, "gad7", GAD7, taken_on=today - timedelta(days=28))
    measures.record_measure(vault, due_c, "gad7", GAD7, taken_on=today - timedelta(days=60))  # older, not last
    measures.record_measure(vault, recent, "phq9", PHQ9, taken_on=today - timedelta(days=27))
    for cid in (due_c, recent, gone):
        sessions.add_session(vault, cid, date=week, duration_minutes=53)
    sessions.add_session(vault, unseen, date=old - timedelta(days=7), duration_minutes=53)

    work = worklist.build(vault, on=today)
    rows = [(i.kind, i.item_id, i.client_id, i.chart_number, i.on, i.days, i.detail)
            for i in work.section("measures_due")]
    assert rows == [
        ("measure", "phq9", due_c, "MD-1", (old + timedelta(days=28)).isoformat(), -7, "PHQ-9"),
        ("measure", "gad7", due_c, "MD-1", today.isoformat(), 0, "GAD-7"),
    ]
    assert "Mara" not in str(work.as_dict())
    # A day earlier the GAD-7 is not due yet; taking the PHQ-9 again clears it.
    assert [i.item_id for i in worklist.build(vault, on=today - timedelta(days=1)).section("measures_due")] == [
        "phq9"]
    measures.record_measure(vault, due_c, "phq9", PHQ9, taken_on=today)
    assert [i.item_id for i in worklist.build(vault, on=today).section("measures_due")] == ["gad7"]


def test_a_day_with_two_sessions_to_bill(vault: Vault) -> None:
    """Found in the real app: each note of a day recorded a session, three 'unbilled' on one
    day. The worklist names the day until one is corrected or the day is billed."""
    day = date.today() - timedelta(days=2)
    c = clients.create_client(vault, "Twice Seen", chart_number="TS-1").client_id
    first = sessions.add_session(vault, c, date=day, duration_minutes=53)
    sessions.add_session(vault, c, date=day, duration_minutes=53)
    sessions.add_session(vault, c, date=day - timedelta(days=1), duration_minutes=53)  # alone that day
    other = clients.create_client(vault, "Free Call", chart_number="FC-2").client_id
    sessions.add_session(vault, other, date=day, duration_minutes=53)
    sessions.add_session(vault, other, date=day, duration_minutes=20, billing_status="no_charge")
    rows = [(i.kind, i.item_id, i.chart_number, i.on, i.detail) for i in worklist.build(vault).section(
        "sessions_same_day")]
    assert rows == [("session_day", f"{c}:{day.isoformat()}", "TS-1", day.isoformat(), "2")]
    sessions.update_session(vault, first.session_id, date=day - timedelta(days=3))  # corrected
    assert worklist.build(vault).section("sessions_same_day") == []


def test_a_day_with_two_documented_visits_is_not_on_the_worklist(vault: Vault) -> None:
    """Found in the real app: two visits, two sessions each with its note, stayed under 'Days
    with two sessions to bill' as if something were missing. The day goes once each session
    has its own note at times that do not overlap; it stays while one has no note or no time."""
    day = date.today() - timedelta(days=2)
    c = clients.create_client(vault, "Two Visits", chart_number="TV-1").client_id

    def visit(start: str | None) -> str:
        session = sessions.add_session(vault, c, date=day, start_time=start, duration_minutes=53)
        notes.create_progress_note(vault, c, template="free", text="Seen.", session_id=session.session_id)
        return session.session_id

    def listed() -> list[str]:
        return [i.item_id for i in worklist.build(vault).section("sessions_same_day")]

    morning = visit("09:00")
    evening = sessions.add_session(vault, c, date=day, start_time="18:00", duration_minutes=30)
    assert listed() == [f"{c}:{day.isoformat()}"]  # the evening session has no note yet
    notes.create_progress_note(vault, c, template="free", text="Crisis visit.", session_id=evening.session_id)
    assert listed() == []
    assert worklist.build(vault).counts()["sessions_without_notes"] == 0
    sessions.update_session(vault, evening.session_id, start_time="09:30")  # overlaps the morning's
    assert listed() == [f"{c}:{day.isoformat()}"]
    sessions.update_session(vault, evening.session_id, start_time=None)  # nothing tells them apart
    assert listed() == [f"{c}:{day.isoformat()}"]
    sessions.update_session(vault, morning, start_time="08:00")
    sessions.update_session(vault, evening.session_id, start_time="17:00")
    assert listed() == []
    visit(None)  # a third, without a time
    assert listed() == [f"{c}:{day.isoformat()}"]
