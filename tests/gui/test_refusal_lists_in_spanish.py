"""Refusals that list several problems, said in Spanish part by part (errors.Problem,
VaultError.parts, gui/refusal_words.py): a confidentiality decision not ready to sign, a
destruction refused by a legal hold and an open request, an accounting's fee refused. Real
services on a real vault, real widgets, the real es.ts; the core's English stays as it was."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QWizard

from tests.core import disclosure_fixtures as fx
from tests.core.decision_helpers import make_chart
from tests.gui.conftest import wait_ops
from tests.gui.test_decision_dialog import open_dialog, press
from tests.gui.test_destruction_running import _ready_wizard
from vault_app.domain.accounting_terms import FeeTerms
from vault_app.domain.errors import InvalidInput, Problem, RefusedByPolicy
from vault_app.gui.background import show_inline
from vault_app.gui.controller import AppController
from vault_app.gui.refusal_words import refusal_text, refusal_words
from vault_app.services import accounting, clients, decisions, holds, requests
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui


def test_a_decision_not_ready_to_sign_is_refused_in_spanish(vault: Vault, qtbot: Any, spanish: None) -> None:
    """Walked to its review page with nothing filled in, then signed (as the Sign button does when
    the record changed after its check): the error box says, in Spanish, each step still needed.
    The review page says each line whole in Spanish, its frame and the problem in it alike."""
    chart = make_chart(vault)
    dialog = open_dialog(vault, qtbot, chart.client_id, trigger="child_abuse")
    for _ in range(12):
        if dialog.currentPage() is dialog.review_page:
            break
        press(dialog, qtbot)
    review = dialog.review_page
    assert dialog.currentPage() is review
    assert not dialog.button(QWizard.WizardButton.CommitButton).isEnabled()
    lines = review.details.text().split("\n")
    assert "Falta: su razonamiento clínico." in lines, lines
    assert not any("Still needed" in line or "reasoning" in line for line in lines), lines

    dialog.sign()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: any(b.isVisible() for b in dialog.findChildren(QMessageBox)), timeout=10_000)
    box = next(b for b in dialog.findChildren(QMessageBox) if b.isVisible())
    assert box.text().startswith("Esta decisión todavía no puede firmarse. Falta: el paso del Deber: si la "
                                 "información es confidencial; ")
    assert "; su razonamiento clínico; " in box.text() and box.text().endswith(".")
    assert "Still needed" not in box.text() and "the Duty step" not in box.text()
    assert box.informativeText() == "Complete estos pasos y después firme."
    box.close()
    assert dialog.decision_id is not None
    assert decisions.view(vault, dialog.decision_id).decision.signed is False
    with pytest.raises(InvalidInput) as refused:  # the CLI's words are the core's English, as before
        decisions.sign(vault, dialog.decision_id)
    assert refused.value.message.startswith("This decision cannot be signed yet. Still needed: the Duty step: ")
    dialog.reject()


def test_a_destruction_refused_by_a_hold_and_an_open_request_is_said_in_spanish(
        unlocked_app: AppController, qtbot: Any, tmp_path: Path, spanish: None) -> None:
    """The hold and the request come after the eligibility page, so the job itself refuses."""
    vault = unlocked_app.vault
    assert vault is not None
    wizard, chart_number = _ready_wizard(unlocked_app, qtbot, tmp_path, backups=0)
    client_id = wizard.client_id
    holds.place(vault, client_id, "litigation", "subpoena received")
    requests.add_request(vault, client_id, kind="access", received_on=fx.days_ago(2), description="una copia")
    confirm = wizard.confirm_page
    wizard.button(QWizard.WizardButton.CommitButton).click()
    wait_ops(qtbot, timeout=60_000)
    qtbot.waitUntil(lambda: not confirm.busy)
    assert confirm.message.text() == (
        f"Destrucción rechazada. El expediente {chart_number} está sujeto a una retención legal (retenciones "
        "activas: 1); los registros bajo retención no deben destruirse. Si la retención ha terminado, levántela "
        f"primero. El expediente {chart_number} tiene una solicitud del cliente abierta (solicitudes abiertas: 1); "
        "termínela antes de destruir ningún registro.")
    assert wizard.currentPage() is confirm and confirm.certificate is None
    assert clients.get_client(vault, client_id).chart_number == chart_number, "nothing destroyed"
    wizard.reject()


def test_an_accounting_fee_refused_is_said_in_spanish_under_the_accounting_form(
        unlocked_app: AppController, qtbot: Any, tmp_path: Path, spanish: None) -> None:
    """A fee for a second accounting within 12 months with neither the advance notice nor the
    client's choice recorded: the real refusal handed to the window's own failure handler, which
    names the choice as the window's Client's choice field shows it (round 46), not the CLI's words."""
    from vault_app.gui.accounting_dialog import AccountingDialog

    vault, window = unlocked_app.vault, unlocked_app.main_window
    assert vault is not None and window is not None
    chart = fx.make_chart(vault, n=1)
    accounting.produce(vault, chart.client_id, out=tmp_path / "first.pdf", password=fx.PASSWORD)
    with pytest.raises(RefusedByPolicy) as refused:
        accounting.produce(vault, chart.client_id, out=tmp_path / "second.pdf", password=fx.PASSWORD,
                           fee=FeeTerms(charge=True))
    assert refused.value.message.startswith("A fee for a second accounting within 12 months needs the client told")
    assert not (tmp_path / "second.pdf").exists()
    dialog = AccountingDialog(unlocked_app, chart.client_id, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert show_inline(dialog.result_label)(refused.value)
    assert dialog.result_label.text() == (
        "Esta tarifa no puede cobrarse tal como está registrada. Una tarifa por un segundo registro de "
        "divulgaciones en 12 meses exige avisar al cliente por adelantado (45 CFR 164.528(c)(2)): registre la "
        "fecha de ese aviso. Tras el aviso de la tarifa, el cliente puede retirar o modificar la solicitud (45 CFR "
        "164.528(c)(2)): elija su decisión en Decisión del cliente, «Seguir con la solicitud tal como la pidió» o "
        "«Cambió la solicitud»; si la retiró, retire la solicitud en su lugar.")
    dialog.reject()


def test_a_list_with_a_part_that_has_no_words_is_said_in_the_core_s_english(qtbot: Any, spanish: None) -> None:
    """Half a list in Spanish would read worse than the core's English."""
    parts = [Problem("your clinical reasoning", code="decision.needs.reasoning"), "something new"]
    refusal = InvalidInput("This decision cannot be signed yet. Still needed: your clinical reasoning; something "
                           "new.", hint="Complete these steps, then sign.", code="decision.not_ready", parts=parts)
    assert refusal_words(refusal) == (refusal.message, refusal.hint)
    whole = InvalidInput("English.", code="decision.not_ready", parts=parts[:1])
    assert refusal_words(whole) == ("Esta decisión todavía no puede firmarse. Falta: su razonamiento clínico.",
                                    "Complete estos pasos y después firme.")


def test_in_english_a_list_is_said_as_the_core_said_it(qtbot: Any) -> None:
    from vault_app.domain.retention import RetentionPolicy

    with pytest.raises(InvalidInput) as refused:
        RetentionPolicy(0, 101, 18).validated()
    assert refused.value.message == ("Adult retention must be between 1 and 100 years. Retention after majority "
                                     "must be between 0 and 100 years.")
    assert [code for code, _params in refused.value.parts] == ["jurisdiction.retention_adult_years.range",
                                                               "jurisdiction.retention_minor_years.range"]
    assert refusal_words(refused.value) == (refused.value.message, "")


def test_a_retention_policy_out_of_range_is_said_in_spanish(qtbot: Any, spanish: None) -> None:
    from vault_app.domain.retention import RetentionPolicy

    with pytest.raises(InvalidInput) as refused:
        RetentionPolicy(0, 101, 18).validated()
    assert refusal_text(refused.value) == (
        "Esta política de conservación no puede guardarse. La conservación para adultos tiene que estar entre 1 y "
        "100 años. La conservación tras la mayoría de edad tiene que estar entre 0 y 100 años.")


def test_carried_text_unedited_is_refused_in_spanish(unlocked_app: AppController, qtbot: Any, spanish: None) -> None:
    """The sections still as carried are named in Spanish, not by their stored keys."""
    from tests.gui.test_chart import add_client
    from vault_app.services import notes

    window, vault = unlocked_app.main_window, unlocked_app.vault
    assert window is not None and vault is not None
    cid = add_client(unlocked_app, qtbot, "Carla Traída")
    first = notes.create_progress_note(vault, cid, sections={"subjective": "Cansada.", "plan": "Caminar a diario."})
    notes.sign_note(vault, first.note_id)
    editor = window.chart.new_note()
    assert editor is not None
    wait_ops(qtbot)
    editor.carry_button.click()
    wait_ops(qtbot)
    editor.section_edits["subjective"].setPlainText("Durmió mejor.")
    editor.sign_now()
    wait_ops(qtbot)
    boxes = [b for b in editor.findChildren(QMessageBox) if b.objectName() == "errorDialog" and b.isVisible()]
    assert boxes and boxes[-1].text() == ("Esta nota todavía contiene texto traído de la nota anterior sin editar: "
                                          "el plan.")
    assert boxes[-1].informativeText() == ("Lea y edite el texto traído (y quite la línea entre corchetes con la que "
                                           "empieza) antes de firmar.")
    boxes[-1].close()
    carried_id = editor.autosave.draft.note_id
    assert carried_id is not None and not notes.get_note(vault, carried_id).signed
    editor.close()
    wait_ops(qtbot)
