"""The disclosure gate's verdicts said in Spanish on the screens that show them: the export
wizard's check (refused, with its hint; allowed, with the warnings), the confidentiality
decision's review, and the gate's refusal raised by the export service. Each verdict comes from
the real gate over a real vault; the words are es.ts's "GateWords" (gui/refusal_words_gate.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit, QWizard

from tests.core.decision_helpers import make_chart
from tests.gui.conftest import wait_ops
from tests.gui.test_decision_dialog import open_dialog, press
from tests.gui.test_export_and_lock import _chart_with_signed_note, _fill_what
from vault_app.domain.disclosure import DisclosureRefused, DisclosureRequest, Recipient, Selection
from vault_app.domain.disclosure_basis import LegalBasis
from vault_app.gui.controller import AppController
from vault_app.gui.refusal_words import refusal_words
from vault_app.services import export
from vault_app.services.vault import Vault

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]


def test_the_export_wizard_says_a_refusal_and_its_hint_in_spanish(unlocked_app: AppController, qtbot,
                                                                  spanish: None) -> None:
    window = unlocked_app.main_window
    assert window is not None
    _chart_with_signed_note(unlocked_app, qtbot)
    wizard = window.chart.start_export()
    _fill_what(wizard, qtbot)
    basis = wizard.basis_page
    basis.form.basis.setCurrentIndex(basis.form.basis.findData("authorization"))  # none on file
    basis.check()
    wait_ops(qtbot)
    assert basis.verdict is not None and not basis.verdict.allowed
    assert basis.verdict.reasons == ("No authorization was named.",), "the core keeps its English"
    assert basis.verdict_title.text() == "No permitida."
    assert basis.verdict_text.text() == (
        "No se indicó ninguna autorización.\n\n"
        "Pida al cliente una autorización nueva y completa que cubra exactamente esta divulgación.")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()

    basis.form.basis.setCurrentIndex(basis.form.basis.findData("payment"))  # progress notes for payment
    basis.check()
    wait_ops(qtbot)
    assert basis.verdict is not None and not basis.verdict.allowed
    assert basis.verdict_text.text() == (
        "Para el pago solo salen campos de facturación (identificadores del cliente, fechas de servicio, "
        "códigos CPT e ICD-10, duración), nunca notas de evolución.")


def test_the_export_wizard_says_an_allowed_verdict_and_its_warnings_in_spanish(unlocked_app: AppController, qtbot,
                                                                               spanish: None) -> None:
    window = unlocked_app.main_window
    assert window is not None
    _chart_with_signed_note(unlocked_app, qtbot)
    wizard = window.chart.start_export()
    _fill_what(wizard, qtbot)
    basis = wizard.basis_page
    basis.form.basis.setCurrentIndex(basis.form.basis.findData("serious_threat"))
    for name, typed in (("agency", "County sheriff"), ("threat", "stated plan to harm a coworker")):
        field = basis.form.inputs[name]
        assert isinstance(field, QLineEdit)
        field.setText(typed)
    basis.check()
    wait_ops(qtbot)
    assert basis.verdict is not None and basis.verdict.allowed, basis.verdict_text.text()
    assert basis.verdict_title.text() == ("Permitida según una divulgación para prevenir o reducir una amenaza "
                                          "grave e inminente (45 CFR 164.512(j)(1)(i)).")
    assert basis.verdict_text.text() == (
        "Se aplica el mínimo necesario: envíe solo lo que esta finalidad necesita (45 CFR 164.502(b)).\n\n"
        "Esta divulgación aparecerá en el registro de divulgaciones del cliente.")
    assert "Minimum necessary" in basis.verdict.warnings[0], "the core keeps its English"
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_the_decision_s_review_says_the_gate_s_refusal_in_spanish(vault: Vault, qtbot, spanish: None) -> None:
    chart = make_chart(vault)
    dialog = open_dialog(vault, qtbot, chart.client_id, trigger="subpoena")
    press(dialog, qtbot)
    dialog.duty_page.answers["yes"].setChecked(True)
    for _ in range(5):
        press(dialog, qtbot)
    assert dialog.currentPage() is dialog.outcome_page
    press(dialog, qtbot)
    dialog.client_page.answers["no"].setChecked(True)
    press(dialog, qtbot)
    said = dialog.review_page.verdict.text()
    assert "Una citación (subpoena) por sí sola no es una orden judicial y no permite divulgar estos registros." \
        in said
    assert said.endswith("Registre la citación y su respuesta; cuando un juez firme una orden, divulgue con la base "
                         "de orden judicial y la orden adjunta.")
    assert "A subpoena alone" not in said


def test_the_gate_s_refusal_raised_by_the_export_is_said_in_spanish(vault: Vault, qapp: object, tmp_path: Path,
                                                                    spanish: None) -> None:
    chart = make_chart(vault)
    request = DisclosureRequest(
        client_id=chart.client_id, kind="progress", selection=Selection(note_ids=(chart.note_id,)),
        recipient=Recipient("Dr. Receiving Psychiatrist"), purpose="continuity of care",
        basis=LegalBasis("treatment", {}), on=date.today())
    with pytest.raises(DisclosureRefused) as refused:
        export.export(vault, request, out=tmp_path / "out.pdf", password="a long pdf password 7")
    assert refused.value.message.startswith("Disclosure refused: A disclosure based on treatment by another "
                                            "provider needs:"), "the CLI prints the core's English"
    message, hint = refusal_words(refused.value)
    assert message == ("Divulgación denegada: Una divulgación basada en el tratamiento por otro profesional "
                       "necesita: la función del profesional que lo recibe (p. ej., psiquiatra).")
    assert hint == ""
    assert export.disclosures(vault, chart.client_id) == []
