"""The gate's refusal of an executor's form for a client the chart records as living (domain/stale_signer
"disclosure.signer_estate_client_living") said in the screen's language: the words are
gui/gate_signer_words.py's, es.ts's "GateWords". Real gate, real vault."""

from __future__ import annotations

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.test_estate_signer_stale import SIGNED, _form_as_an_earlier_version_kept_it
from vault_app.domain.disclosure import Verdict
from vault_app.gui.gate_words import reason_texts
from vault_app.services import disclosure_gate
from vault_app.services.vault import Vault

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]


def _refused(vault: Vault) -> tuple[str, Verdict]:
    chart = fx.make_chart(vault, n=1, date_of_birth="1950-03-04")
    form_id = _form_as_an_earlier_version_kept_it(vault, chart.client_id)
    verdict = disclosure_gate.check(vault, fx.request(chart.client_id, note_ids=(chart.progress[0],),
                                                      authorization_id=form_id))
    assert not verdict.allowed
    return form_id, verdict


def test_said_in_english_as_the_core_says_it(vault: Vault, qapp: object) -> None:
    form_id, verdict = _refused(vault)
    assert reason_texts(verdict) == [str(verdict.reasons[0])]
    assert form_id in reason_texts(verdict)[0] and "executor or administrator" in reason_texts(verdict)[0]


def test_said_in_spanish(vault: Vault, spanish: None) -> None:
    form_id, verdict = _refused(vault)
    day = fx.days_ago(SIGNED).strftime("%m/%d/%Y")
    [said] = reason_texts(verdict)
    assert said.startswith(f"La autorización {form_id} la firmó el {day} un albacea o administrador"), said
    assert "164.502(g)(4)" in said and "fecha de fallecimiento" in said
