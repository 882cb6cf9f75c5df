"""The session a draft note recorded (records migration 0104) is no visit until the note is
signed: the worklist does not weigh it as one, the note editor and "Link to a session…" do not
offer it as one, editing it does not make it one, and one left behind by a kill between the
session and its note is swept at the next unlock. A real vault, the services the screens call."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import reopen
from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from tests.core.test_open_export import read_archive
from vault_app.domain.disclosure_basis import LegalBasis
from vault_app.services import access_copy, clients, draft_sessions_left, export, measures, notes, sessions, worklist
from vault_app.services.notes import DraftState, ProgressDraft
from vault_app.services.open_export import open_export
from vault_app.services.vault import Vault

SESSION = {"duration_minutes": 53, "modality": "individual", "setting": "in_person", "cpt_code": None,
           "icd10_codes": []}


def _draft(vault: Vault, client_id: str, day: date, text: str = "Written ahead.") -> DraftState:
    """The note editor's first save (Ctrl+N on a day with no session): a draft and its session."""
    state = DraftState()
    draft = ProgressDraft("soap", {"subjective": text}, {**SESSION, "date": day.isoformat()})
    assert notes.save_progress_note(vault, client_id, state, draft) is not None
    assert state.session_id is not None and sessions.draft_only(vault, state.session_id)
    return state


def test_a_drafts_session_is_not_a_second_session_of_the_day_on_the_worklist(vault: Vault) -> None:
    """A note written ahead for the visit, then the visit recorded from the command line: one
    visit, owed a note (its session) and a signature (the draft), not a day billed twice."""
    day = date.today() - timedelta(days=1)
    c = clients.create_client(vault, "Ahead Then Booked", chart_number="AB-1").client_id
    state = _draft(vault, c, day)
    booked = sessions.add_session(vault, c, date=day, start_time="10:00", duration_minutes=53)
    work = worklist.build(vault)
    assert work.section("sessions_same_day") == []
    assert [i.item_id for i in work.section("sessions_without_notes")] == [booked.session_id]
    assert [i.item_id for i in work.section("unsigned_notes")] == [state.note_id]
    # Signed, the draft's session is a visit: two sessions that day, one without a note.
    notes.sign_note(vault, state.note_id or "")
    assert [i.item_id for i in worklist.build(vault).section("sessions_same_day")] == [f"{c}:{day.isoformat()}"]


def test_a_drafts_session_does_not_make_a_measure_due(vault: Vault) -> None:
    """A measure is due again for a client seen since: a draft written ahead is no visit."""
    today = date.today()
    c = clients.create_client(vault, "Measured Once", chart_number="MO-1").client_id
    measures.record_measure(vault, c, "phq9", [1, 1, 1, 1, 1, 1, 1, 1, 0], taken_on=today - timedelta(days=35))
    state = _draft(vault, c, today)
    assert worklist.build(vault, on=today).section("measures_due") == []
    notes.sign_note(vault, state.note_id or "")
    assert [i.item_id for i in worklist.build(vault, on=today).section("measures_due")] == ["phq9"]


def test_a_drafts_session_left_without_its_note_by_a_kill_is_swept_at_the_next_unlock(
        vault: Vault, vault_dir: Path) -> None:
    """The editor's first save writes the session, then the note, each in its own transaction:
    killed between them, the session stays, recorded for a draft that never was (no visit, no
    note to sign or discard). The next unlock removes it and says so in the ledger; a draft's
    session with its draft, and a session recorded by the therapist without a note, stay."""
    day = date.today() - timedelta(days=1)
    c = clients.create_client(vault, "Killed Mid Save", chart_number="KM-1").client_id
    kept = _draft(vault, c, day - timedelta(days=7))
    booked = sessions.add_session(vault, c, date=day - timedelta(days=3), duration_minutes=45)
    left = sessions.add_session(vault, c, date=day, draft_only=True, **{k: v for k, v in SESSION.items()
                                                                         if k != "cpt_code"})
    # No visit, owed no note: not among the sessions without one (it was, as a visit).
    assert [i.item_id for i in worklist.build(vault).section("sessions_without_notes")] == [booked.session_id]
    # Just written, it may be another process's save between its two writes: left alone.
    assert draft_sessions_left.sweep(vault) == []
    # Written before the kill, an hour ago (the stamp the save wrote, moved back).
    hour_ago = (datetime.now(UTC) - timedelta(hours=1)).isoformat(timespec="microseconds")
    vault.records.execute("UPDATE sessions SET created_at = ? WHERE session_id = ?", (hour_ago, left.session_id))
    vault.lock()
    again = reopen(vault_dir)
    try:
        assert [s.session_id for s in sessions.list_sessions(again, c)] == [kept.session_id, booked.session_id]
        assert [e.payload for e in again.ledger.entries() if e.kind == "session.deleted"] == [
            {"client_id": c, "session_id": left.session_id, "draft_only": True, "left_without_note": True}]
        assert [i.item_id for i in worklist.build(again).section("sessions_without_notes")] == [booked.session_id]
    finally:
        again.lock()


def test_a_drafts_session_corrected_stays_no_visit_and_the_command_line_says_so(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, vault: Vault, vault_dir: Path) -> None:
    """A correction (length, date, type) is what the therapist fixes in a session, not a word
    that the visit took place: the note's signature is (docs/clinical.md). The editor's own
    autosave corrects the same session as the therapist types its length. `session update`
    said "unbilled" of it, as of a visit waiting to be billed."""
    day = date.today() - timedelta(days=2)
    c = clients.create_client(vault, "Corrected Ahead", chart_number="CA-1").client_id
    state = _draft(vault, c, day)
    session_id = state.session_id or ""
    sessions.update_session(vault, session_id, duration_minutes=45, service_type="psychotherapy")
    assert sessions.draft_only(vault, session_id) and clients.get_client(vault, c).last_contact is None
    vault.lock()
    v = ["--vault", str(vault_dir)]
    said = cli(capsys, monkeypatch, "session", "update", session_id, "--date", (day - timedelta(days=1)).isoformat(),
               "--duration", "38", *v)
    assert said.code == 0, said.err
    assert said.out.rstrip().endswith("38 min individual, CPT 90837, not a visit yet (note unsigned)"), said.out
    as_json = cli(capsys, monkeypatch, "session", "update", session_id, "--duration", "40", "--json", *v)
    assert as_json.code == 0 and as_json.json()["draft_only"] is True
    again = reopen(vault_dir)
    try:
        assert sessions.draft_only(again, session_id) and clients.get_client(again, c).last_contact is None
        notes.sign_note(again, state.note_id or "")
        assert clients.get_client(again, c).last_contact == day - timedelta(days=1)
    finally:
        again.lock()


def test_note_add_on_a_day_with_only_another_drafts_session_says_what_it_is(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, vault: Vault, vault_dir: Path) -> None:
    """`note add --date` on the day of a draft written in the app: no session, as the app's
    default (the visit billed once), said as what it is, not "already has a note"."""
    day = date.today() - timedelta(days=1)
    c = clients.create_client(vault, "Cli Second Note", chart_number="CS-1").client_id
    _draft(vault, c, day)
    vault.lock()
    added = cli(capsys, monkeypatch, "note", "add", "CS-1", "--date", day.isoformat(), "--template", "free",
                "--text", "Phone call with the school.", "--vault", str(vault_dir))
    assert added.code == 0, added.err
    said = added.out + added.err
    assert "recorded for another note still unsigned (not a visit until it is signed)" in said, said
    assert "already has a note" not in said


def test_a_drafts_session_is_not_disclosed_as_a_date_of_service(vault: Vault, tmp_path: Path) -> None:
    """The complete open export's sessions are dates of service (billing information): a draft
    left out of the copy as unsigned took its session along as a visit that never was billed."""
    chart = fx.make_chart(vault, n=2)
    ahead = _draft(vault, chart.client_id, date.today() - timedelta(days=1), "Written ahead of the visit.")
    auth = fx.add_auth(vault, chart.client_id, covers=["progress", "billing"], description="Transfer of care")
    out = tmp_path / "chart.pdf"
    result = open_export(vault, chart.client_id, recipient=fx.RECIPIENT, purpose=fx.PURPOSE,
                         basis=LegalBasis("authorization", {}, auth.id), out=out, password=fx.PASSWORD,
                         leave_out_drafts=True)
    data = json.loads(read_archive(out, fx.PASSWORD)["chart.json"])
    assert {s["session_id"] for s in data["sessions"]} == set(chart.sessions)
    assert ahead.session_id not in json.dumps(data)
    assert result.sessions == 2  # type: ignore[attr-defined]
    billed = [d for d in export.disclosures(vault, chart.client_id) if d.kind == "billing"]
    assert billed and all(ahead.session_id not in d.item_ids for d in billed)
    # An access copy's billing part selects its sessions as the gate does.
    held = access_copy.held_items(vault, chart.client_id, "billing", None, None, date.today())
    assert {i.id for i in held} == set(chart.sessions)


def test_note_add_new_session_records_it_as_the_note_window_does(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, vault: Vault, vault_dir: Path) -> None:
    """`note add --new-session` made the draft's session a visit at once (agenda, last visit,
    account), where the note window and `note link-session --new-session` wait for the signature."""
    day = date.today() - timedelta(days=1)
    c = clients.create_client(vault, "Cli New Session", chart_number="CN-1").client_id
    vault.lock()
    v = ["--vault", str(vault_dir)]
    added = cli(capsys, monkeypatch, "note", "add", "CN-1", "--date", day.isoformat(), "--new-session", "--minutes",
                "53", "--template", "free", "--text", "Seen.", *v, "--json")
    assert added.code == 0, added.err
    note_id, session_id = added.json()["note"]["note_id"], added.json()["note"]["session_id"]
    assert "a visit once the note is signed" in added.json()["session"]
    listed = cli(capsys, monkeypatch, "session", "list", "CN-1", *v, "--json").json()
    assert [s["billing_shown"] for s in listed] == ["draft_only"]
    again = reopen(vault_dir)
    try:
        assert sessions.draft_only(again, session_id) and clients.get_client(again, c).last_contact is None
        notes.sign_note(again, note_id)
        assert clients.get_client(again, c).last_contact == day
    finally:
        again.lock()


def test_note_add_sign_new_session_says_the_visit_is_counted(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, vault: Vault, vault_dir: Path) -> None:
    """Found by a walker: `note add --sign --new-session` printed "Signed: …" and then "a visit once
    the note is signed", as if something were still to be done."""
    day = date.today() - timedelta(days=1)
    clients.create_client(vault, "Cli Signed Session", chart_number="CS-1")
    vault.lock()
    added = cli(capsys, monkeypatch, "note", "add", "CS-1", "--date", day.isoformat(), "--new-session", "--minutes",
                "53", "--template", "free", "--text", "Seen.", "--sign", "--vault", str(vault_dir))
    assert added.code == 0, added.err
    assert added.out.startswith("Signed:"), added.out
    assert "once the note is signed" not in added.out
    assert "a visit now that the note is signed" in added.out
    listed = cli(capsys, monkeypatch, "session", "list", "CS-1", "--vault", str(vault_dir), "--json").json()
    assert [s["billing_shown"] for s in listed] != ["draft_only"]  # the visit counts, as said
