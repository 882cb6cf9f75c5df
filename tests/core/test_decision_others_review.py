"""A confidentiality decision's disclosure drawing on a couple, family or group session's note:
the same review as an export's (domain/disclosure_parts.others_refusals), ticked or left out.
Found: the decision's disclosure is recorded as manual (made by phone, form or letter), and the
gate weighed others' words only for exports, so a family session's note went to the agency
under a decision with nobody asked. A real SQLCipher vault in tmp_path; the real CLI."""

from __future__ import annotations

import pytest

from tests.core.cli_helpers import cli
from tests.core.decision_helpers import Chart, complete, make_chart
from vault_app.domain.errors import RefusedByPolicy
from vault_app.services import decisions, export, notes, sessions
from vault_app.services.vault import Vault


def _family_note(vault: Vault, chart: Chart) -> str:
    s = sessions.add_session(vault, chart.client_id, date=chart.day, duration_minutes=53, modality="family")
    note = notes.create_progress_note(vault, chart.client_id, session_id=s.session_id, note_date=chart.day,
                                      text="Family session: the sibling spoke of school.")
    notes.sign_note(vault, note.note_id)
    return note.note_id


def _codes(vault: Vault, decision_id: str) -> list[str]:
    verdict = decisions.readiness(vault, decision_id).verdict
    assert verdict is not None
    return [getattr(r, "code", "") for r in verdict.reasons] if not verdict.allowed else []


def test_a_family_note_under_a_decision_needs_the_review_or_is_left_out(vault: Vault) -> None:
    chart = make_chart(vault)
    family = _family_note(vault, chart)
    answers = complete("child_abuse", chart)
    answers["disclosure"]["item_ids"] = [chart.note_id, family]
    draft = decisions.start(vault, chart.client_id, "child_abuse", changes=answers)
    assert _codes(vault, draft.decision_id) == ["scope.others.one"]
    assert not decisions.readiness(vault, draft.decision_id).can_sign
    before = vault.ledger.head().seq
    with pytest.raises(RefusedByPolicy, match="other people said"):
        decisions.sign(vault, draft.decision_id)
    assert vault.ledger.head().seq == before and not decisions.get(vault, draft.decision_id).signed

    # Left out: the individual session's note goes.
    answers["disclosure"]["item_ids"] = [chart.note_id]
    decisions.update(vault, draft.decision_id, {"disclosure": answers["disclosure"]})
    assert _codes(vault, draft.decision_id) == []

    # Reviewed: both go, the review is logged with the disclosure and the signature holds.
    answers["disclosure"] |= {"item_ids": [chart.note_id, family], "others_reviewed": True}
    decisions.update(vault, draft.decision_id, {"disclosure": answers["disclosure"]})
    assert _codes(vault, draft.decision_id) == []
    result = decisions.sign(vault, draft.decision_id)
    logged = [r for r in export.disclosures(vault, chart.client_id) if r.disclosure_id == result.disclosure_id]
    assert logged[0].extra["others_reviewed"] == [family]
    view = decisions.view(vault, draft.decision_id)
    assert view.signature_valid is True and view.decision.disclosure is not None
    assert view.decision.disclosure.others_reviewed


def test_a_decision_signed_before_the_review_keeps_its_signature(vault: Vault) -> None:
    """The body a decision was signed over holds no review when none was ticked: a decision
    signed before the tick existed hashes as it did."""
    chart = make_chart(vault)
    draft = decisions.start(vault, chart.client_id, "child_abuse", changes=complete("child_abuse", chart))
    body = decisions.get(vault, draft.decision_id).canonical_content()
    assert "others_reviewed" not in body["disclosure"]
    decisions.sign(vault, draft.decision_id)
    assert decisions.view(vault, draft.decision_id).signature_valid is True


def test_the_cli_refuses_then_takes_the_review(
        vault: Vault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    chart = make_chart(vault)
    family = _family_note(vault, chart)
    answers = complete("child_abuse", chart)
    answers["disclosure"]["item_ids"] = [chart.note_id, family]
    draft = decisions.start(vault, chart.client_id, "child_abuse", changes=answers)
    folder = vault.folder
    vault.lock()
    v = ["--vault", str(folder)]
    check = cli(capsys, monkeypatch, "decision", "check", *v, draft.decision_id)
    said = check.out + check.err
    assert "refused" in said and "1 selected note may hold what other people said" in said
    assert "--reviewed-others" in said
    edited = cli(capsys, monkeypatch, "decision", "edit", *v, draft.decision_id, "--reviewed-others")
    assert edited.code == 0, edited.err
    assert "Ready to sign." in edited.out
    # Other notes chosen: the review was of the notes then chosen, and is asked again.
    again = cli(capsys, monkeypatch, "decision", "edit", *v, draft.decision_id, "--items", family)
    assert again.code == 0 and "other people said" in again.out
    edited = cli(capsys, monkeypatch, "decision", "edit", *v, draft.decision_id, "--reviewed-others")
    signed = cli(capsys, monkeypatch, "decision", "sign", *v, draft.decision_id)
    assert signed.code == 0, signed.err
