"""The chart's dialogs in Spanish (found in the real app with VAULT_APP_LANGUAGE=es: Edit details,
Guardians, the treatment plan, a session's correction, the forms for an authorization, a
request, a restriction and a measure were English under Spanish tabs; the drop-downs showed the
stored keys, "Self pay", "In person", "Legal guardian"). Real vault, real widgets, the real
es.ts. What is stored stays the key; English reads as it did. The status bar's words are in
test_spanish_status_news.py, the note tabs' in test_spanish_notes_and_decisions.py."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QRadioButton

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.domain import clinical
from vault_app.gui import chart_words
from vault_app.gui.controller import AppController
from vault_app.services import clients, plans, sessions
from vault_app.services.guardians import add_guardian

pytestmark = pytest.mark.gui


def _items(box: QComboBox) -> list[str]:
    return [box.itemText(i) for i in range(box.count())]


def _headers(tree) -> list[str]:  # type: ignore[no-untyped-def]
    header = tree.headerItem()
    return [header.text(c) for c in range(tree.columnCount())]


# -- English stays as it was ----------------------------------------------------------------

@pytest.mark.parametrize(("table", "keys"), [
    (chart_words.MODALITY_CHOICE, clinical.MODALITIES),
    (chart_words.SETTING_CHOICE, clinical.SETTINGS),
    (chart_words.SERVICE_TYPE_CHOICE, clinical.SERVICE_TYPES),
    (chart_words.BILLING_CHOICE, clinical.BILLING_STATUSES),
    (chart_words.GOAL_STATUS_CHOICE, clinical.GOAL_STATUSES),
    (chart_words.GUARDIAN_AUTHORITY_CHOICE, clinical.GUARDIAN_AUTHORITIES),
], ids=["modality", "setting", "service", "billing", "goal", "authority"])
def test_every_choice_has_words_and_reads_in_english_as_before(table: dict[str, str], keys: tuple[str, ...]) -> None:
    """The forms' drop-downs read "Self pay", "In person": the key, spaces, first letter up."""
    assert set(table) == set(keys)
    assert all(table[k] == k.replace("_", " ").capitalize() for k in keys)


# -- the dialogs ----------------------------------------------------------------------------

def test_details_guardians_plan_and_session_speak_spanish(unlocked_app: AppController, qtbot,
                                                          spanish: None) -> None:
    from vault_app.gui.client_details import ClientDetailsDialog
    from vault_app.gui.guardians_dialog import GuardiansDialog
    from vault_app.gui.plan_dialog import PlanDialog
    from vault_app.gui.session_dialog import SessionDialog

    vault = unlocked_app.vault
    assert vault is not None
    client = clients.create_client(vault, "Lucia Dialogos", date_of_birth="2015-01-01")
    add_guardian(vault, client.client_id, "Marta Dialogos", authority="legal_guardian", relationship="tía")
    plan = plans.update_plan(vault, client.client_id, problems="Ansiedad",
                             goals=[{"description": "dormir seis horas", "status": "met"}])
    session = sessions.add_session(vault, client.client_id, date=fx.days_ago(3), start_time="10:00",
                                   duration_minutes=53, setting="telehealth", billing_status="self_pay")

    details = ClientDetailsDialog(unlocked_app, clients.get_client(vault, client.client_id))
    qtbot.addWidget(details)
    assert (details.windowTitle(), details.save_button.text()) == ("Datos del cliente", "Guardar")
    assert _items(details.method)[:3] == ["sin preferencia", "teléfono", "SMS"]
    assert details.discharged.text() == "Dado de alta (el tratamiento ha terminado)"

    guardians = GuardiansDialog(unlocked_app, clients.read_chart(vault, client.client_id))
    qtbot.addWidget(guardians)
    wait_ops(qtbot)
    assert guardians.windowTitle() == "Tutores y representantes"
    assert _headers(guardians.list)[:4] == ["Nombre", "Parentesco", "Autoridad", "Puede firmar"]
    row = guardians.list.topLevelItem(0)
    assert row is not None and (row.text(2), row.text(3)) == ("tutor legal", "sí")
    assert _items(guardians.authority)[:2] == ["Progenitor", "Tutor legal"]
    assert guardians.authority.itemData(1) == "legal_guardian"  # what is saved stays the key

    plan_dialog = PlanDialog(unlocked_app, client.client_id, plan)
    qtbot.addWidget(plan_dialog)
    assert (plan_dialog.windowTitle(), plan_dialog.save_button.text()) == ("Plan de tratamiento", "Guardar el plan")
    goal = plan_dialog.goal_list.topLevelItem(0)
    assert goal is not None and goal.text(3) == "alcanzado"
    assert plan_dialog.status.currentText() == "Alcanzado" and plan_dialog.status.currentData() == "met"
    assert plan_dialog.values()["goals"][0]["status"] == "met"

    correction = SessionDialog(unlocked_app, session)
    qtbot.addWidget(correction)
    assert correction.windowTitle() == "Datos de la sesión"
    assert (correction.setting.currentText(), correction.billing.currentText()) == ("Telesalud", "Pago particular")
    assert correction.service_type.currentText() == "Psicoterapia"
    assert correction.remove_button.text() == "Quitar la sesión…"
    assert correction.changes() == {}  # the Spanish labels change nothing that is sent


def test_the_entry_forms_speak_spanish(unlocked_app: AppController, qtbot, spanish: None) -> None:
    from vault_app.gui.auth_dialog import AuthorizationDialog
    from vault_app.gui.measure_dialog import MeasureDialog
    from vault_app.gui.requests_dialog import NewRequestDialog
    from vault_app.gui.restriction_dialogs import RestrictionRequestDialog

    vault = unlocked_app.vault
    assert vault is not None
    client_id = clients.create_client(vault, "Lucia Formularios").client_id

    auth = AuthorizationDialog(unlocked_app, client_id)
    qtbot.addWidget(auth)
    assert (auth.windowTitle(), auth.save_button.text()) == ("Registrar una autorización", "Registrar la autorización")
    assert auth.signed_on.accessibleName() == "Fecha de la firma"
    assert auth.signer_role.itemData(0) == "client" and auth.signer_role.itemText(0) == "El cliente"

    request = NewRequestDialog(unlocked_app, client_id)
    qtbot.addWidget(request)
    wait_ops(qtbot)
    assert request.windowTitle() == "Registrar una solicitud"
    assert _items(request.kind)[0] == "Ver el expediente u obtener una copia (30 días)"

    restriction = RestrictionRequestDialog(unlocked_app, client_id)
    qtbot.addWidget(restriction)
    answers = [b.text() for b in restriction.findChildren(QRadioButton)]
    assert {"Aceptada", "Rechazada", "Aún sin respuesta"} <= set(answers)
    restriction.self_pay.setChecked(True)
    assert restriction.explained.text().startswith("Debe aceptarla (45 CFR 164.522(a)(1)(vi))")

    measure = MeasureDialog(unlocked_app, client_id, instrument="phq9")
    qtbot.addWidget(measure)
    wait_ops(qtbot)
    assert measure.windowTitle() == "Introducir una escala"
    measure.set_answers([3] * 8 + [0])
    assert measure.score_label.text() == "Total 24 de 27: grave"
    measure.set_answers([1] * 8 + [None])  # type: ignore[list-item]
    assert measure.score_label.text().startswith("8 de 9 respondidos: hasta ahora 8")


def test_the_note_s_session_link_speaks_spanish(unlocked_app: AppController, qtbot, spanish: None) -> None:
    from vault_app.gui.note_session_dialog import NoteSessionDialog
    from vault_app.services import notes

    vault = unlocked_app.vault
    assert vault is not None
    client_id = clients.create_client(vault, "Lucia Sesiones").client_id
    note_id = notes.create_progress_note(vault, client_id, template="free", text="Vista.",
                                         note_date="2026-11-20").note_id
    sessions.add_session(vault, client_id, date="2026-11-20", start_time="15:00", duration_minutes=45)
    dialog = NoteSessionDialog(unlocked_app, note_id)
    qtbot.addWidget(dialog)
    wait_ops(qtbot)
    assert (dialog.windowTitle(), dialog.save_button.text()) == ("Sesión de esta nota", "Vincular")
    assert _items(dialog.choice)[-1] == "Registrar una sesión aparte (una segunda visita ese día)"


def test_a_new_client_and_a_possible_second_chart_speak_spanish(unlocked_app: AppController, qtbot,
                                                                 spanish: None) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from vault_app.gui.client_dialog import ClientDialog

    vault = unlocked_app.vault
    assert vault is not None
    clients.create_client(vault, "Lucia Duplicada", date_of_birth="1980-02-03")
    dialog = ClientDialog(unlocked_app)
    qtbot.addWidget(dialog)
    assert (dialog.windowTitle(), dialog.save_button.text()) == ("Nuevo cliente", "Crear el expediente")
    dialog.legal_name.setText("Lucia Duplicada")
    dialog.date_of_birth.setText("1980-02-03")
    dialog.save_button.click()
    wait_ops(qtbot)
    boxes: list[QMessageBox] = []

    def asked() -> bool:
        boxes[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.objectName() == "duplicateClientBox" and w.isVisible()]
        return bool(boxes)

    qtbot.waitUntil(asked, timeout=5000)
    box = boxes[0]
    assert box.windowTitle() == "Puede que este cliente ya tenga un expediente"
    assert "Lucia Duplicada, fecha de nacimiento 02/03/1980 (activo)" in box.informativeText()
    assert "Crear un segundo expediente" in [b.text().replace("&", "") for b in box.buttons()]
    box.reject()


def test_a_request_and_its_letters_speak_spanish(unlocked_app: AppController, qtbot, spanish: None) -> None:
    """Opened from the Requests tab: the request's window, in Spanish; the letters themselves
    (what was sent to the client) stay as sent."""
    from datetime import date

    from vault_app.gui.open_requests_dialog import RequestsDialog
    from vault_app.gui.requests_dialog import RequestDetailDialog
    from vault_app.services import requests

    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    asked = requests.add_request(vault, chart.client_id, kind="access", received_on=date.today().isoformat(),
                                 description="copia de las notas", by_representative=True)
    requests.extend_request(vault, asked.id, notice_on=date.today().isoformat(), reason="archivo en otra sede")
    detail = RequestDetailDialog(unlocked_app, asked.id)
    qtbot.addWidget(detail)
    qtbot.waitUntil(lambda: "Solicitud de acceso" in detail.summary.text(), timeout=10_000)
    summary = detail.summary.text()
    assert "<b>Solicitud de acceso</b> recibida el" in summary and "Estado: abierta" in summary
    assert "Hecha por un representante personal." in summary
    assert detail.letters.toPlainText().startswith("— Aviso de prórroga (")  # headed in words, as a title
    assert detail.grant_button.text().replace("&", "") == "Concedida: entregar la copia…"  # with its Alt letter
    listing = RequestsDialog(unlocked_app)
    qtbot.addWidget(listing)
    wait_ops(qtbot)
    row = listing.tree.topLevelItem(0)
    assert row is not None and (row.text(2), row.text(4)) == ("acceso", "abierta")
    assert requests.get_request(vault, asked.id).kind == "access"  # stored as the key


def test_escape_on_a_typed_spanish_form_asks_in_spanish(unlocked_app: AppController, qtbot, spanish: None) -> None:
    """Found on Xvfb: Escape on Datos del cliente with a change asked "Close without saving
    what you typed?" in English (its strings went through a helper pyside6-lupdate cannot see)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from vault_app.gui.client_details import ClientDetailsDialog

    vault = unlocked_app.vault
    assert vault is not None
    client = clients.create_client(vault, "Lucia Escape")
    details = ClientDetailsDialog(unlocked_app, client)
    qtbot.addWidget(details)
    details.show()
    qtbot.waitExposed(details)
    details.phone.setFocus()
    qtbot.keyClicks(details.phone, "555 0199")
    qtbot.keyClick(details, Qt.Key.Key_Escape)
    box = details.leave_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == "¿Cerrar sin guardar lo que escribió?"
    assert "Cerrar sin guardar" in [b.text().replace("&", "") for b in box.buttons()]
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=10_000)
    assert details.isVisible() and details.phone.text() == "555 0199"


@pytest.mark.parametrize("authority", clinical.GUARDIAN_AUTHORITIES)
@pytest.mark.parametrize("relationship", ["", "mother", "Parent", "  aunt  "])
def test_a_representative_is_named_in_english_as_the_domain_names_them(authority: str, relationship: str) -> None:
    from vault_app.domain import who_acts

    assert chart_words.representative_words(" Jane Roe ", authority, relationship) == who_acts.label(
        " Jane Roe ", authority, relationship)


def test_a_request_s_maker_is_named_in_spanish(unlocked_app: AppController, qtbot, spanish: None) -> None:
    """Found on Xvfb after h-legal's "Made by" choice merged: «Ana Prueba, parent (madre)» in the
    Spanish form; the guardian's id stays the data."""
    from vault_app.gui.requests_dialog import NewRequestDialog

    vault = unlocked_app.vault
    assert vault is not None
    client_id = clients.create_client(vault, "Lucia Representada", date_of_birth="2015-01-01").client_id
    guardian = add_guardian(vault, client_id, "Ana Prueba", authority="parent", relationship="madre")
    dialog = NewRequestDialog(unlocked_app, client_id)
    qtbot.addWidget(dialog)
    wait_ops(qtbot)
    assert _items(dialog.made_by) == ["El cliente", "Ana Prueba, progenitor (madre)",
                                      "Un representante personal que no consta en el expediente"]
    assert dialog.made_by.itemData(1) == guardian.guardian_id
