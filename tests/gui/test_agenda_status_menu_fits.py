"""The agenda's status menu (S, or "Other status…") opens inside the window, under Sunday's
column too. Found by a walker at 1280x720, 150 %: opened at the cell's left edge, it ran off the
window's right edge. Under a column with room it opens at the cell's left edge, as before.
Real widgets, a real vault."""

from __future__ import annotations

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_agenda import _select
from tests.gui.test_agenda_keyboard import _open_agenda
from tests.gui.test_chart import add_client
from vault_app.domain.appointments import week_of
from vault_app.gui.controller import AppController
from vault_app.services import appointments

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("weekday", [0, 6])
def test_the_status_menu_opens_inside_the_window(unlocked_app: AppController, qtbot, weekday: int) -> None:
    window = unlocked_app.main_window
    assert window is not None
    # Inside the test platform's screen (800 wide), which Qt keeps a menu in: the window's own
    # edge is what it ran past (on the walker's screen Qt did not keep it in either).
    window.resize(700, 600)
    window.move(0, 0)
    window.show()
    qtbot.waitExposed(window)
    client_id = add_client(unlocked_app, qtbot, name="Gwen Sundaycolumn")
    vault = unlocked_app.vault
    assert vault is not None
    monday, _sunday = week_of(window.agenda.day)
    day = monday.fromordinal(monday.toordinal() + weekday)
    (appt,) = appointments.schedule(vault, client_id, date=day, start="11:00")
    agenda = _open_agenda(unlocked_app, qtbot)
    agenda.set_mode("week")
    agenda.show_day(day)
    wait_ops(qtbot)
    _select(agenda, appt.appointment_id)
    agenda.show_status_menu()
    menu = agenda.status_menu
    qtbot.waitUntil(menu.isVisible, timeout=10_000)
    shown = menu.geometry()
    left = window.mapToGlobal(window.rect().topLeft()).x()
    right = window.mapToGlobal(window.rect().topRight()).x()
    assert left <= shown.left() and shown.right() <= right, (shown, left, right)
    cell = agenda.table.visualItemRect(agenda.table.currentItem())
    cell_left = agenda.table.viewport().mapToGlobal(cell.bottomLeft()).x()
    if weekday == 0:
        assert shown.left() == cell_left  # room enough: where it always opened
    menu.close()
    wait_ops(qtbot)
