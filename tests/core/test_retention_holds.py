"""Legal holds: placed and released with a reason, recorded in the ledger without details."""

from __future__ import annotations

import json

import pytest

from tests.core.destruction_helpers import seed_chart
from vault_app.domain.errors import InvalidInput, NotFound, RefusedByPolicy
from vault_app.services import holds
from vault_app.services.vault import Vault


def test_place_release_and_list(psy_vault: Vault) -> None:
    chart = seed_chart(psy_vault, "H", psychotherapy=0, progress=1)
    other = seed_chart(psy_vault, "I", psychotherapy=0, progress=1)
    hold = holds.place(psy_vault, chart.chart_number, "subpoena", "Subpoena from Smith & Jones LLP")
    second = holds.place(psy_vault, chart.client_id, "complaint", "Board complaint 2024-17")
    assert [h.hold_id for h in holds.active_holds(psy_vault, chart.client_id)] == [hold.hold_id, second.hold_id]
    assert holds.active_holds(psy_vault, other.client_id) == []
    assert holds.held_client_ids(psy_vault) == {chart.client_id}

    released = holds.release(psy_vault, hold.hold_id, "Subpoena withdrawn")
    assert not released.active and released.release_note == "Subpoena withdrawn"
    assert [h.hold_id for h in holds.list_holds(psy_vault)] == [second.hold_id]
    assert len(holds.list_holds(psy_vault, chart.chart_number, include_released=True)) == 2
    with pytest.raises(RefusedByPolicy):
        holds.release(psy_vault, hold.hold_id)

    entries = psy_vault.ledger.entries(kinds=("hold.placed", "hold.released"))
    assert [(e.kind, e.payload["reason"]) for e in entries] == [
        ("hold.placed", "subpoena"), ("hold.placed", "complaint"), ("hold.released", "subpoena")]
    ledger_text = json.dumps([e.payload for e in entries])
    assert "Smith" not in ledger_text and "2024-17" not in ledger_text and "withdrawn" not in ledger_text


def test_bad_input_changes_nothing(psy_vault: Vault) -> None:
    chart = seed_chart(psy_vault, "J", psychotherapy=0, progress=1)
    head = psy_vault.ledger.head()
    with pytest.raises(InvalidInput):
        holds.place(psy_vault, chart.chart_number, "because")
    with pytest.raises(NotFound):
        holds.place(psy_vault, "NO-SUCH-CHART", "subpoena")
    with pytest.raises(InvalidInput):
        holds.place(psy_vault, chart.chart_number, "other", "x" * 5000)
    with pytest.raises(NotFound):
        holds.release(psy_vault, "0" * 32)
    assert psy_vault.ledger.head() == head
    assert holds.list_holds(psy_vault, include_released=True) == []


# (practice locale, reason, the hold named in the refusal: reason and the local day, in that format)
RELEASED_TWICE_ROWS = [
    ("en_US", "subpoena", "The subpoena hold placed on {us} was already released on {us}."),
    ("en_GB", "audit", "The audit hold placed on {gb} was already released on {gb}."),
]


@pytest.mark.parametrize(("locale", "reason", "said"), RELEASED_TWICE_ROWS, ids=[r[0] for r in RELEASED_TWICE_ROWS])
def test_releasing_twice_names_the_hold_by_reason_and_local_day(psy_vault: Vault, locale: str, reason: str,
                                                               said: str) -> None:
    from datetime import date

    from vault_app.services import practice

    practice.update(psy_vault, locale=locale)
    chart = seed_chart(psy_vault, "H", psychotherapy=0, progress=1)
    hold = holds.place(psy_vault, chart.client_id, reason, "Case 2026-CV-0117")
    holds.release(psy_vault, hold.hold_id, "Case closed")
    with pytest.raises(RefusedByPolicy) as refused:
        holds.release(psy_vault, hold.hold_id)
    today = date.today()
    assert refused.value.message == said.format(us=today.strftime("%m/%d/%Y"), gb=today.strftime("%d/%m/%Y"))
    assert hold.hold_id not in str(refused.value) and "2026-CV" not in str(refused.value)
