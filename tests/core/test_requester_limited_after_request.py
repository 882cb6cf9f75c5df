"""A parent who asked for the child's records, whose standing changed before the copy was given: the
chart now records them as not allowed to sign (a custody order limits their authority), or the therapist
declined to treat them as representative (45 CFR 164.502(g)(5)). The pending request is judged again:
the copy goes neither to them nor, in answer to their request, "to the client" (for a 15-year-old, the
copy handed back to the parent who asked), and the window says it needs review, how to settle it; the
request stays on file as theirs, its history with it, and a denial on not_representative answers them.
Found by the round's brief: the pending request still defaulted to the client's copy. Real vault, real
PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain.errors import RefusedByPolicy
from vault_app.services import access_copy, guardians, practice, requests
from vault_app.services.vault import Vault

CHANGES = {
    "may_not_sign": {"may_authorize": False},
    "declined": {"declined_on": "TODAY", "declined_reason": "reasonable belief of endangerment"},
}


def _asked_then_changed(vault: Vault, change: str) -> tuple[str, str, str]:
    """A 15-year-old (may consent from 14, so may have their own copy), the father alone recorded; his access
    request, then his standing changed."""
    chart = fx.make_chart(vault, n=2, date_of_birth=fx.born_years_ago(15))
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 14})
    father = guardians.add_guardian(vault, chart.client_id, "Ned Roe", authority="parent", relationship="father")
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3),
                             guardian_id=father.guardian_id)
    fields = {k: (fx.today() if v == "TODAY" else v) for k, v in CHANGES[change].items()}
    guardians.update_guardian(vault, chart.client_id, father.guardian_id, **fields)
    return chart.client_id, father.guardian_id, q.id


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_the_pending_request_needs_review_not_the_clients_copy(vault: Vault, tmp_path: Path, change: str) -> None:
    client_id, father, rid = _asked_then_changed(vault, change)
    out = tmp_path / "copies"
    out.mkdir()
    offered = access_copy.recipients(vault, rid)
    barred = dict(offered.barred)
    assert offered.default != access_copy.CLIENT, "never the client's copy by default"
    assert father in barred and access_copy.CLIENT in barred
    review = barred[access_copy.CLIENT]
    assert review.code == "access_copy.requester_no_longer" and review.params.get("id") == rid
    assert "Ned Roe" in review.message and "needs your review" in review.message
    why = {"may_not_sign": "recorded as not allowed to sign", "declined": "declined to treat them"}[change]
    assert why in review.message, review.message
    assert "not_representative" in (review.hint or "") and "--records-access" in (review.hint or "")
    for to in (None, access_copy.CLIENT):
        with pytest.raises(RefusedByPolicy):
            access_copy.grant_with_copy(vault, rid, folder=out, password=fx.PASSWORD, to=to)
    assert list(out.iterdir()) == [], "nothing written"
    q = requests.get_request(vault, rid)
    assert q.status == "open" and q.guardian_id == father, "kept as his request"
    kinds = [e.kind for e in vault.ledger.client_entries(client_id, ("request.requester_changed",))]
    assert kinds == ["request.requester_changed"], "the change is in the chart's history"
    denied, letter = requests.deny_request(vault, rid, grounds=["not_representative"], decided_on=fx.today())
    assert denied.status == "denied" and "Ned Roe" in letter.text()


def test_the_basis_recorded_lets_the_copy_go_to_him_again(vault: Vault, tmp_path: Path) -> None:
    client_id, father, rid = _asked_then_changed(vault, "may_not_sign")
    guardians.update_guardian(vault, client_id, father, records_access_basis="custody order of 03/02/2026, s. 4")
    offered = access_copy.recipients(vault, rid)
    assert offered.default == father and access_copy.CLIENT not in dict(offered.barred)
    out = tmp_path / "copies"
    out.mkdir()
    assert access_copy.grant_with_copy(vault, rid, folder=out, password=fx.PASSWORD, kinds=("progress",)).granted


def test_the_clients_own_request_is_unchanged(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(15))
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 14})
    father = guardians.add_guardian(vault, chart.client_id, "Ned Roe", authority="parent", relationship="father")
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3))
    guardians.update_guardian(vault, chart.client_id, father.guardian_id, may_authorize=False)
    offered = access_copy.recipients(vault, q.id)
    assert offered.default == access_copy.CLIENT and access_copy.CLIENT not in dict(offered.barred)


def test_the_command_line_says_it_when_the_standing_changes(
        vault: Vault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.core.cli_helpers import cli

    chart = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(15))
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 14})
    father = guardians.add_guardian(vault, chart.client_id, "Ned Roe", authority="parent", relationship="father")
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3),
                             guardian_id=father.guardian_id)
    folder = str(vault.folder)
    vault.lock()
    run = cli(capsys, monkeypatch, "guardian", "update", chart.client_id, father.guardian_id, "--may-not-sign",
              "--vault", folder)
    assert run.code == 0, run.err
    assert f"{q.id} was made on" in run.out and "needs your review" in run.out and "--ground not_representative" \
        in run.out
