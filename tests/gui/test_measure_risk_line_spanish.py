"""A PHQ-9 with item 9 above zero entered on a Spanish screen: the line it writes into the
session's draft note is Spanish (found on the real app: an English line in the Spanish draft
the therapist signs). The line's words are domain/measures/risk_line.py's."""

from __future__ import annotations

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_measure_spanish_items import spanish  # noqa: F401  (the fixture: a Spanish screen)
from tests.gui.test_measures_tab import _open_tab
from vault_app.gui.controller import AppController
from vault_app.gui.measure_dialog import MeasureDialog
from vault_app.services import notes, sessions

pytestmark = pytest.mark.gui


def test_flagged_measure_on_a_spanish_screen_writes_a_spanish_line(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, spanish: None) -> None:  # noqa: F811
    tab, cid = _open_tab(unlocked_app, qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    session = sessions.add_session(vault, cid, date="2026-03-02", duration_minutes=50)
    dialog = tab.enter_measure()
    assert isinstance(dialog, MeasureDialog)
    wait_ops(qtbot)
    dialog.session_box.setCurrentIndex(dialog.session_box.findData(session.session_id))
    dialog.set_answers([2, 2, 1, 1, 1, 1, 1, 1, 1])
    dialog.save_button.click()
    wait_ops(qtbot)
    assert dialog.result_ is not None and dialog.result_.flag is not None
    note_id = dialog.result_.flag.note_id
    assert note_id is not None
    line = notes.get_note(vault, note_id).sections["assessment"]
    assert line == ("[PHQ-9 03/02/2026: total 11 (moderada); ítem 9 con respuesta por encima de «Ningún día». "
                    "Valoración del riesgo y plan de seguridad pendientes de documentar.]")
    dialog.accept()
