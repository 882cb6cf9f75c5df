"""Signing rules, immutability, addenda, signatures and the audit trail of decisions."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import reopen
from tests.core.decision_helpers import CLIENT_NAME, REASONING, complete, ledger_kinds, make_chart
from vault_app.domain.errors import InvalidInput, NotFound, RefusedByPolicy
from vault_app.services import decisions, practice
from vault_app.services.vault import Vault
from vault_app.storage.compartment import Error


def _ready(vault: Vault, trigger: str = "child_abuse", **overrides: Any) -> decisions.Decision:
    chart = make_chart(vault)
    answers = {**complete(trigger, chart), **overrides}
    return decisions.start(vault, chart.client_id, trigger, session_id=chart.session_id, changes=answers)


@pytest.mark.parametrize(
    ("missing", "needed"),
    [
        ({"reasoning": ""}, "your clinical reasoning"),
        ({"exception": {}}, "the Exception step"),
        ({"exception": {"name": "Mandatory report"}}, "whether it is mandatory or permissive"),
        ({"client_informed": {}}, "whether the client was informed"),
        ({"client_informed": {"informed": False}}, "why the client was not informed"),
        ({"client_informed": {"informed": False, "reason_code": "safety"}}, "why the client was not informed"),
        ({"client_informed": {"informed": True}}, "when the client was informed"),
        ({"duty": {}}, "the Duty step"),
        ({"outcome": None}, "the decision"),
    ],
)
def test_cannot_sign_without_the_required_documentation(vault: Vault, missing: dict[str, Any], needed: str) -> None:
    draft = _ready(vault, **missing)
    assert needed in " ".join(decisions.readiness(vault, draft.decision_id).problems)
    before = ledger_kinds(vault)
    with pytest.raises(InvalidInput, match="cannot be signed yet") as err:
        decisions.sign(vault, draft.decision_id)
    assert needed in err.value.message
    assert ledger_kinds(vault) == before  # nothing disclosed, nothing signed
    assert not decisions.get(vault, draft.decision_id).signed


def test_not_informed_with_a_reason_signs(vault: Vault) -> None:
    why = {"informed": False, "reason_code": "safety", "reason": "Telling the client now would endanger the child."}
    draft = _ready(vault, client_informed=why)
    assert decisions.sign(vault, draft.decision_id).decision.signed


@pytest.mark.parametrize(
    ("field", "value", "needed"),
    [
        ("what", "", "what exactly was disclosed"),
        ("minimum_necessary", False, "only the minimum necessary"),
        ("recipient", "", "to whom"),
        ("method", None, "how it was disclosed"),
        ("on", None, "when it was disclosed"),
        ("item_ids", [], "which records the disclosure draws on"),
    ],
)
def test_a_disclosure_needs_what_to_whom_how_and_when(vault: Vault, field: str, value: Any, needed: str) -> None:
    chart = make_chart(vault)
    answers = complete("child_abuse", chart)
    answers["disclosure"][field] = value
    draft = decisions.start(vault, chart.client_id, "child_abuse", changes=answers)
    with pytest.raises(InvalidInput, match=needed):
        decisions.sign(vault, draft.decision_id)


def test_national_security_never_tells_the_client(vault: Vault) -> None:
    chart = make_chart(vault)
    draft = decisions.start(vault, chart.client_id, "national_security")
    assert draft.client_informed.informed is False
    assert draft.client_informed.reason_code == "national_security"
    with pytest.raises(RefusedByPolicy, match="must not be told"):
        decisions.update(vault, draft.decision_id, {"client_informed": {"informed": True, "on": chart.day}})
    view = decisions.view(vault, draft.decision_id)
    assert view.as_dict()["must_not_tell_client"] is True


def test_a_signed_decision_is_immutable_with_addenda(vault: Vault) -> None:
    draft = _ready(vault)
    signed = decisions.sign(vault, draft.decision_id).decision
    with pytest.raises(RefusedByPolicy, match="signed"):
        decisions.update(vault, signed.decision_id, {"reasoning": "changed afterwards"})
    with pytest.raises(RefusedByPolicy, match="signed"):
        decisions.sign(vault, signed.decision_id)
    with pytest.raises(RefusedByPolicy):
        decisions.discard_draft(vault, signed.decision_id)
    # Below the service, the table refuses too.
    with pytest.raises(Error, match="immutable"):
        vault.records.execute("UPDATE confidentiality_decisions SET body = '{}' WHERE decision_id = ?",
                              (signed.decision_id,))
    addendum = decisions.add_addendum(vault, signed.decision_id, "CPS called back: case opened.")
    with pytest.raises(Error, match="immutable"):
        vault.records.execute("UPDATE confidentiality_decision_addenda SET text = 'x' WHERE addendum_id = ?",
                              (addendum.addendum_id,))
    view = decisions.view(vault, signed.decision_id)
    assert [a.text for a in view.addenda] == ["CPS called back: case opened."]
    assert view.signature_valid is True
    assert ledger_kinds(vault)[-2:] == ["decision.addendum", "decision.viewed"]


def test_addenda_only_on_signed_decisions(vault: Vault) -> None:
    draft = _ready(vault)
    with pytest.raises(InvalidInput, match="not signed yet"):
        decisions.add_addendum(vault, draft.decision_id, "too early")
    with pytest.raises(Error, match="signed decisions"):
        vault.records.execute(
            "INSERT INTO confidentiality_decision_addenda (addendum_id, decision_id, client_id, author, created_at, "
            "text) VALUES ('a1', ?, ?, 'x', 'now', 'x')", (draft.decision_id, draft.client_id))
    with pytest.raises(InvalidInput, match="empty"):
        decisions.add_addendum(vault, draft.decision_id, "   ")


def test_an_edit_made_with_outside_tools_breaks_the_signature(vault: Vault) -> None:
    signed = decisions.sign(vault, _ready(vault).decision_id).decision
    vault.records.execute("DROP TRIGGER confidentiality_decisions_signed_locked")
    vault.records.execute(
        "UPDATE confidentiality_decisions SET body = json_set(body, '$.reasoning', 'rewritten') WHERE decision_id = ?",
        (signed.decision_id,),
    )
    assert decisions.view(vault, signed.decision_id).signature_valid is False


def test_jurisdiction_snapshot_is_frozen_at_signing(vault: Vault) -> None:
    draft = _ready(vault)
    practice.update(vault, jurisdiction={"elder_abuse_reporting_age": 62})
    edited = decisions.update(vault, draft.decision_id, {"follow_up": ["call back"]})
    assert edited.law.jurisdiction["elder_abuse_reporting_age"] == 62  # a draft takes the settings in force
    decisions.sign(vault, draft.decision_id)
    practice.update(vault, jurisdiction={"elder_abuse_reporting_age": 70})
    assert decisions.get(vault, draft.decision_id).law.jurisdiction["elder_abuse_reporting_age"] == 62


def test_drafts_survive_a_reopen_and_can_be_discarded(vault: Vault) -> None:
    draft = _ready(vault)
    folder = vault.folder
    vault.lock()
    again = reopen(folder)
    try:
        found = decisions.get(again, draft.decision_id)
        assert found == draft
        decisions.discard_draft(again, draft.decision_id)
        with pytest.raises(NotFound):
            decisions.get(again, draft.decision_id)
        assert ledger_kinds(again)[-1] == "decision.discarded"
    finally:
        again.lock()


def test_session_must_belong_to_the_chart(vault: Vault) -> None:
    one = make_chart(vault)
    other = make_chart(vault, name="Another Person")
    with pytest.raises(NotFound, match="session"):
        decisions.start(vault, one.client_id, "self_harm", session_id=other.session_id)
    with pytest.raises(NotFound):
        decisions.start(vault, "0123456789abcdef", "self_harm")


def test_lists_per_chart_and_across_the_vault(vault: Vault) -> None:
    one = make_chart(vault, chart_number="A-1")
    two = make_chart(vault, name="Second Client", chart_number="B-2")
    d1 = decisions.start(vault, one.client_id, "child_abuse", changes=complete("child_abuse", one))
    d2 = decisions.start(vault, two.client_id, "subpoena")
    decisions.sign(vault, d1.decision_id)
    assert [s.decision_id for s in decisions.list_decisions(vault, client_id=one.client_id)] == [d1.decision_id]
    every = decisions.list_decisions(vault)
    assert {s.decision_id for s in every} == {d1.decision_id, d2.decision_id}
    assert {s.chart_number for s in every} == {"A-1", "B-2"}
    assert [s.decision_id for s in decisions.list_decisions(vault, unsigned_only=True)] == [d2.decision_id]
    assert [s.decision_id for s in decisions.list_decisions(vault, trigger="subpoena")] == [d2.decision_id]
    listed = str([s.as_dict() for s in every])
    assert REASONING not in listed and CLIENT_NAME not in listed


def test_every_decision_table_is_found_by_client_id(vault: Vault) -> None:
    for table in ("confidentiality_decisions", "confidentiality_decision_addenda"):
        columns = [r[1] for r in vault.records.query(f"PRAGMA table_info({table})")]
        assert "client_id" in columns


def test_destroying_a_chart_takes_its_signed_decisions_and_addenda(vault: Vault) -> None:
    from vault_app.storage import destruction_delete

    signed = decisions.sign(vault, _ready(vault).decision_id).decision
    decisions.add_addendum(vault, signed.decision_id, "Follow-up done.")
    tables = {t.name for t in destruction_delete.chart_tables(vault.records)}
    assert {"confidentiality_decisions", "confidentiality_decision_addenda"} <= tables
    counts = destruction_delete.count_chart_rows(vault.records, signed.client_id)
    assert counts["confidentiality_decisions"] == 1 and counts["confidentiality_decision_addenda"] == 1
    destruction_delete.delete_chart(vault.records, signed.client_id)  # signed rows do not block destruction
    assert destruction_delete.count_references(vault.records, signed.client_id) == {}
    with pytest.raises(NotFound):
        decisions.get(vault, signed.decision_id)
