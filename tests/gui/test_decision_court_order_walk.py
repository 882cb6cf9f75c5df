"""A court order the therapist decides not to obey yet, walked in the wizard in English and in
Spanish, as a walker did on the merged main (California practice):
- the signed page said "Seguimiento: Attach a copy of the signed order…" in English, although the
  form had shown the steps in Spanish;
- "Tell the client what was released" was offered though nothing was released;
- the outcome read "seek a court order", for an order already received;
- the Law step said "US federal baseline (edit for your state)" was recorded, the record said
  "California (the license state; …)";
- "Sign and lock" and Cancel had no Alt letter.
Real vault, real wizard, the real es.ts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWizard

from tests.core.decision_helpers import make_chart
from tests.gui.test_decision_dialog import open_dialog, press
from vault_app.gui.widgets import mnemonic_of
from vault_app.services import decisions, practice
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui

W = QWizard.WizardButton

WORDS = {
    "en": {"attach": "Attach a copy of the signed order to the chart", "released": "Tell the client what was released",
           "follow": "Follow-up: ", "seek": "seek a court order", "state": "California (the license state",
           "baseline": "US federal baseline"},
    "es": {"attach": "Adjuntar al expediente una copia de la orden firmada",
           "released": "Informar al cliente de lo que se entregó", "follow": "Seguimiento: ",
           "seek": "pedir una orden judicial", "state": "California (el estado de la licencia",
           "baseline": "Base federal de EE. UU."},
}


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    from vault_app.gui import i18n

    assert i18n.install(str(request.param)) == request.param
    yield str(request.param)
    i18n.install("en")


@pytest.mark.parametrize("outcome", ["seek_order", "do_not_disclose"])
def test_a_court_order_not_obeyed_yet_is_walked_and_signed_in_the_screens_language(  # type: ignore[no-untyped-def]
        language: str, vault: Vault, qtbot, outcome: str) -> None:
    said = WORDS[language]
    chart = make_chart(vault)
    practice.update(vault, clinician_name="Jordan Lee", license_state="CA", license_number="PSY12345")
    dialog = open_dialog(vault, qtbot, chart.client_id)
    assert mnemonic_of(dialog.button(W.CancelButton).text()), dialog.button(W.CancelButton).text()
    dialog.trigger_page.buttons["court_order"].click()
    press(dialog, qtbot)
    dialog.duty_page.answers["yes"].setChecked(True)
    while dialog.currentPage() is not dialog.law_page:
        press(dialog, qtbot)
    # What the Law step says is recorded is what the record holds: the license state
    law = dialog.law_page.snapshot.text()
    assert said["state"] in law and said["baseline"] not in law, law
    assert dialog.decision_id is not None
    recorded = decisions.get(vault, dialog.decision_id).law.jurisdiction["name"]
    assert recorded.startswith("California (the license state"), recorded
    dialog.law_page.statute.setText("45 CFR 164.512(e)(1)(i); Superior Court CV-2026-17")
    press(dialog, qtbot)
    dialog.reasoning_page.reasoning.setPlainText("The order names psychotherapy notes; counsel will ask to limit it.")
    press(dialog, qtbot)
    # An order already received: not obeying it yet is asking the court to limit it, not seeking one
    choices = dialog.outcome_page.outcomes
    assert said["seek"] not in choices["seek_order"].text().replace("&", ""), choices["seek_order"].text()
    choices[outcome].setChecked(True)
    press(dialog, qtbot)
    client = dialog.client_page
    offered = client.follow_up.toPlainText()
    assert said["attach"] in offered and said["released"] not in offered, offered
    client.answers["no"].setChecked(True)
    client.reason_code.setCurrentIndex(client.reason_code.findData("not_yet"))
    client.reason.setText("Counsel calls the client's attorney tomorrow.")
    press(dialog, qtbot)
    commit = dialog.button(W.CommitButton)
    assert mnemonic_of(commit.text()), commit.text()
    assert mnemonic_of(dialog.button(W.CancelButton).text()), dialog.button(W.CancelButton).text()
    qtbot.waitUntil(commit.isEnabled)
    press(dialog, qtbot, W.CommitButton)
    assert dialog.currentPage() is dialog.done_page
    text = dialog.done_page.text.text()
    assert said["follow"] + said["attach"] in text, text
    assert said["released"] not in text and WORDS["en"]["released"] not in text, text
    signed = decisions.get(vault, dialog.decision_id)
    # Signed in the domain's English, whatever the screen's language
    assert WORDS["en"]["attach"] in signed.follow_up and WORDS["en"]["released"] not in signed.follow_up
    assert signed.outcome == outcome
    dialog.close()
