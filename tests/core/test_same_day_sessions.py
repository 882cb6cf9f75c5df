"""A second note on the same day does not bill a second session (found in the real app:
every new note recorded a session for its day, and one client had three "unbilled"
sessions on 12/03). The rule (domain/same_day_sessions.py), the editor's save, the CLI."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

import pytest

from tests.core.cli_helpers import cli, init_vault
from tests.core.payable_practice import PAYABLE_ARGS
from tests.local_clock import us_day
from vault_app.domain.errors import ExitCode
from vault_app.domain.same_day_sessions import (
    ATTACH,
    NO_SESSION,
    SEPARATE,
    DaySession,
    SameDaySession,
    SessionChoice,
    day_to_review,
    default_choice,
    duplicate_days,
    recorded_visit,
)
from vault_app.services import appointments, clients, notes, sessions
from vault_app.services.notes import DraftState, ProgressDraft
from vault_app.services.vault import Vault

DAY = "2024-03-12"
SESSION = {"date": DAY, "duration_minutes": 53, "modality": "individual", "setting": "in_person",
           "cpt_code": None, "icd10_codes": []}
OPEN = SameDaySession("s-open", time(10), 53, "90837")
DOCUMENTED = SameDaySession("s-doc", time(9), 53, "90837", note_id="n1")


@pytest.mark.parametrize(("existing", "expected"), [
    ((), SessionChoice(SEPARATE)),  # the day's first: the note records its visit
    ((OPEN,), SessionChoice(ATTACH, "s-open")),  # from the agenda or the CLI: attach
    ((DOCUMENTED,), SessionChoice(NO_SESSION)),  # already billed with its note: none
    ((DOCUMENTED, OPEN), SessionChoice(ATTACH, "s-open")),
    ((DOCUMENTED, DOCUMENTED), SessionChoice(NO_SESSION)),
])
def test_the_default_never_bills_a_day_twice(existing: tuple[SameDaySession, ...], expected: SessionChoice) -> None:
    assert default_choice(existing) == expected


@pytest.mark.parametrize(("existing", "linked", "expected"), [
    ((), set(), None),
    ((DOCUMENTED,), set(), DOCUMENTED),  # written from a note first: that is the visit
    ((DOCUMENTED,), {"s-doc"}, None),  # another appointment's: this one is a second visit
    ((DOCUMENTED, OPEN), {"s-doc"}, OPEN),
])
def test_an_attended_appointment_is_the_visit_already_recorded(
    existing: tuple[SameDaySession, ...], linked: set[str], expected: SameDaySession | None
) -> None:
    assert recorded_visit(existing, linked) == expected


@pytest.mark.parametrize(("days", "expected"), [
    ([], []),
    ([date(2024, 3, 12)], []),
    ([date(2024, 3, 12), date(2024, 3, 13)], []),
    ([date(2024, 3, 12)] * 3 + [date(2024, 3, 1)] * 2 + [date(2024, 3, 5)],
     [(date(2024, 3, 1), 2), (date(2024, 3, 12), 3)]),
])
def test_duplicate_days(days: list[date], expected: list[tuple[date, int]]) -> None:
    assert duplicate_days(days) == expected


def _note(vault: Vault, client_id: str, text: str, **choice: str) -> DraftState:
    state = DraftState()
    draft = ProgressDraft("free", {"text": text}, SESSION, None, **choice)  # type: ignore[arg-type]
    assert notes.save_progress_note(vault, client_id, state, draft) is not None
    return state


def test_second_note_of_a_day_records_no_second_session_unless_chosen(vault: Vault) -> None:
    client = clients.create_client(vault, "Same Day", date_of_birth="1980-01-01")
    first = _note(vault, client.client_id, "The visit.")
    assert first.session_id is not None
    second = _note(vault, client.client_id, "Collateral call with the school.")
    assert second.session_id is None
    assert notes.get_note(vault, second.note_id or "").note_date == date(2024, 3, 12)  # the form's day
    assert len(sessions.list_sessions(vault, client.client_id)) == 1
    separate = _note(vault, client.client_id, "Crisis visit in the evening.", same_day="separate")
    assert separate.session_id not in (None, first.session_id)
    assert sessions.duplicate_session_days(vault, client.client_id) == [(date(2024, 3, 12), 2)]
    assert [s.note_id for s in sessions.same_day(vault, client.client_id, DAY)] == [
        first.note_id, separate.note_id]


def test_a_note_attaches_to_the_days_session_without_a_note(vault: Vault) -> None:
    client = clients.create_client(vault, "From Agenda", date_of_birth="1980-01-01")
    booked = sessions.add_session(vault, client.client_id, date=DAY, start_time="10:00", duration_minutes=45)
    state = _note(vault, client.client_id, "Seen as booked.")
    assert state.session_id == booked.session_id
    assert sessions.get_session(vault, booked.session_id).duration_minutes == 45  # not the form's 53
    assert len(sessions.list_sessions(vault, client.client_id)) == 1
    none = _note(vault, client.client_id, "Letter to the GP.", same_day="none")
    assert none.session_id is None


def test_cli_note_add_attaches_or_records_a_separate_session_when_asked(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "v"
    assert init_vault(folder).code == 0
    v = ["--vault", str(folder)]
    chart = cli(capsys, monkeypatch, "client", "add", "Cli Client", *v, "--json").json()["client"]["chart_number"]
    added = cli(capsys, monkeypatch, "session", "add", chart, "--date", DAY, "--duration", "53", *v, "--json")
    assert added.code == 0, added.err
    booked = added.json()["session_id"]

    attached = cli(capsys, monkeypatch, "note", "add", chart, "--date", DAY, "--text", "Seen.", *v)
    assert attached.code == 0, attached.err
    assert f"Attached to the session already recorded on {us_day(DAY)}: {booked}." in attached.out
    again = cli(capsys, monkeypatch, "note", "add", chart, "--date", DAY, "--text", "Call.", *v, "--json")
    assert again.code == 0 and again.json()["note"]["session_id"] is None
    assert "already has a note" in again.json()["session"] and "--new-session" in again.json()["session"]

    no_length = cli(capsys, monkeypatch, "note", "add", chart, "--date", DAY, "--new-session", "--text", "x", *v)
    assert no_length.code == ExitCode.USAGE and "--minutes" in no_length.err
    second = cli(capsys, monkeypatch, "note", "add", chart, "--date", DAY, "--new-session", "--minutes", "30",
                 "--start", "18:00", "--text", "Crisis visit.", *v)
    assert second.code == 0, second.err
    assert "Recorded a separate session" in second.out and "(1 other session that day)" in second.out
    listed = cli(capsys, monkeypatch, "session", "list", chart, *v, "--json")
    assert sorted(s["duration_minutes"] for s in listed.json()) == [30, 53]


def test_cli_superbill_warns_of_a_day_with_two_sessions(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "v"
    assert init_vault(folder).code == 0
    v = ["--vault", str(folder)]
    chart = cli(capsys, monkeypatch, "client", "add", "Bill Twice", *v, "--json").json()["client"]["chart_number"]
    # Priced, so that the one warning left to say is the same-day one (a code with no fee set is warned of too).
    assert cli(capsys, monkeypatch, "fee", "schedule", "90837", "180.00", *v).code == 0
    assert cli(capsys, monkeypatch, "practice", "update", *PAYABLE_ARGS, *v).code == 0
    for _ in range(2):  # an existing vault's duplicate: kept as it is, and said
        assert cli(capsys, monkeypatch, "session", "add", chart, "--date", DAY, "--duration", "53", "--icd10", "F43.23",
                   *v).code == 0
    out = tmp_path / "sb.pdf"
    issued = cli(capsys, monkeypatch, "superbill", chart, "--from", "2024-03-01", "--to", "2024-03-31",
                 "--out", str(out), *v, env={"VAULT_APP_PDF_PASSWORD": "a-long-pdf-password"})
    assert issued.code == 0 and out.exists(), issued.err
    assert f"warning: 2 sessions on {us_day(DAY)} are 2 lines on this superbill" in issued.err
    assert cli(capsys, monkeypatch, "session", "add", chart, "--date", "2024-04-02", "--duration", "53", "--icd10",
               "F43.23", *v).code == 0
    clean = cli(capsys, monkeypatch, "superbill", chart, "--from", "2024-04-01", "--to", "2024-04-30",
                "--out", str(tmp_path / "april.pdf"), *v, env={"VAULT_APP_PDF_PASSWORD": "a-long-pdf-password"})
    assert clean.code == 0 and "warning" not in clean.err


def test_marking_attended_after_the_note_links_the_visit_instead_of_doubling_it(vault: Vault) -> None:
    client = clients.create_client(vault, "Note First", date_of_birth="1980-01-01")
    day = date.today() - timedelta(days=1)
    state = DraftState()
    draft = ProgressDraft("free", {"text": "Seen."}, {**SESSION, "date": day.isoformat()}, None)
    notes.save_progress_note(vault, client.client_id, state, draft)
    first, second = (appointments.schedule(vault, client.client_id, date=day, start=start)[0]
                     for start in ("09:00", "15:00"))
    done = appointments.attend(vault, first.appointment_id)
    assert done.reused_session and (done.session_id, done.note_id) == (state.session_id, state.note_id)
    assert len(sessions.list_sessions(vault, client.client_id)) == 1
    again = appointments.attend(vault, second.appointment_id)  # a second appointment: a second visit
    assert not again.reused_session and again.session_id != state.session_id
    assert len(sessions.list_sessions(vault, client.client_id)) == 2


def _at(start: str | None, *, minutes: int = 53, billing: str = "unbilled", noted: bool = True) -> DaySession:
    return DaySession(time.fromisoformat(start) if start else None, minutes, billing, noted)


@pytest.mark.parametrize(("day", "on_the_worklist"), [
    ([_at("09:00")], False),  # one session: nothing to tell apart
    ([_at("09:00"), _at("15:00")], False),  # two visits, each with its note (found: listed for good)
    ([_at("09:00"), _at("09:53")], False),  # back to back
    ([_at("09:00", noted=False), _at("15:00")], True),  # one without a note: maybe the visit again
    ([_at(None, noted=False), _at(None, noted=False)], True),
    ([_at(None), _at(None)], True),  # the old editor's duplicate: a note each, no times
    ([_at("09:00"), _at(None)], True),  # nothing tells the second from the first
    ([_at("09:00"), _at("09:00")], True),  # the same visit twice
    ([_at("09:00"), _at("09:30")], True),  # overlapping
    ([_at("09:00", minutes=300), _at("10:00", minutes=20), _at("16:00")], True),  # one inside another
    ([_at("09:00"), _at("15:00", noted=False, billing="no_charge")], False),  # no charge: not billed twice
    ([_at("09:00", billing="billed"), _at("09:00", billing="paid")], False),  # with the insurer already
    ([_at("09:00", billing="billed"), _at("09:00")], True),
])
def test_a_day_is_on_the_worklist_only_when_something_is_missing(day: list[DaySession],
                                                                 on_the_worklist: bool) -> None:
    assert day_to_review(day) is on_the_worklist
