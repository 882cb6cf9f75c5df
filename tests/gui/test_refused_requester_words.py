"""A refused requester's basis in the request window, in the screen's language: the request keeps the
rule's code (migration 0111), and the window says the rule by it (gui/refused_requester_words); the
basis was stored in the core's English and stayed English on a Spanish screen. A request recorded
refused before the code was kept says its stored words. Real vault, real widgets."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.domain.refused_requester import BASES, rule_citation
from vault_app.gui import i18n
from vault_app.gui.controller import AppController
from vault_app.gui.refused_requester_words import BASIS_WORDS, CONTEXT
from vault_app.services import clients, guardians, practice, request_refused, requests
from vault_app.storage import disclosure_requests as store

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("code", sorted(BASES))
def test_each_rule_has_its_words_as_the_core_says_them_and_in_spanish(qapp: object, code: str) -> None:
    assert BASIS_WORDS[code] == BASES[code]  # the core's English, word for word
    assert rule_citation(code).startswith("45 CFR 164.502(g)")
    i18n.install("es")
    try:
        assert QCoreApplication.translate(CONTEXT, BASIS_WORDS[code]) != BASES[code]
    finally:
        i18n.install("en")


def _refused_request(app: AppController) -> str:
    vault = app.vault
    assert vault is not None
    fx.set_practice(vault)
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 12})
    client_id = clients.create_client(vault, "Maya Lopez", date_of_birth=fx.born_years_ago(15)).client_id
    clients.update_client(vault, client_id, care_consented_by="client")
    mother = guardians.add_guardian(vault, client_id, "Elena Lopez", authority="parent", relationship="mother")
    q, _letter = request_refused.add_refused_request(vault, client_id, received_on=fx.today(),
                                                     guardian_id=mother.guardian_id)
    assert requests.get_request(vault, q.id).refused_rule == "minor_consented_care"  # kept with the request
    return q.id


def _summary(app: AppController, qtbot, request_id: str) -> str:
    from vault_app.gui.requests_dialog import RequestDetailDialog

    detail = RequestDetailDialog(app, request_id)
    qtbot.addWidget(detail)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "164.502(g)(3)(i)" in detail.summary.text())
    return detail.summary.text()


def test_a_spanish_screen_says_the_rule_in_spanish(unlocked_app: AppController, qtbot) -> None:
    request_id = _refused_request(unlocked_app)
    i18n.install("es")
    try:
        summary = _summary(unlocked_app, qtbot, request_id)
    finally:
        i18n.install("en")
    assert "algunos menores" in summary and "(45 CFR 164.502(g)(3)(i))" in summary, summary
    assert "The law lets" not in summary and "The client is 15" not in summary, summary


def test_a_request_recorded_before_the_code_says_its_stored_words(unlocked_app: AppController, qtbot) -> None:
    request_id = _refused_request(unlocked_app)
    vault = unlocked_app.vault
    assert vault is not None
    old = replace(requests.get_request(vault, request_id), refused_rule="")  # as a row from before 0111 reads
    with vault.records.transaction():
        store.save(vault.records, old, "2026-12-01T10:00:00+00:00")
    i18n.install("es")
    try:
        summary = _summary(unlocked_app, qtbot, request_id)
    finally:
        i18n.install("en")
    assert "The client is 15" in summary and "algunos menores" not in summary, summary
