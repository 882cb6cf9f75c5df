"""The day's screens in Spanish (found: a therapist who chose Spanish read English on Today, the
worklist, the agenda, the appointment form and the client's account). Real vault, real widgets,
the real es.ts. What is stored never follows the screen's language: a payment's method and an
appointment's status are kept by key."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui import dates
from vault_app.gui.controller import AppController
from vault_app.services import appointments, billing

pytestmark = pytest.mark.gui


def _rows(tree) -> list[list[str]]:
    def walk(item: QTreeWidgetItem) -> Iterator[list[str]]:
        yield [item.text(c) for c in range(tree.columnCount())]
        for i in range(item.childCount()):
            yield from walk(item.child(i))

    return [row for i in range(tree.topLevelItemCount()) for row in walk(tree.topLevelItem(i))]


def test_today_worklist_agenda_appointment_and_account_speak_spanish(unlocked_app: AppController, qtbot,
                                                                     spanish: None) -> None:
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, "Lucia Cuenta")
    billing.set_scheduled_fee(vault, "90837", "1400.00")
    day = date.today() - timedelta(days=2)
    (seen, missed) = (appointments.schedule(vault, client_id, date=day, start="09:00")[0],
                      appointments.schedule(vault, client_id, date=day, start="15:00")[0])
    appointments.attend(vault, seen.appointment_id)  # a session with an unsigned draft: owed on the worklist
    billing.record_payment(vault, client_id, paid_on=day.isoformat(), amount="140", method="transfer")

    from vault_app.gui.dashboard import DashboardPage

    dashboard = DashboardPage(unlocked_app)  # the window's was built before Spanish was installed
    qtbot.addWidget(dashboard)
    dashboard.refresh()
    wait_ops(qtbot)
    assert [dashboard.cards[k].title.text() for k in ("requests", "unsigned", "ledger")] == [
        "Solicitudes por vencer", "Notas sin firmar", "Registro de auditoría"]
    assert dashboard.cards["worklist"].title.text() == "Pendientes"
    links = [b.text() for b in dashboard.cards["worklist"].findChildren(type(dashboard.verify_button))]
    assert "Notas sin firmar: 1" in links and "Citas por registrar: 1" in links, links

    window.show_worklist()
    wait_ops(qtbot)
    rows = _rows(window.worklist.tree)
    assert ["Notas sin firmar (1)", "", "", ""] in rows
    assert ["nota SOAP por firmar", "expediente C00001", dates.show_date(day), "hace 2 días"] in rows
    assert ["registrar asistencia, inasistencia o cancelación", "expediente C00001", dates.show_date(day),
            "hace 2 días"] in rows

    window.show_agenda()
    agenda = window.agenda
    agenda.show_day(day)
    wait_ops(qtbot)
    assert (agenda.title.text(), agenda.new_button.text().replace("&", "")) == ("Agenda", "Nueva cita…")
    headers = [agenda.table.horizontalHeaderItem(c).text() for c in range(agenda.table.columnCount())]
    # Spanish weekdays, the US practice's dates (en_US: 12/07/2026)
    weekday = ("lun", "mar", "mié", "jue", "vie", "sáb", "dom")[day.weekday()]
    assert f"{weekday}\n{dates.show_date(day)}" in headers, headers  # weekday over date
    cells = [agenda.table.item(r, c).text() for r in range(agenda.table.rowCount())
             for c in range(agenda.table.columnCount()) if agenda.table.item(r, c) is not None]
    assert any(cell.endswith("\nprogramada") for cell in cells), cells
    assert any(cell.endswith("\natendida · nota sin firmar") for cell in cells), cells
    assert [a.text() for a in agenda.status_menu.actions()][-2:] == ["Cancelación tardía", "Inasistencia"]

    dialog = agenda.new_appointment()
    wait_ops(qtbot)
    assert dialog.windowTitle() == "Nueva cita"
    assert [dialog.repeat.itemText(i) for i in range(dialog.repeat.count())] == [
        "No se repite", "Cada semana", "Cada dos semanas"]
    dialog.reject()

    # the account: Spanish words, the practice's money ($ in the US), the methods kept by key
    for r in range(agenda.table.rowCount()):
        item = agenda.table.item(r, agenda.table.currentColumn())
        if item is not None and item.data(Qt.ItemDataRole.UserRole).item_id == missed.appointment_id:
            agenda.table.setCurrentCell(r, agenda.table.currentColumn())
    account = agenda.open_account()
    wait_ops(qtbot)
    assert account is not None and account.windowTitle() == "Cuenta · expediente C00001"
    assert account.balance.text() == "Saldo: $1,260.00"
    rows = _rows(account.tree)
    assert [dates.show_date(day), "pago (transferencia)", "", "-$140.00"] in rows, rows
    assert [dates.show_date(day), "sesión", "90837", "$1,400.00"] in rows, rows
    assert account.method.currentText() == "efectivo" and account.method.currentData() == "cash"
    account.amount.setText("60")
    account.method.setCurrentIndex(account.method.findData("check"))
    account.pay_button.click()
    wait_ops(qtbot)
    assert account.message.text() == "Pago de $60.00 registrado."
    assert [p.method for p in billing.account(vault, client_id).payments] == ["transfer", "check"]
    account.close()

    agenda.set_status("no_show")
    wait_ops(qtbot)
    assert agenda.message.text() == "Registrada como inasistencia; no se crea ninguna nota clínica."
    assert appointments.get(vault, missed.appointment_id).status == "no_show"


def test_the_account_writes_money_the_practice_s_way(unlocked_app: AppController, qtbot) -> None:
    """Money followed no locale ("$1,400.00" for a practice in Spain, beside 07/12/2026)."""
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, "Marta Importe")
    billing.record_payment(vault, client_id, paid_on=date.today().isoformat(), amount="1400.50", method="cash")
    from vault_app.gui.account_dialog import AccountDialog

    dates.set_practice_locale("es_ES")
    try:
        dialog = AccountDialog(unlocked_app, client_id, chart_number="1", parent=window)
        qtbot.addWidget(dialog)
        wait_ops(qtbot)
        # English screen, Spain's conventions; \xa0 keeps the amount and its sign on one line
        assert dialog.balance.text() == "Credit: 1.400,50\xa0US$"  # paid ahead: a credit, never "-"
        assert [dates.show_date(date.today()), "payment (cash)", "", "-1.400,50\xa0US$"] in _rows(dialog.tree)
    finally:
        dates.set_practice_locale("en_US")


def test_the_spanish_today_fits_a_narrow_window(unlocked_app: AppController, qtbot, spanish: None) -> None:
    """Found on Xvfb: in a 1000-pixel window the Spanish Today scrolled sideways, its third column
    of cards out of sight, held wide by one unwrapped title ("Última copia de seguridad
    comprobada")."""
    from vault_app.gui.dashboard import DashboardPage

    dashboard = DashboardPage(unlocked_app)
    qtbot.addWidget(dashboard)
    dashboard.resize(640, 700)  # the page's share of a 1000-pixel window beside the client list
    dashboard.show()
    dashboard.refresh()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: dashboard.cards["backup"].value.text() == "Nunca")
    assert dashboard.horizontalScrollBar().maximum() == 0
