"""Open and Correct session details… with nothing selected (found in the real app: they did
nothing, without a word): the only row is the one meant; with several, the status bar says
to choose one and the list takes the keyboard."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import elsewhere, window_of
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.services import sessions


def _button(tab: object, text: str) -> QPushButton:
    # Without its Alt letter's "&" (widgets.give_button_mnemonics)
    return next(b for b in tab.findChildren(QPushButton)  # type: ignore[attr-defined]
                if b.text().replace("&", "") == text)


def _session_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
            and "Session details" in w.windowTitle()]


def test_the_only_session_is_the_one_meant_and_with_two_the_list_is_offered(unlocked_app: AppController,
                                                                             qtbot) -> None:
    window = window_of(unlocked_app)
    client_id = add_client(unlocked_app, qtbot, "Cleo Choosesession")
    elsewhere(unlocked_app, qtbot, lambda v: sessions.add_session(v, client_id, date=date(2026, 11, 2),
                                                                 duration_minutes=50))
    window.open_chart(client_id)
    wait_ops(qtbot)
    tab = window.chart.sessions
    tab.sessions.clearSelection()
    _button(tab, "Correct session details…").click()
    wait_ops(qtbot)
    dialogs = _session_dialogs()
    assert len(dialogs) == 1
    dialogs[0].reject()
    elsewhere(unlocked_app, qtbot, lambda v: sessions.add_session(v, client_id, date=date(2026, 11, 9),
                                                                 duration_minutes=50))
    window.open_chart(client_id)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: tab.sessions.topLevelItemCount() == 2, timeout=10_000)
    tab.sessions.clearSelection()
    _button(tab, "Correct session details…").click()
    wait_ops(qtbot)
    assert _session_dialogs() == []
    assert window.status_label.text() == "Choose a session in the list first, then Correct session details…"
    _button(tab, "Open").click()
    assert window.status_label.text() == "No progress notes in this chart yet."


def test_the_backups_buttons_say_what_to_choose(unlocked_app: AppController, qtbot, tmp_path) -> None:
    from tests.gui.test_backups_repo import _dialog
    from vault_app.services import backup

    dialog = _dialog(unlocked_app, qtbot)
    dialog.verify_selected()
    assert dialog.result_label.text() == "No backup yet: Back up now makes the first."
    dialog.close()
    for _ in range(2):
        elsewhere(unlocked_app, qtbot, lambda v: backup.create_backup(v, tmp_path / "bk", rotate_old=False))
    dialog = _dialog(unlocked_app, qtbot)
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 2, timeout=10_000)
    dialog.tree.clearSelection()
    dialog.restore_selected()
    assert dialog.result_label.text() == "Choose a backup in the list first."
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible() and "Restore" in w.windowTitle()] == []
    dialog.close()


def test_save_a_copy_with_nothing_attached_says_so(unlocked_app: AppController, qtbot) -> None:
    window = window_of(unlocked_app)
    client_id = add_client(unlocked_app, qtbot, "Noa Nodocuments")
    window.open_chart(client_id)
    wait_ops(qtbot)
    _button(window.chart.attachments, "Save a copy…").click()
    assert window.status_label.text() == "No documents attached to this chart yet."
