"""Appointments against a real vault: schedule a series, move, no-show, attend -> session + draft note."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path

import pytest

from tests.core.clinical_helpers import all_text
from vault_app.domain.errors import InvalidInput, NotFound, RefusedByPolicy
from vault_app.services import appointments, billing, clients, notes, plans, practice, sessions
from vault_app.services.vault import Vault, open_vault

NAME = "Wren Halloway-Quist"


@pytest.fixture
def client_id(vault: Vault) -> str:
    return clients.create_client(vault, NAME, chart_number="WH-1", date_of_birth="1988-02-03").client_id


def events(vault: Vault, prefix: str) -> list[tuple[str, dict[str, object]]]:
    return [(e.kind, e.payload) for e in vault.ledger.entries() if e.kind.startswith(prefix)]


def test_weekly_series_on_the_week_view(vault: Vault, client_id: str) -> None:
    made = appointments.schedule(vault, client_id, date="2026-03-02", start="14:00", recurrence="weekly", count=4)
    assert [a.date for a in made] == [date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 16), date(2026, 3, 23)]
    assert len({a.series_id for a in made}) == 1 and made[0].series_id
    week = appointments.week(vault, "2026-03-11")
    assert [(r.kind, r.date, r.start_time, r.chart_number) for r in week] == [
        ("appointment", date(2026, 3, 9), "14:00", "WH-1")]
    logged = events(vault, "appointment.")
    assert logged == [("appointment.scheduled", {"client_id": client_id, "appointment_id": made[0].appointment_id,
                                                 "series_id": made[0].series_id, "count": 4})]


def test_overlap_and_bad_input_refused_and_nothing_saved(vault: Vault, client_id: str) -> None:
    appointments.schedule(vault, client_id, date="2026-03-02", start="14:00")
    for kwargs in ({"start": "14:30"}, {"start": "13:30", "duration_minutes": 45}, {"start": "25:00"},
                   {"start": "14:00", "duration_minutes": 0}, {"start": "23:30", "duration_minutes": 60},
                   {"start": "16:00", "setting": "moon"}):
        with pytest.raises(InvalidInput):
            appointments.schedule(vault, client_id, date="2026-03-02", **kwargs)  # type: ignore[arg-type]
    with pytest.raises(NotFound):
        appointments.schedule(vault, "0" * 16, date="2026-03-02", start="09:00")
    assert len(appointments.list_for_client(vault, client_id)) == 1
    # right after the first one is free
    appointments.schedule(vault, client_id, date="2026-03-02", start="14:53")


@pytest.mark.parametrize(("locale", "kwargs", "named", "not_named"), [
    # one appointment: the other's time, not the one just typed
    ("en_US", {"date": "2026-03-02", "start": "14:30"}, "on 03/02/2026 from 2:00 PM to 2:53 PM,", "2:30"),
    # a weekly series that runs into it a week later: that day, not the day typed
    ("en_US", {"date": "2026-02-23", "start": "13:30", "duration_minutes": 45, "recurrence": "weekly", "count": 2},
     "on 03/02/2026 from 2:00 PM to 2:53 PM,", "02/23/2026"),
    # the practice's conventions, as the agenda shows them
    ("en_GB", {"date": "2026-03-02", "start": "14:52"}, "on 02/03/2026 from 14:00 to 14:53,", "14:52"),
])
def test_an_overlap_names_the_other_appointments_day_and_time_in_the_practice_format(
        vault: Vault, client_id: str, locale: str, kwargs: dict[str, object], named: str, not_named: str) -> None:
    practice.update(vault, locale=locale)
    appointments.schedule(vault, client_id, date="2026-03-02", start="14:00")
    with pytest.raises(InvalidInput) as refused:
        appointments.schedule(vault, client_id, **kwargs)  # type: ignore[arg-type]
    assert refused.value.message.startswith("Another appointment, on ")
    assert refused.value.message.endswith(", overlaps this time.")
    assert named in refused.value.message and not_named not in refused.value.message
    assert "Wren" not in refused.value.message
    assert len(appointments.list_for_client(vault, client_id)) == 1


def test_move_only_when_scheduled(vault: Vault, client_id: str) -> None:
    (appt,) = appointments.schedule(vault, client_id, date="2026-03-02", start="14:00")
    moved = appointments.move(vault, appt.appointment_id, date="2026-03-04", start="10:00", duration_minutes=45)
    assert (moved.date, moved.start_time, moved.end_time) == (date(2026, 3, 4), time(10, 0), time(10, 45))
    assert appointments.get(vault, appt.appointment_id) == moved
    appointments.set_status(vault, appt.appointment_id, "cancelled_by_therapist")
    with pytest.raises(RefusedByPolicy):
        appointments.move(vault, appt.appointment_id, start="11:00")


def test_no_show_without_a_note_with_the_fee_policy(vault: Vault, client_id: str) -> None:
    a, b, c = appointments.schedule(vault, client_id, date="2026-03-02", start="14:00", recurrence="weekly",
                                    count=3)
    no_fee = appointments.set_status(vault, a.appointment_id, "no_show")
    assert no_fee.status == "no_show" and no_fee.fee_cents is None
    billing.set_policy(vault, no_show="75.00", late_cancel="50")
    assert appointments.set_status(vault, b.appointment_id, "no_show").fee_cents == 7500
    assert appointments.set_status(vault, c.appointment_id, "late_cancel").fee_cents == 5000
    assert sessions.list_sessions(vault, client_id) == []
    assert notes.list_notes(vault, client_id) == []
    assert billing.account(vault, client_id).balance_cents == 12500
    # back to scheduled (recorded by mistake): the fee goes with it
    back = appointments.set_status(vault, c.appointment_id, "scheduled")
    assert back.fee_cents is None and billing.account(vault, client_id).balance_cents == 7500
    changed = [p for k, p in events(vault, "appointment.status_changed")]
    assert [p["status"] for p in changed] == ["no_show", "no_show", "late_cancel", "scheduled"]


def test_attend_makes_the_session_and_a_prefilled_draft(vault: Vault, client_id: str) -> None:
    plan = plans.update_plan(vault, client_id, diagnosis_codes=["F41.1", "F32.1"], goals=[
        {"description": "Sleep through the night"}, {"description": "Old goal", "status": "met"}])
    active_goal = plan.goals[0].goal_id
    billing.set_scheduled_fee(vault, "90834", "140.00")
    (appt,) = appointments.schedule(vault, client_id, date="2026-03-02", start="09:00", duration_minutes=45,
                                    setting="telehealth")
    done = appointments.attend(vault, appt.appointment_id)
    session = sessions.get_session(vault, done.session_id)
    assert (session.date, session.start_time, session.end_time, session.duration_minutes) == (
        date(2026, 3, 2), time(9, 0), time(9, 45), 45)
    assert (session.cpt_code, session.icd10_codes, session.setting) == ("90834", ("F41.1", "F32.1"), "telehealth")
    note = notes.get_note(vault, done.note_id)
    assert note.session_id == done.session_id and not note.signed and note.goal_ids == (active_goal,)
    assert "Sleep through the night" in note.sections["assessment"] and "Old goal" not in note.sections["assessment"]
    assert "F41.1, F32.1" in note.sections["assessment"]
    assert done.appointment.status == "attended" and done.appointment.session_id == session.session_id
    assert billing.session_fee(vault, session.session_id) == (14000, "schedule")
    billing.set_scheduled_fee(vault, "90834", "160.00")  # a later change does not reprice a past session
    assert billing.account(vault, client_id).balance_cents == 14000
    with pytest.raises(InvalidInput):  # already attended: nothing new
        appointments.attend(vault, appt.appointment_id)
    with pytest.raises(RefusedByPolicy):
        appointments.set_status(vault, appt.appointment_id, "no_show")
    assert len(sessions.list_sessions(vault, client_id)) == 1
    week = appointments.week(vault, "2026-03-02")
    assert [(r.kind, r.note_id, r.note_signed) for r in week] == [("appointment", done.note_id, False)]
    assert events(vault, "appointment.attended") == [("appointment.attended", {
        "client_id": client_id, "appointment_id": appt.appointment_id, "session_id": session.session_id,
        "note_id": done.note_id})]


def test_attend_through_set_status_and_a_session_without_appointment_on_the_agenda(
        vault: Vault, client_id: str) -> None:
    (appt,) = appointments.schedule(vault, client_id, date="2026-03-03", start="10:00", duration_minutes=30)
    appointments.set_status(vault, appt.appointment_id, "attended")
    assert sessions.list_sessions(vault, client_id)[0].cpt_code == "90832"
    other = sessions.add_session(vault, client_id, date="2026-03-04", start_time="11:00", end_time="11:53")
    rows = appointments.list_range(vault, "2026-03-01", "2026-03-07")
    assert [(r.kind, r.item_id) for r in rows] == [("appointment", appt.appointment_id),
                                                   ("session", other.session_id)]
    with pytest.raises(InvalidInput):
        appointments.list_range(vault, "2026-03-07", "2026-03-01")


def test_no_names_in_the_ledger(vault: Vault, client_id: str) -> None:
    (appt,) = appointments.schedule(vault, client_id, date="2026-03-02", start="09:00")
    appointments.attend(vault, appt.appointment_id)
    ledger_text = " ".join(str(e.payload) for e in vault.ledger.entries())
    assert "Wren" not in ledger_text and "Halloway" not in ledger_text
    assert "Halloway" in all_text(vault.records)  # the name is in the record, encrypted


def test_a_future_appointment_cannot_be_attended_or_missed_yet(vault: Vault, client_id: str) -> None:
    from datetime import timedelta

    (appt,) = appointments.schedule(vault, client_id, date=date.today() + timedelta(days=3), start="09:00")
    for status, said in (("attended", "it can be marked attended from then on."),
                         ("no_show", "it can be recorded as a no-show from then on.")):
        with pytest.raises(RefusedByPolicy) as refused:
            appointments.set_status(vault, appt.appointment_id, status)
        assert refused.value.message.startswith("This appointment starts on ")
        assert refused.value.message.endswith(" at 9:00 AM: " + said)
    assert sessions.list_sessions(vault, client_id) == []
    assert appointments.set_status(vault, appt.appointment_id, "late_cancel").status == "late_cancel"


@pytest.mark.parametrize("locale", ["en_US", "es_US"])
def test_hours_before_the_start_no_fee_no_session_no_note(vault: Vault, client_id: str, locale: str) -> None:
    """The walker's Sunday: at 7:07 S+Enter charged a no-show fee for the 10:00 visit, and A made a
    session for 9:00 whose note was signed at 7:09. Same day, hours before: refused, saying when."""
    practice.save(vault, replace(practice.load(vault), locale=locale))
    billing.set_policy(vault, no_show="75.00", late_cancel="50")
    (nine,) = appointments.schedule(vault, client_id, date="2026-12-06", start="09:00")
    (ten,) = appointments.schedule(vault, client_id, date="2026-12-06", start="10:00")
    early = datetime(2026, 12, 6, 7, 7)
    with pytest.raises(RefusedByPolicy) as refused:
        appointments.set_status(vault, ten.appointment_id, "no_show", now=early)
    day, start = ("12/06/2026", "10:00 AM") if locale == "en_US" else ("06/12/2026", "10:00 a.m.")
    assert refused.value.code == "appointment.not_yet.no_show"
    assert refused.value.params == {"day": day, "start": start}
    with pytest.raises(RefusedByPolicy) as refused:
        appointments.attend(vault, nine.appointment_id, now=early)
    assert refused.value.code == "appointment.not_yet.attended"
    with pytest.raises(RefusedByPolicy):
        appointments.set_status(vault, nine.appointment_id, "attended", now=early)
    assert sessions.list_sessions(vault, client_id) == [] and notes.list_notes(vault, client_id) == []
    assert {a.status for a in appointments.list_for_client(vault, client_id)} == {"scheduled"}
    # A late cancel is called in before the start: charged then, as the policy says.
    assert appointments.set_status(vault, ten.appointment_id, "late_cancel", now=early).fee_cents == 5000
    # From the start on, the outcome can be recorded.
    assert appointments.attend(vault, nine.appointment_id, now=datetime(2026, 12, 6, 9, 0)).session_id
    appointments.set_status(vault, ten.appointment_id, "scheduled", now=early)
    assert appointments.set_status(vault, ten.appointment_id, "no_show",
                                   now=datetime(2026, 12, 6, 10, 1)).fee_cents == 7500


def test_no_new_appointments_for_a_discharged_client(vault: Vault, client_id: str) -> None:
    clients.discharge(vault, client_id, on="2026-01-05")
    with pytest.raises(RefusedByPolicy):
        appointments.schedule(vault, client_id, date="2026-03-02", start="09:00")



def test_the_week_view_reads_a_few_index_pages_and_finds_what_lies_outside_the_week(
        vault: Vault, client_id: str) -> None:
    """Each row of a week on its own table page cost a decrypted page per row (docs/benchmarks.md,
    "Issue 20's agenda at 4x"): the week's appointments, sessions and notes come from date-ordered
    covering indexes (records migration 0087). A note dated another day, and a session whose
    appointment lies in another week, are still found by id."""
    from vault_app.storage import appointments as store

    plan = " | ".join(str(r[3]) for r in vault.records.query("EXPLAIN QUERY PLAN " + store._AGENDA_SQL,
                                                              {"first": "2026-03-02", "last": "2026-03-08"}))
    for index in ("appointments_week (date>? AND date<?)", "sessions_week (date>? AND date<?)",
                  "progress_notes_day_state (note_date>? AND note_date<?)"):
        assert f"COVERING INDEX {index}" in plan, plan
    assert " SCAN appointments" not in plan and " SCAN sessions" not in plan and " SCAN progress_notes" not in plan

    (appt,) = appointments.schedule(vault, client_id, date="2026-03-02", start="09:00", duration_minutes=45)
    done = appointments.attend(vault, appt.appointment_id)
    loose = sessions.add_session(vault, client_id, date="2026-03-04", start_time="11:00", end_time="11:53")
    # Dated before the week it documents: not among the week's notes, found by its session.
    late = notes.create_progress_note(vault, client_id, session_id=loose.session_id, note_date="2026-02-20",
                                      sections={"subjective": "seen"})
    assert [(r.kind, r.item_id, r.note_id, r.note_signed) for r in appointments.week(vault, "2026-03-02")] == [
        ("appointment", appt.appointment_id, done.note_id, False), ("session", loose.session_id, late.note_id, False)]
    notes.sign_note(vault, late.note_id)
    assert [(r.kind, r.note_signed) for r in appointments.week(vault, "2026-03-02")] == [
        ("appointment", False), ("session", True)]
    # The attended appointment's session moved to the next week: that week does not show it as a
    # session without an appointment (its appointment, in the week before, still points at it).
    sessions.update_session(vault, done.session_id, date="2026-03-10")
    assert sessions.get_session(vault, done.session_id).date == date(2026, 3, 10)
    assert appointments.week(vault, "2026-03-09") == []
    assert [(r.kind, r.note_id) for r in appointments.week(vault, "2026-03-02")] == [
        ("appointment", done.note_id), ("session", late.note_id)]


def test_a_vault_of_the_last_released_format_gets_the_week_indexes_at_its_upgrade(tmp_path: Path) -> None:
    """Migration 0087 builds its indexes over rows already there (the fixture's signed note and
    its session) in the upgrade's one transaction; the week view reads them at once."""
    fixture = Path(__file__).resolve().parents[1] / "data" / "vault-format-3"
    folder = tmp_path / "vault"
    shutil.copytree(fixture, folder)  # never write into the committed fixture
    with open_vault(folder, (fixture / "PASSPHRASE.txt").read_text().strip()) as vault:
        indexes = {r[0] for r in vault.records.query("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"appointments_week", "sessions_week", "progress_notes_day_state"} <= indexes
        assert not {"appointments_day", "sessions_date"} & indexes  # replaced by the wider ones
        ((session_id, day),) = [tuple(r) for r in vault.records.query("SELECT session_id, date FROM sessions")]
        ((note_id,),) = [tuple(r) for r in vault.records.query("SELECT note_id FROM progress_notes")]
        assert [(r.kind, r.item_id, r.note_id, r.note_signed) for r in appointments.week(vault, day)] == [
            ("session", session_id, note_id, True)]


def test_a_change_of_the_fee_schedule_does_not_reprice_sessions_already_attended(vault: Vault) -> None:
    """Found in the real app (h-explore): sessions already attended took a changed fee, though
    the Fees screen says "Sessions already attended keep the fee they had". They keep it. A
    session that had no fee takes the first one set (as an add-on code does): kept at 0, the
    first week's sessions recorded before the schedule was filled in stayed $0.00 for good."""
    client_id = clients.create_client(vault, "Pia Priceless").client_id
    old = sessions.add_session(vault, client_id, date=date(2026, 1, 5), duration_minutes=55)
    assert old.cpt_code == "90837"
    billing.set_scheduled_fee(vault, "90837", "180.00")
    assert billing.account(vault, client_id).balance_cents == 18000
    later = sessions.add_session(vault, client_id, date=date(2026, 2, 2), duration_minutes=55)
    billing.set_scheduled_fee(vault, "90837", "200.00")  # both keep the 180 of their time
    assert billing.session_fee(vault, old.session_id) == (18000, "schedule")
    assert billing.session_fee(vault, later.session_id) == (18000, "schedule")
    billing.remove_scheduled_fee(vault, "90837")
    assert billing.account(vault, client_id).balance_cents == 36000
    # A fee set by hand on an old session stays what was set.
    billing.set_session_fee(vault, old.session_id, "90.00")
    billing.set_scheduled_fee(vault, "90837", "220.00")
    assert billing.account(vault, client_id).balance_cents == 27000
    kept = {p["fee_cents"]: p["past_sessions_kept"] for k, p in events(vault, "fee.schedule_set")}
    assert kept[18000] == 0 and kept[20000] == 2


def test_attended_with_no_plan_starts_an_empty_draft_that_cannot_be_signed_empty(
        vault: Vault, client_id: str) -> None:
    """No instruction text in the note (a walker signed one into the record): the draft is empty,
    signing it empty is refused, and what the therapist writes is all that is signed."""
    (appt,) = appointments.schedule(vault, client_id, date="2026-03-02", start="09:00")
    done = appointments.attend(vault, appt.appointment_id)
    draft = notes.get_note(vault, done.note_id)
    assert not any(draft.sections.values()), draft.sections
    with pytest.raises(InvalidInput) as refused:
        notes.sign_note(vault, done.note_id)
    assert refused.value.code == "note.sign_empty"
    notes.save_draft(vault, done.note_id, {"assessment": "Adjustment improving."})
    signed = notes.sign_note(vault, done.note_id)
    assert signed.sections["assessment"] == "Adjustment improving."
    assert "Treatment plan" not in " ".join(signed.sections.values())
