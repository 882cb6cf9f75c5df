"""Where the app may end, and what the ledger records while a user works.

The app ends only when the user asks (Quit, closing the main window, the unlock window
or the first-run wizard). Windows replaced at unlock, lock, the psychotherapy unlock and
restore must never end it. The end-to-end suite (tests/e2e) proves the same on a real X
server through the console script; these tests pin the decisions one by one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.conftest import PASSPHRASE
from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.services import clients

pytestmark = pytest.mark.gui


class QuitCounter:
    def __init__(self, controller: AppController) -> None:
        self.count = 0
        controller.quit_requested.connect(self._hit)

    def _hit(self) -> None:
        self.count += 1


def test_unlock_lock_and_psychotherapy_unlock_never_end_the_app(locked_app: AppController, qtbot) -> None:
    quits = QuitCounter(locked_app)
    window = unlock(locked_app, qtbot)
    locked_app.lock("Locked.")
    wait_ops(qtbot)
    assert locked_app.unlock_window is not None and locked_app.unlock_window.isVisible()
    window = unlock(locked_app, qtbot)
    add_client(locked_app, qtbot)
    tab = window.chart.psychotherapy
    window.chart.tabs.setCurrentWidget(tab)
    tab.passphrase.setText(PASSPHRASE)
    tab.unlock()
    wait_ops(qtbot)
    assert locked_app.psychotherapy_open
    locked_app.lock_psychotherapy()
    wait_ops(qtbot)
    assert quits.count == 0
    assert window.isVisible()


def test_closing_the_main_window_ends_the_app_and_locks(unlocked_app: AppController, qtbot) -> None:
    quits = QuitCounter(unlocked_app)
    vault = unlocked_app.vault
    assert vault is not None and unlocked_app.main_window is not None
    unlocked_app.main_window.close()
    wait_ops(qtbot)
    assert quits.count == 1
    assert not vault.is_open


def test_closing_the_unlock_window_ends_the_app(locked_app: AppController, qtbot) -> None:
    quits = QuitCounter(locked_app)
    assert locked_app.unlock_window is not None
    locked_app.unlock_window.close()
    # Once the worker has finished what it held (gui/quit_wait.py): at once when it holds nothing.
    qtbot.waitUntil(lambda: quits.count == 1)


def test_cancelling_the_first_run_wizard_ends_the_app(fresh_app: AppController, qtbot) -> None:
    quits = QuitCounter(fresh_app)
    assert fresh_app.wizard is not None
    fresh_app.wizard.reject()
    assert quits.count == 1


def test_the_real_entry_point_does_not_quit_on_window_changes(app_folder: Path, qtbot) -> None:
    """run_gui's setting, checked where it lives: the last window closing is not an end."""
    from vault_app.crypto.kdf import OWASP_FLOOR
    from vault_app.services.vault import create_vault

    create_vault(app_folder, PASSPHRASE, params=OWASP_FLOOR).vault.lock()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.quitOnLastWindowClosed()
    try:
        from vault_app.gui import launcher

        controller = launcher.prepare_gui(app_folder, kdf_params=OWASP_FLOOR)
        assert not app.quitOnLastWindowClosed()
        unlock(controller, qtbot)
        controller.lock("test over")
        wait_ops(qtbot)
        if controller.unlock_window is not None:
            controller.unlock_window.dismiss()
        controller.idle.unwatch()
        controller.idle.stop()
        controller.deleteLater()
        wait_ops(qtbot)
    finally:
        app.setQuitOnLastWindowClosed(before)


def test_a_chart_opened_once_is_logged_once_however_long_the_note(unlocked_app: AppController, qtbot) -> None:
    client_id = add_client(unlocked_app, qtbot)
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    start = vault.ledger.head().seq
    window.open_chart(client_id)  # the user clicks the chart: one entry
    wait_ops(qtbot)
    editor = window.chart.new_note()
    assert editor is not None
    field = editor.section_edits["subjective"]
    saves = 0
    for i in range(10):
        qtbot.keyClicks(field, f" sentence {i}.")
        editor.autosave.flush()
        wait_ops(qtbot)
        saves += 1
    assert editor.autosave.saved_version == editor.autosave.version  # all ten pauses were saved
    assert saves == 10
    opened = [e for e in vault.ledger.entries(since_seq=start + 1) if e.kind == "chart.opened"]
    assert [e.payload["client_id"] for e in opened] == [client_id]
    window.open_chart(client_id)  # opening it again is a second user action, and logged
    wait_ops(qtbot)
    again = [e for e in vault.ledger.entries(since_seq=start + 1) if e.kind == "chart.opened"]
    assert len(again) == 2
    assert clients.read_chart(vault, client_id).notes  # the draft is listed in the chart
