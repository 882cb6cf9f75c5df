"""The appointment form's client drop-down, keyboard first. Found by round 39's walker (a bilingual
therapist with Spanish-speaking clients): the list was in chart-number order (C00001, C00002...),
not by surname as the client list is, and typing "ang" did not reach Ángel Zúñiga nor "nun" Ñuño
Peña: a therapist with sixty clients could not find one by name. The drop-down now keeps the
client list's order (its "sort as", else the last word) and its type-ahead ignores case and
accents with the client search's own folding (domain/name_fold.py). Real vault, real widgets,
real key events."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import clients

pytestmark = pytest.mark.gui

# (legal name, chart number, sort as, preferred name): chart numbers in another order than the surnames
CHARTS = [("Ángel Zúñiga", "C00001", "", ""), ("Ñuño Peña", "C00002", "", "Ñuño"), ("Bea Ávila", "C00003", "", ""),
          ("María García López", "C00004", "García López", ""), ("Dan Ortiz", "C00005", "", ""),
          ("Beatriz Soto Vidal", "C00006", "Soto Vidal", "Bety")]
# Named as the client list names them: the legal name beside a different preferred one
BY_SURNAME = ["Bea Ávila", "María García López", "Dan Ortiz", "Ñuño Peña", "Bety (Beatriz Soto Vidal)",
              "Ángel Zúñiga"]


def _form(app: AppController, qtbot):  # type: ignore[no-untyped-def]
    from vault_app.gui.appointment_dialog import AppointmentDialog

    dialog = AppointmentDialog(app, day=date(2026, 12, 7), parent=app.main_window)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: dialog.client.count() == len(CHARTS), timeout=10_000)
    return dialog


@pytest.fixture
def charts(unlocked_app: AppController) -> Iterator[None]:
    from PySide6.QtWidgets import QApplication

    vault = unlocked_app.vault
    assert vault is not None
    for name, chart, sort_as, preferred in CHARTS:
        clients.create_client(vault, name, chart_number=chart, sort_as=sort_as, preferred_name=preferred,
                              date_of_birth="1980-01-01")
    # Letters typed in a row add up until the desktop's pause (400 ms): a loaded test machine is
    # given all the time it needs between two keys, so no test depends on the clock.
    interval = QApplication.keyboardInputInterval()
    QApplication.setKeyboardInputInterval(600_000)
    yield
    QApplication.setKeyboardInputInterval(interval)


def test_the_clients_are_in_the_client_lists_order(unlocked_app: AppController, qtbot, charts: None) -> None:  # type: ignore[no-untyped-def]
    dialog = _form(unlocked_app, qtbot)
    shown = [dialog.client.itemText(i).split(" · ")[0] for i in range(dialog.client.count())]
    assert shown == BY_SURNAME
    dialog.reject()


@pytest.mark.parametrize(("typed", "found"), [
    ("ang", "Ángel Zúñiga"), ("nun", "Ñuño Peña"), ("ÑU", "Ñuño Peña"), ("zun", "Ángel Zúñiga"),
    ("avi", "Bea Ávila"), ("garcia", "María García López"), ("c00005", "Dan Ortiz"),
    ("soto", "Bety (Beatriz Soto Vidal)"), ("bety", "Bety (Beatriz Soto Vidal)"),
])
def test_typing_part_of_a_name_finds_it_whatever_its_accents(unlocked_app: AppController, qtbot,  # type: ignore[no-untyped-def]
                                                             charts: None, typed: str, found: str) -> None:
    dialog = _form(unlocked_app, qtbot)
    assert dialog.client.hasFocus() or dialog.client is dialog.focusWidget()
    if typed.isascii():
        qtbot.keyClicks(dialog.client, typed)
    else:  # QTest types ASCII only: the key event a latam keyboard's Ñ gives
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QApplication

        for letter in typed:
            QApplication.sendEvent(dialog.client, QKeyEvent(QKeyEvent.Type.KeyPress, 0,
                                                            Qt.KeyboardModifier.NoModifier, letter))
    assert dialog.client.currentText().split(" · ")[0] == found
    dialog.reject()
