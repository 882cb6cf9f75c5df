"""New client for a person who has a chart already: asked first, and Enter opens that chart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.client_dialog import ClientDialog
from vault_app.gui.controller import AppController


def _fill_and_save(app: AppController, qtbot, name: str, born: str) -> ClientDialog:
    window = app.main_window
    assert window is not None
    window.client_list.new_client()
    dialog = next(d for d in window.findChildren(ClientDialog) if d.isVisible())
    dialog.legal_name.setText(name)
    dialog.date_of_birth.setText(born)
    dialog.save_button.click()
    wait_ops(qtbot)
    return dialog


def _question(qtbot) -> QMessageBox:
    box: list[QMessageBox] = []

    def shown() -> bool:
        box[:] = [w for w in QApplication.topLevelWidgets()
                  if isinstance(w, QMessageBox) and w.objectName() == "duplicateClientBox" and w.isVisible()]
        return bool(box)

    qtbot.waitUntil(shown, timeout=5000)
    return box[0]


def test_the_same_name_and_birth_date_asks_and_enter_opens_the_chart_there_is(
        unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    first = add_client(unlocked_app, qtbot, "Ada Quillfeather")
    dialog = _fill_and_save(unlocked_app, qtbot, "ada quillfeather", "1980-02-03")
    box = _question(qtbot)
    assert "Ada Quillfeather" in box.informativeText() and "(active)" in box.informativeText()
    assert window.client_list.tree.topLevelItemCount() == 1  # nothing created yet
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    wait_ops(qtbot)
    assert window.chart.client_id == first
    assert window.client_list.tree.topLevelItemCount() == 1


def test_escape_keeps_the_form_and_a_second_chart_is_made_only_when_asked(
        unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    first = add_client(unlocked_app, qtbot, "Ada Quillfeather")
    dialog = _fill_and_save(unlocked_app, qtbot, "Ada Quillfeather", "1980-02-03")
    box = _question(qtbot)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=5000)
    assert dialog.isVisible() and dialog.legal_name.text() == "Ada Quillfeather"
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    wait_ops(qtbot)
    box = _question(qtbot)
    second = next(b for b in box.buttons() if b.text().replace("&", "") == "Create a second chart")
    second.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: window.client_list.tree.topLevelItemCount() == 2, timeout=5000)
    assert window.chart.client_id not in (None, first)
