"""A sentence ending on a time in a practice that writes "2:30 p.m." (es_US, es_MX) ends once,
found on Xvfb (explore round): Backups said "Última copia: 04/12/2026 8:26 p.m.. Última copia
comprobada: hoy." and the agenda "Programada para el ... a las 10:00 a.m..". Real widgets, a
real vault."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time

import pytest
from PySide6.QtCore import QTime

from tests.gui.conftest import wait_ops
from tests.gui.test_agenda_keyboard import _open_agenda
from tests.gui.test_appointment_typing import _new_dialog
from tests.gui.test_chart import add_client
from vault_app.gui import dates
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


@pytest.fixture
def spanish_us_practice() -> Iterator[None]:
    dates.set_practice_locale("es_US")
    try:
        yield
    finally:
        dates.set_practice_locale(None)


def test_the_helper_keeps_one_stop_and_an_ellipsis() -> None:
    assert dates.one_stop("Última copia: 04/12/2026 8:26 p.m..") == "Última copia: 04/12/2026 8:26 p.m."
    assert dates.one_stop("Last backup: 12/04/2026 8:26 PM.") == "Last backup: 12/04/2026 8:26 PM."
    assert dates.one_stop("Saving...") == "Saving..."


def test_the_agenda_says_a_booking_with_one_stop(unlocked_app: AppController, qtbot,  # type: ignore[no-untyped-def]
                                                 spanish_us_practice: None) -> None:
    assert dates.show_time(time(14, 30)).endswith(".")  # the practice's own way: "2:30 p.m."
    add_client(unlocked_app, qtbot, name="Paloma Puntos")
    agenda = _open_agenda(unlocked_app, qtbot)
    dialog = _new_dialog(agenda, qtbot)
    dialog.start.setTime(QTime(14, 30))
    dialog.save()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    said = agenda.message.text()
    assert said.endswith(dates.show_time(time(14, 30))) and not said.endswith(".."), said


def test_backups_say_the_last_backup_with_one_stop(unlocked_app: AppController, qtbot,  # type: ignore[no-untyped-def]
                                                   spanish_us_practice: None, tmp_path) -> None:
    from vault_app.gui.backups import BackupsDialog

    dialog = BackupsDialog(unlocked_app, parent=unlocked_app.main_window)
    qtbot.addWidget(dialog)
    wait_ops(qtbot)
    dialog.target.setText(str(tmp_path / "copies"))
    dialog.backup_now()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "p.m.." not in dialog.summary.text() and "m." in dialog.summary.text(), timeout=20_000)
