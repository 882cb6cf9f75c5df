"""A progress note saved with "no session" gains the session of its day later (found in the
real app: the therapist forgot to link it, or marked the appointment attended afterwards,
and the note could never document its visit). The rule (domain/same_day_sessions.
link_choice), the service (services/note_sessions.py) on a real vault, the CLI."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest

from tests.core.cli_helpers import cli, init_vault
from tests.local_clock import us_day
from vault_app.domain.errors import ExitCode, InvalidInput, RefusedByPolicy
from vault_app.domain.same_day_sessions import ATTACH, SEPARATE, SameDaySession, SessionChoice, link_choice
from vault_app.services import clients, note_sessions, notes, sessions
from vault_app.services.vault import Vault

DAY = "2024-03-12"
OPEN = SameDaySession("s-open", time(10), 53, "90837")
OPEN_2 = SameDaySession("s-open2", time(15), 53, "90837")
DOCUMENTED = SameDaySession("s-doc", time(9), 53, "90837", note_id="n1")


@pytest.mark.parametrize(("existing", "wanted", "expected"), [
    ((OPEN,), None, SessionChoice(ATTACH, "s-open")),  # the day's one session without a note
    ((DOCUMENTED, OPEN), None, SessionChoice(ATTACH, "s-open")),
    ((OPEN, OPEN_2), SessionChoice(ATTACH, "s-open2"), SessionChoice(ATTACH, "s-open2")),
    ((), SessionChoice(SEPARATE), SessionChoice(SEPARATE)),  # recorded now
    ((DOCUMENTED,), SessionChoice(SEPARATE), SessionChoice(SEPARATE)),  # a second visit, chosen
])
def test_the_session_a_note_gains(existing: tuple[SameDaySession, ...], wanted: SessionChoice | None,
                                  expected: SessionChoice) -> None:
    assert link_choice(existing, wanted) == expected


@pytest.mark.parametrize(("existing", "wanted", "said"), [
    ((), None, "There is no session on the note's day."),
    ((DOCUMENTED,), None, "Every session on the note's day has a note already."),  # never a second by default
    ((OPEN, OPEN_2), None, "The note's day has 2 sessions without a note."),
    ((DOCUMENTED,), SessionChoice(ATTACH, "s-doc"), "That session already has a progress note."),
    ((OPEN,), SessionChoice(ATTACH, "elsewhere"), "That session is not on the note's day."),
])
def test_what_is_refused(existing: tuple[SameDaySession, ...], wanted: SessionChoice | None, said: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        link_choice(existing, wanted)
    assert refused.value.message == said and refused.value.hint


def _no_session_note(vault: Vault, client_id: str) -> str:
    return notes.create_progress_note(vault, client_id, template="free", text="Seen.", note_date=DAY).note_id


def _ledger_since(vault: Vault, seq: int) -> list[tuple[str, object]]:
    """What the change logged (the test's own reads log note.viewed: left out)."""
    return [(e.kind, e.payload.get("fields")) for e in vault.ledger.entries(since_seq=seq + 1)
            if not e.kind.endswith(".viewed")]


def test_a_note_attaches_to_its_days_session_and_the_ledger_says_so(vault: Vault) -> None:
    client = clients.create_client(vault, "Late Link", date_of_birth="1980-01-01").client_id
    note_id = _no_session_note(vault, client)
    booked = sessions.add_session(vault, client, date=DAY, start_time="10:00", duration_minutes=45)
    sessions.add_session(vault, client, date="2024-03-13", duration_minutes=45)  # another day: not offered
    options = note_sessions.link_options(vault, note_id)
    assert [s.session_id for s in options.sessions] == [booked.session_id] and not options.signed
    before = vault.ledger.head().seq
    linked = note_sessions.link_session(vault, note_id)
    assert linked.session_id == booked.session_id
    assert notes.get_note(vault, note_id).session_id == booked.session_id
    assert _ledger_since(vault, before) == [("note.updated", ["session_id"])]
    assert len(sessions.list_sessions(vault, client)) == 2  # nothing recorded
    with pytest.raises(InvalidInput, match="already documents a session"):
        note_sessions.link_session(vault, note_id)


def test_a_session_recorded_now_is_on_the_notes_day(vault: Vault) -> None:
    client = clients.create_client(vault, "Record Now", date_of_birth="1980-01-01").client_id
    note_id = _no_session_note(vault, client)
    with pytest.raises(InvalidInput, match="no session on the note's day"):
        note_sessions.link_session(vault, note_id)
    with pytest.raises(InvalidInput, match="how long"):
        note_sessions.link_session(vault, note_id, SessionChoice(SEPARATE), {})
    assert sessions.list_sessions(vault, client) == []  # nothing half done
    before = vault.ledger.head().seq
    linked = note_sessions.link_session(vault, note_id, SessionChoice(SEPARATE),
                                        {"duration_minutes": 38, "start_time": "16:00"})
    (recorded,) = sessions.list_sessions(vault, client)
    assert (linked.session_id, recorded.date.isoformat(), recorded.duration_minutes, recorded.start_time) == (
        recorded.session_id, DAY, 38, time(16))
    assert [k for k, _f in _ledger_since(vault, before)] == ["session.created", "note.updated"]


def test_a_signed_note_keeps_its_session_and_says_why(vault: Vault) -> None:
    client = clients.create_client(vault, "Signed Already", date_of_birth="1980-01-01").client_id
    note_id = _no_session_note(vault, client)
    notes.sign_note(vault, note_id)
    open_one = sessions.add_session(vault, client, date=DAY, duration_minutes=53)
    with pytest.raises(RefusedByPolicy) as refused:
        note_sessions.link_session(vault, note_id, SessionChoice(ATTACH, open_one.session_id))
    assert "part of what was signed" in refused.value.message and "addendum" in refused.value.hint
    assert notes.get_note(vault, note_id).session_id is None
    assert note_sessions.link_options(vault, note_id).signed


def test_cli_note_link_session(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                               tmp_path: Path) -> None:
    folder = tmp_path / "v"
    assert init_vault(folder).code == 0
    v = ["--vault", str(folder)]
    chart = cli(capsys, monkeypatch, "client", "add", "Cli Linker", *v, "--json").json()["client"]["chart_number"]

    def note() -> str:
        added = cli(capsys, monkeypatch, "note", "add", chart, "--date", DAY, "--text", "Seen.", *v, "--json")
        assert added.code == 0 and added.json()["note"]["session_id"] is None, added.err
        return str(added.json()["note"]["note_id"])

    first = note()
    none = cli(capsys, monkeypatch, "note", "link-session", first, *v)
    assert none.code == ExitCode.USAGE and "There is no session on the note's day" in none.err
    both = cli(capsys, monkeypatch, "note", "link-session", first, "--session", "x", "--new-session", *v)
    assert both.code == ExitCode.USAGE and "not both" in both.err
    stray = cli(capsys, monkeypatch, "note", "link-session", first, "--minutes", "50", *v)
    assert stray.code == ExitCode.USAGE and "--new-session" in stray.err
    made = cli(capsys, monkeypatch, "note", "link-session", first, "--new-session", "--minutes", "50", *v, "--json")
    assert made.code == 0, made.err
    session_id = made.json()["session_id"]
    assert sessions_listed(capsys, monkeypatch, chart, v) == [(session_id, DAY, 50)]

    second = note()  # the day's session has a note now: a second one only when chosen
    refused = cli(capsys, monkeypatch, "note", "link-session", second, *v)
    assert refused.code == ExitCode.USAGE and "has a note already" in refused.err
    taken = cli(capsys, monkeypatch, "note", "link-session", second, "--session", session_id, *v)
    assert taken.code == ExitCode.USAGE and "already has a progress note" in taken.err
    booked = cli(capsys, monkeypatch, "session", "add", chart, "--date", DAY, "--duration", "30", *v, "--json")
    linked = cli(capsys, monkeypatch, "note", "link-session", second, *v)
    assert linked.code == 0, linked.err
    assert f"Note {second} now documents session {booked.json()['session_id']} on {us_day(DAY)}." in linked.out

    third = note()
    assert cli(capsys, monkeypatch, "note", "sign", third, *v).code == 0
    signed = cli(capsys, monkeypatch, "note", "link-session", third, "--new-session", "--minutes", "20", *v)
    assert signed.code == ExitCode.REFUSED and "is signed" in signed.err and "addendum" in signed.err
    assert len(sessions_listed(capsys, monkeypatch, chart, v)) == 2  # nothing recorded for it


def sessions_listed(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, chart: str,
                    v: list[str]) -> list[tuple[str, str, int]]:
    listed = cli(capsys, monkeypatch, "session", "list", chart, *v, "--json")
    assert listed.code == 0, listed.err
    return sorted((s["session_id"], s["date"], s["duration_minutes"]) for s in listed.json())
