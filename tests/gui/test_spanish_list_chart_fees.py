"""The client list, the chart's heading and tab names, and the fees in Spanish (found: a therapist
who chose Spanish read 'New client', 'Last seen', 'Overview' and the whole fee schedule in
English). Real vault, real widgets, the real es.ts. What is stored and searched stays the key:
the list's filter asks for 'discharged' whatever it reads."""

from __future__ import annotations

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import elsewhere, rows
from tests.gui.test_chart import add_client
from vault_app.domain.codes import DESCRIPTIONS
from vault_app.gui.controller import AppController
from vault_app.services import billing, clients

pytestmark = pytest.mark.gui


def test_the_client_list_speaks_spanish_and_filters_by_key(unlocked_app: AppController, qtbot, spanish: None) -> None:
    from vault_app.gui.client_list import ClientListPanel

    add_client(unlocked_app, qtbot, "Lucia Lista")
    elsewhere(unlocked_app, qtbot, lambda v: clients.create_client(v, "Dora Alta", date_of_birth="1970-01-01",
                                                                  status="discharged"))
    panel = ClientListPanel(unlocked_app)  # the window's was built before Spanish was installed
    qtbot.addWidget(panel)
    panel.refresh()
    wait_ops(qtbot)
    header = panel.tree.headerItem()
    # "Última visita" may take two lines where one would be wider than a date (gui/header_fit.py)
    assert [" ".join(header.text(c).split()) for c in range(3)] == ["Nombre", "Expediente", "Última visita"]
    assert panel.search.placeholderText() == "Buscar nombre o n.º de expediente"
    assert panel.new_button.text() == "Nuevo cliente"
    assert [panel.filter.itemText(i) for i in range(panel.filter.count())] == [
        "Activos", "Inactivos", "Dados de alta", "Todos"]
    assert panel.count_label.text() == "1 cliente"
    panel.filter.setCurrentIndex(panel.filter.findText("Dados de alta"))
    wait_ops(qtbot)
    assert panel.filter.currentData() == "discharged"
    assert [r.split(" | ")[0] for r in rows(panel.tree)] == ["Dora Alta"]
    panel.filter.setCurrentIndex(panel.filter.findData("inactive"))
    wait_ops(qtbot)
    assert panel.count_label.text() == "No hay clientes inactivos."
    panel.filter.setCurrentIndex(panel.filter.findData("all"))
    wait_ops(qtbot)
    assert panel.count_label.text() == "2 clientes"


def test_a_couple_s_chart_heads_its_tabs_in_spanish(unlocked_app: AppController, qtbot, spanish: None) -> None:
    from vault_app.gui.chart_view import ChartView

    vault = unlocked_app.vault
    assert vault is not None
    members = [clients.create_client(vault, name, date_of_birth="1980-01-01").client_id
               for name in ("Ana Pareja", "Luis Pareja")]
    case = clients.create_case(vault, "Ana y Luis", members, kind="couple")
    view = ChartView(unlocked_app)
    qtbot.addWidget(view)
    view.load(case.case_id)
    wait_ops(qtbot)
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == [
        "Resumen", "Sesiones y notas", "Psicoterapia", "Autorizaciones", "Divulgaciones", "Solicitudes",
        "Adjuntos", "Historial", "Decisiones", "Escalas"]
    assert (view.note_button.text(), view.export_button.text()) == ("Nueva nota", "Exportar o divulgar…")
    assert view.subheader.text() == "activo, caso de pareja"
    assert clients.get_client(vault, case.case_id).kind == "couple"  # stored by key


def test_the_english_words_are_unchanged(unlocked_app: AppController, qtbot) -> None:
    from vault_app.gui.chart_view import ChartView
    from vault_app.gui.client_list import ClientListPanel

    vault = unlocked_app.vault
    assert vault is not None
    members = [clients.create_client(vault, name, date_of_birth="1980-01-01").client_id
               for name in ("Ann Family", "Lou Family")]
    case = clients.create_case(vault, "The Familys", members, kind="family")
    view = ChartView(unlocked_app)
    qtbot.addWidget(view)
    view.load(case.case_id)
    panel = ClientListPanel(unlocked_app)
    qtbot.addWidget(panel)
    panel.refresh()
    wait_ops(qtbot)
    assert view.subheader.text() == "active, family case"
    assert view.tabs.tabText(1) == "Sessions && notes"  # && is Qt's one ampersand
    assert [panel.filter.itemText(i) for i in range(panel.filter.count())] == [
        "Active", "Inactive", "Discharged", "All"]
    assert panel.count_label.text() == "2 clients, 1 couple or family case"  # a case counted apart (joint-case)


def test_the_fees_dialog_speaks_spanish(unlocked_app: AppController, qtbot, spanish: None) -> None:
    from vault_app.gui.fees_dialog import FeesDialog

    dialog = FeesDialog(unlocked_app, unlocked_app.main_window)
    qtbot.addWidget(dialog)
    wait_ops(qtbot)
    assert dialog.windowTitle() == "Honorarios y política de citas perdidas"
    header = dialog.tree.headerItem()
    assert [header.text(c) for c in range(3)] == ["CPT", "Servicio", "Honorarios"]
    assert dialog.set_button.text().replace("&", "") == "Fijar tarifa"  # with its Alt letter
    assert dialog.message.text() == ("Aún no hay tarifas: elija un código CPT, escriba sus honorarios y pulse "
                                     "«Fijar tarifa».")
    dialog.code.setCurrentText("90837")
    dialog.amount.setText("180.00")
    dialog.set_fee()
    wait_ops(qtbot)
    assert rows(dialog.tree) == ["90837 | Psicoterapia, 60 minutos (53 o más) | $180.00"]
    assert dialog.message.text() == ("90837: $180.00 a partir de ahora. Las sesiones ya realizadas conservan los "
                                     "honorarios que tenían; las que no tenían ninguno toman este.")
    vault = unlocked_app.vault
    assert vault is not None and billing.fee_schedule(vault) == {"90837": 18000}
    tip = dialog.code.itemData(dialog.code.findData("90791"), 3)  # Qt.ToolTipRole
    assert tip == "Evaluación diagnóstica psiquiátrica"


def test_every_cpt_description_is_marked_for_translation_as_the_domain_words_it() -> None:
    """SERVICE_WORDS repeats domain.codes.DESCRIPTIONS for pyside6-lupdate: a code added or a
    description reworded there fails here until it is here too (and in es.ts, by test_i18n)."""
    from vault_app.gui.fees_dialog import SERVICE_WORDS, service_words

    assert SERVICE_WORDS == DESCRIPTIONS
    assert service_words("90837") == DESCRIPTIONS["90837"]  # English screens
    assert service_words("99999") == ""



def test_the_prolonged_service_add_on_codes_are_described_in_spanish(qapp, spanish: None) -> None:
    """The fee list showed 99354 and 99417 (prolonged service add-on codes) with no words."""
    from vault_app.gui.fees_dialog import service_words

    assert DESCRIPTIONS["99417"] == "Prolonged office visit, each additional 15 minutes (add-on)"
    # as short as 90840's: longer, the Spanish list cut it ("código comple…", seen on Xvfb)
    assert service_words("99354") == "Servicio prolongado, primera hora adicional (código complementario)"
    assert service_words("99417") == "Consulta prolongada, cada 15 minutos más (código complementario)"
