"""Outcome measures through the services on a real vault: enter, correct, list, show,
trend; the ledger holds ids only; the item-9 flag in the session's progress note; bad
input loses nothing; a destroyed chart takes its measures with it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.conftest import reopen
from tests.core.clinical_helpers import state
from tests.core.destruction_helpers import seed_chart
from vault_app.domain.errors import InvalidInput, NotFound
from vault_app.services import clients, destruction, measures, notes, sessions
from vault_app.services.changes import Kind
from vault_app.services.vault import Vault
from vault_app.storage import destruction_delete

PHQ_MILD = [1, 1, 1, 1, 1, 1, 1, 0, 0]  # 7: mild, item 9 = 0
PHQ_RISK = [2, 2, 2, 2, 1, 1, 1, 0, 1]  # 12: moderate, item 9 = 1
GAD_MOD = [2, 2, 2, 2, 1, 1, 1]  # 11: moderate


def _client(vault: Vault) -> str:
    return clients.create_client(vault, "Avery Testperson", date_of_birth="1980-02-03").client_id


def test_record_list_show_trend_and_reopen(vault: Vault, vault_dir: Path) -> None:
    cid = _client(vault)
    s1 = sessions.add_session(vault, cid, date="2026-01-05", duration_minutes=50)
    vault.changes.take()
    first = measures.record_measure(vault, cid, "phq9", [3, 3, 2, 2, 2, 2, 2, 2, 0], session_id=s1.session_id)
    changed = vault.changes.take()
    assert changed.touches_client(cid, Kind.MEASURES) and cid in changed.clients
    assert (first.measure.total, first.measure.band, first.measure.taken_on) == (18, "moderately severe",
                                                                                  date(2026, 1, 5))
    assert first.flag is None
    # A date with exactly one session attaches to it; another date stands alone.
    s2 = sessions.add_session(vault, cid, date="2026-02-02", duration_minutes=50)
    second = measures.record_measure(vault, cid, "phq9", PHQ_MILD, taken_on="2026-02-02")
    assert second.measure.session_id == s2.session_id
    gad = measures.record_measure(vault, cid, "gad7", GAD_MOD, taken_on="2026-02-03")
    assert gad.measure.session_id is None and gad.measure.band == "moderate"

    listed = measures.list_measures(vault, cid)
    assert [m.measure_id for m in listed] == [first.measure.measure_id, second.measure.measure_id,
                                              gad.measure.measure_id]
    assert [m.instrument for m in measures.list_measures(vault, cid, instrument="GAD7")] == ["gad7"]
    shown = measures.show_measure(vault, second.measure.measure_id)
    assert shown.measure.answers == tuple(PHQ_MILD) and shown.instrument.title == "PHQ-9"

    [phq_trend, gad_trend] = sorted(measures.trends(vault, cid), key=lambda t: t.instrument.key, reverse=True)
    assert [p.total for p in phq_trend.points] == [18, 7]
    assert [p.change_from_baseline for p in phq_trend.points] == ["no reliable change", "improved"]
    assert gad_trend.instrument.key == "gad7" and len(gad_trend.points) == 1

    # The ledger: ids and the instrument's name, never answers, totals or bands.
    entries = vault.ledger.entries(kinds=("measure.recorded",))
    assert len(entries) == 3
    for e in entries:
        assert set(e.payload) == {"client_id", "measure_id", "session_id", "instrument"}
    vault.lock()
    with reopen(vault_dir) as again:
        assert [m.total for m in measures.list_measures(again, cid)] == [18, 7, 11]
        assert again.verify_ledger().ok


def test_correction_supersedes_and_keeps_the_original(vault: Vault) -> None:
    cid = _client(vault)
    wrong = measures.record_measure(vault, cid, "gad7", [3, 3, 3, 3, 3, 3, 3], taken_on="2026-03-01")
    fixed = measures.correct_measure(vault, wrong.measure.measure_id, GAD_MOD, reason="typed into the wrong row")
    assert fixed.measure.replaces == wrong.measure.measure_id and fixed.measure.taken_on == date(2026, 3, 1)
    assert [m.total for m in measures.list_measures(vault, cid)] == [11]
    history = measures.list_measures(vault, cid, include_superseded=True)
    assert {m.measure_id: m.superseded_by for m in history} == {
        wrong.measure.measure_id: fixed.measure.measure_id, fixed.measure.measure_id: None}
    assert [p.total for p in measures.trend(vault, cid, "gad7").points] == [11]
    [entry] = vault.ledger.entries(kinds=("measure.corrected",))
    assert entry.payload["replaces"] == wrong.measure.measure_id and "answers" not in entry.payload
    with pytest.raises(InvalidInput, match="already corrected"):
        measures.correct_measure(vault, wrong.measure.measure_id, GAD_MOD, reason="again")
    with pytest.raises(InvalidInput, match="reason"):
        measures.correct_measure(vault, fixed.measure.measure_id, GAD_MOD, reason="  ")


def test_item9_starts_a_draft_when_the_session_has_no_note(vault: Vault) -> None:
    cid = _client(vault)
    s = sessions.add_session(vault, cid, date="2026-04-01", duration_minutes=50)
    result = measures.record_measure(vault, cid, "phq9", PHQ_RISK, session_id=s.session_id)
    assert result.flag is not None and result.flag.note_outcome == "draft_started"
    assert result.flag.decision_trigger == "self_harm" and any("safety plan" in s for s in result.flag.next_steps)
    note = notes.get_note(vault, result.flag.note_id or "")
    assert note.session_id == s.session_id and not note.signed
    assert "PHQ-9 04/01/2026: total 12 (moderate); item 9 answered above" in note.sections["assessment"]


def test_item9_adds_a_line_to_an_unsigned_draft(vault: Vault) -> None:
    cid = _client(vault)
    s = sessions.add_session(vault, cid, date="2026-04-02", duration_minutes=50)
    draft = notes.create_progress_note(vault, cid, template="dap", session_id=s.session_id,
                                       sections={"data": "Client arrived on time.", "assessment": "Low mood."})
    vault.changes.take()
    result = measures.record_measure(vault, cid, "phq9", PHQ_RISK, session_id=s.session_id)
    assert result.flag is not None and (result.flag.note_outcome, result.flag.note_id) == ("noted_in_draft",
                                                                                          draft.note_id)
    after = notes.get_note(vault, draft.note_id)
    assert after.sections["data"] == "Client arrived on time."
    assert after.sections["assessment"].startswith("Low mood.\n\n[PHQ-9 04/02/2026: total 12")
    # Both the measures and the note screens hear about it.
    heard = vault.changes.take()
    assert Kind.MEASURES in heard.kinds and Kind.NOTES in heard.kinds and cid in heard.clients


def test_item9_never_touches_a_signed_note(vault: Vault) -> None:
    cid = _client(vault)
    s = sessions.add_session(vault, cid, date="2026-04-03", duration_minutes=50)
    note = notes.create_progress_note(vault, cid, text="Session content.", template="free", session_id=s.session_id)
    signed = notes.sign_note(vault, note.note_id)
    result = measures.record_measure(vault, cid, "phq9", PHQ_RISK, session_id=s.session_id)
    assert result.flag is not None and result.flag.note_outcome == "note_signed"
    assert notes.get_note(vault, note.note_id).sections == signed.sections
    assert notes.verify_signature(vault, notes.get_note(vault, note.note_id)) is True


def test_item9_without_a_session_is_flagged_only(vault: Vault) -> None:
    cid = _client(vault)
    result = measures.record_measure(vault, cid, "phq9", PHQ_RISK, taken_on="2026-04-04")
    assert result.flag is not None and result.flag.note_outcome == "no_session" and result.flag.note_id is None
    assert notes.list_notes(vault, cid) == []
    assert measures.show_measure(vault, result.measure.measure_id).flag is not None


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"instrument": "phq9", "answers": [1] * 8}, InvalidInput, "each of its 9 items"),
        ({"instrument": "phq9", "answers": [1] * 8 + [7]}, InvalidInput, "Item 9"),
        ({"instrument": "pcl5", "answers": [1] * 20}, NotFound, "No measure called"),
        ({"instrument": "gad7", "answers": GAD_MOD, "taken_on": "2199-01-01"}, InvalidInput, "future"),
        ({"instrument": "gad7", "answers": GAD_MOD, "session_id": "0123456789abcdef"}, NotFound, "No session"),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(vault: Vault, kwargs: dict[str, object], error: type[Exception],
                                                  message: str) -> None:
    cid = _client(vault)
    before = state(vault)
    with pytest.raises(error) as err:
        measures.record_measure(vault, cid, **kwargs)  # type: ignore[arg-type]
    assert message in str(err.value)
    assert "Avery" not in str(err.value)
    assert state(vault) == before


def test_a_session_of_another_chart_is_refused(vault: Vault) -> None:
    cid, other = _client(vault), clients.create_client(vault, "Blake Other").client_id
    s = sessions.add_session(vault, other, date="2026-01-05", duration_minutes=50)
    with pytest.raises(NotFound):
        measures.record_measure(vault, cid, "gad7", GAD_MOD, session_id=s.session_id)
    with pytest.raises(NotFound):
        measures.list_measures(vault, "0000000000000000")


def test_destroying_a_chart_removes_its_measures(psy_vault: Vault, vault_dir: Path) -> None:
    assert "measures" in {t.name for t in destruction_delete.chart_tables(psy_vault.records)}
    target, keep = seed_chart(psy_vault, "T"), seed_chart(psy_vault, "K")
    for chart in (target, keep):
        measures.record_measure(psy_vault, chart.client_id, "gad7", GAD_MOD, taken_on="2010-03-04")
    psy_vault.lock()
    with reopen(vault_dir, psychotherapy=True) as v:
        cert = destruction.destroy(v, target.chart_number, basis="retention", confirm=target.chart_number)
        assert cert["verification"]["result"] == "passed"
        assert destruction_delete.count_chart_rows(v.records, target.client_id).get("measures") == 0
        assert [m.total for m in measures.list_measures(v, keep.client_id)] == [11]
