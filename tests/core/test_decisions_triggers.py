"""For each trigger: the right prompts, the gate's verdict for the disclosure it leads to,
the ledger entries, the accounting entry (or its lawful exclusion); a subpoena never discloses."""

from __future__ import annotations

import json

import pytest

from tests.conftest import PASSPHRASE
from tests.core.decision_helpers import CLIENT_NAME, REASONING, accounting_for, complete, ledger_kinds, make_chart
from vault_app.domain.decisions import TRIGGERS
from vault_app.domain.disclosure_basis import SUBPOENA_ADVICE
from vault_app.domain.errors import RefusedByPolicy
from vault_app.services import decisions, export
from vault_app.services.vault import Vault

# trigger -> (words its prompts must say, the gate basis, whether the accounting lists it)
EXPECTED: dict[str, tuple[tuple[str, ...], str, bool]] = {
    "child_abuse": (("reasonable suspicion", "mandatory reporters", "child protective services"),
                    "a disclosure required by law", True),
    "elder_abuse": (("aged 65 or over", "adult protective services", "dependent adult"),
                    "a disclosure required by law", True),
    "duty_to_warn": (("PERMISSIVE", "identifiable person", "plan, intent, means"),
                     "a disclosure to prevent or lessen a serious and imminent threat", True),
    "self_harm": (("imminent risk", "access to means", "988"),
                  "a disclosure to prevent or lessen a serious and imminent threat", True),
    "court_order": (("signed by a judge", "only for what it requires", "Attach a copy"), "a court order", True),
    "subpoena": (("A subpoena alone is not a court order", "Notify the client", "consult counsel"),
                 "a subpoena", False),
    "national_security": (("must NOT tell the client", "164.512(k)(2)", "left out of the client's accounting"),
                          "national security or intelligence activities", False),
    "other": (("health-oversight request", "which exception"), "health oversight", True),
}


def test_every_trigger_is_covered() -> None:
    assert set(EXPECTED) == set(TRIGGERS)


def _text(guide: decisions.TriggerGuide) -> str:
    return " ".join([guide.summary, *(p.question + " " + p.explanation for p in guide.prompts)])


@pytest.mark.parametrize("trigger", TRIGGERS)
def test_trigger_prompts_verdict_ledger_and_accounting(vault: Vault, trigger: str) -> None:
    chart = make_chart(vault)
    words, basis_title, accountable = EXPECTED[trigger]

    # The right prompts, in DEAL order.
    guide = decisions.guide(vault, trigger, chart.client_id)
    assert [p.step for p in guide.prompts][:4] == ["duty", "exception", "ask", "law"]
    for phrase in words:
        assert phrase.lower() in _text(guide).lower(), phrase

    start = vault.ledger.head().seq + 1
    draft = decisions.start(vault, chart.client_id, trigger, session_id=chart.session_id)
    decision = decisions.update(vault, draft.decision_id, complete(trigger, chart))

    # The gate's verdict for the disclosure the decision leads to.
    ready = decisions.readiness(vault, decision.decision_id)
    assert ready.problems == ()
    assert ready.verdict is not None
    assert basis_title in ready.verdict.basis_title
    if trigger == "subpoena":
        assert not ready.verdict.allowed
        assert SUBPOENA_ADVICE in ready.verdict.reasons
    else:
        assert ready.verdict.allowed, ready.verdict.reasons
        assert ready.verdict.accountable is accountable
        assert ready.verdict.item_ids == (chart.note_id,)
    assert ready.can_sign

    result = decisions.sign(vault, decision.decision_id)

    # The ledger: created, (one disclosure), signed; ids and metadata only.
    kinds = ledger_kinds(vault, start)
    if trigger == "subpoena":
        assert kinds == ["decision.created", "decision.signed"]
        assert result.disclosure_id is None
    else:
        assert kinds == ["decision.created", "disclosure", "decision.signed"]
        assert result.disclosure_id
    entries = vault.ledger.entries(since_seq=start)
    signed = entries[-1].payload
    assert signed["decision_id"] == decision.decision_id
    assert signed["disclosure_id"] == result.disclosure_id
    dumped = json.dumps([e.payload for e in entries])
    assert CLIENT_NAME not in dumped
    assert REASONING not in dumped
    assert "Names, the child's address" not in dumped  # the therapist's words stay in the chart

    # The accounting of disclosures: listed, or lawfully excluded.
    accounting = accounting_for(vault, chart.client_id)
    listed = [line.first.disclosure_id for line in accounting.lines]
    excluded = [line.first.disclosure_id for line in accounting.excluded]
    if trigger == "subpoena":
        assert listed == [] and excluded == []
        assert export.disclosures(vault, chart.client_id) == []
    elif accountable:
        assert listed == [result.disclosure_id]
        line = accounting.lines[0].first
        assert line.recipient.name == complete(trigger, chart)["disclosure"]["recipient"]
        assert line.manual and line.item_ids == (chart.note_id,)
    else:  # national security: lawfully excluded, and never shown to the client, not even as an exclusion
        assert listed == [] and excluded == []
        assert accounting.withheld == 1
        logged = export.disclosures(vault, chart.client_id)
        assert [r.disclosure_id for r in logged] == [result.disclosure_id]
        assert not logged[0].accountable and "national security" in logged[0].exclusion

    view = decisions.view(vault, decision.decision_id)
    assert view.decision.signed and view.signature_valid is True
    assert view.decision.disclosure_id == result.disclosure_id


def test_a_subpoena_never_discloses(vault: Vault) -> None:
    chart = make_chart(vault)
    draft = decisions.start(vault, chart.client_id, "subpoena")
    assert draft.outcome == "seek_order"  # the prompts' answer, prefilled
    assert any("Notify the client" in s for s in draft.follow_up)
    assert any("counsel" in s for s in draft.follow_up)
    answers = complete("subpoena", chart)

    # Deciding to disclose is refused while drafting, not only at signing.
    with pytest.raises(RefusedByPolicy, match="subpoena alone is not a court order"):
        decisions.update(vault, draft.decision_id, {**answers, "outcome": "disclose"})
    # Even with disclosure details filled in, signing records no disclosure.
    details = complete("child_abuse", chart)["disclosure"]
    with_details = decisions.update(vault, draft.decision_id, {**answers, "disclosure": details})
    assert "no disclosure details" in " ".join(decisions.readiness(vault, with_details.decision_id).problems)
    decisions.update(vault, draft.decision_id, {"disclosure": None})
    result = decisions.sign(vault, draft.decision_id)
    assert result.disclosure_id is None
    assert result.verdict is not None and not result.verdict.allowed
    assert export.disclosures(vault, chart.client_id) == []
    # Below the service: the table refuses a subpoena row that discloses.
    from vault_app.storage.compartment import Error

    with pytest.raises(Error, match="CHECK constraint"):
        vault.records.execute(
            "INSERT INTO confidentiality_decisions (decision_id, client_id, trigger_kind, occurred_on, outcome, body, "
            "created_at, updated_at) VALUES ('x', ?, 'subpoena', '2024-01-01', 'disclose', '{}', 'now', 'now')",
            (chart.client_id,),
        )


def test_a_refused_disclosure_cannot_be_signed_and_logs_nothing(vault: Vault) -> None:
    chart = make_chart(vault)
    answers = complete("court_order", chart)
    answers["disclosure"]["info_kind"] = "billing"
    answers["disclosure"]["item_ids"] = [chart.session_id]  # the order covers progress notes only
    draft = decisions.start(vault, chart.client_id, "court_order", changes=answers)
    ready = decisions.readiness(vault, draft.decision_id)
    assert ready.verdict is not None and not ready.verdict.allowed
    assert not ready.can_sign
    before = vault.ledger.head().seq
    with pytest.raises(RefusedByPolicy, match="does not require billing information"):
        decisions.sign(vault, draft.decision_id)
    assert vault.ledger.head().seq == before
    assert not decisions.get(vault, draft.decision_id).signed


def test_an_interrupted_signing_never_logs_the_disclosure_twice(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    chart = make_chart(vault)
    draft = decisions.start(vault, chart.client_id, "child_abuse", changes=complete("child_abuse", chart))

    def crash(*args: object, **kwargs: object) -> bool:
        raise OSError("power cut")

    monkeypatch.setattr(decisions.store, "sign", crash)
    with pytest.raises(OSError):
        decisions.sign(vault, draft.decision_id)
    assert len(export.disclosures(vault, chart.client_id)) == 1
    monkeypatch.undo()
    result = decisions.sign(vault, draft.decision_id)
    found = export.disclosures(vault, chart.client_id)
    assert [r.disclosure_id for r in found] == [result.disclosure_id]


def test_a_national_security_disclosure_never_reaches_the_client_report(vault: Vault) -> None:
    from vault_app.services import accounting

    chart = make_chart(vault)
    draft = decisions.start(vault, chart.client_id, "national_security",
                            changes=complete("national_security", chart))
    result = decisions.sign(vault, draft.decision_id)
    listed = accounting.build(vault, chart.client_id, exclusions="list")
    shown = [line.first.disclosure_id for line in (*listed.lines, *listed.excluded)]
    assert result.disclosure_id not in shown


def test_a_court_ordered_psychotherapy_disclosure_needs_the_compartment_unlocked(psy_vault: Vault) -> None:
    from vault_app.services import psychotherapy_notes

    vault = psy_vault
    chart = make_chart(vault)
    saved = psychotherapy_notes.create_psychotherapy_note(vault, chart.client_id, "Process notes.",
                                                          session_id=chart.session_id, note_date=chart.day)
    answers = complete("court_order", chart)
    answers["disclosure"].update(info_kind="psychotherapy", item_ids=[saved.note.note_id])
    answers["disclosure"]["order"]["covers"] = ["psychotherapy"]
    draft = decisions.start(vault, chart.client_id, "court_order", changes=answers)
    vault.lock_psychotherapy()
    locked = decisions.readiness(vault, draft.decision_id)
    assert "psychotherapy notes unlocked" in " ".join(locked.problems) and not locked.can_sign
    vault.unlock_psychotherapy(PASSPHRASE)
    ready = decisions.readiness(vault, draft.decision_id)
    assert ready.can_sign and ready.verdict is not None and ready.verdict.item_ids == (saved.note.note_id,)
    result = decisions.sign(vault, draft.decision_id)
    [logged] = export.disclosures(vault, chart.client_id)
    assert logged.disclosure_id == result.disclosure_id and logged.kind == "psychotherapy"
