"""Verdicts and refusals are said to a screen reader as they appear (found by a keyboard-only
therapist with low vision: the export's "Not allowed…", the Emergency Kit's "This kit opens this
vault." and the authorization form's refusal appeared in red or green while the keyboard stayed
where it was, and no accessibility event was sent at all). Each is now announced (Qt's
announcement event); gui/announce.announcer().said carries the words the screen reader got."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from tests.gui.test_export_and_lock import to_basis_page
from tests.gui.test_kit_check import OPENS, _open_check, kit_app  # noqa: F401 (a fixture)
from vault_app.gui.announce import announcer
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui

ALT = Qt.KeyboardModifier.AltModifier


def _listening() -> list[str]:
    heard: list[str] = []
    announcer().said.connect(heard.append)
    return heard


def test_the_export_verdict_is_said_when_check_is_pressed(unlocked_app: AppController, qtbot) -> None:
    _window, wizard, basis = to_basis_page(unlocked_app, qtbot)
    form = basis.form
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    form.basis.setCurrentIndex(form.basis.findData("authorization"))
    form.basis.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.basis)
    heard = _listening()
    qtbot.keyClick(form.basis, Qt.Key.Key_K, ALT)  # Check
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: any(h.startswith("Not allowed. ") for h in heard))
    said = next(h for h in heard if h.startswith("Not allowed. "))
    assert basis.verdict is not None and basis.verdict.message in said, heard  # the reason, not only the title
    assert QApplication.focusWidget() is form.basis  # said where the keyboard is: it did not move


def test_the_kit_check_result_is_said(kit_app, qtbot) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    recovery_key, controller = kit_app
    dialog = _open_check(controller)
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.key.setFocus()
    heard = _listening()
    qtbot.keyClicks(dialog.key, recovery_key)
    qtbot.keyClick(dialog.key, Qt.Key.Key_Return)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: OPENS in heard, timeout=20_000)
    dialog.close()
    wait_ops(qtbot)


def test_the_authorization_form_s_refusal_is_said(unlocked_app: AppController, qtbot) -> None:
    from vault_app.gui.auth_dialog import AuthorizationDialog

    client_id = add_client(unlocked_app, qtbot, "Ana Announceperson")
    dialog = AuthorizationDialog(unlocked_app, client_id, parent=unlocked_app.main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    wait_ops(qtbot)
    heard = _listening()
    dialog.save_button.setFocus()
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)  # Record, nothing filled in
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: bool(dialog.message.text()))
    qtbot.waitUntil(lambda: bool(heard))
    assert heard[-1] == " ".join(dialog.message.text().split()), heard
    # The same refusal again (Record pressed twice) is not said twice while it stays on screen.
    count = len(heard)
    dialog.message.setText(dialog.message.text())
    qtbot.wait(20)
    assert len(heard) == count
    dialog.reject()
    wait_ops(qtbot)
