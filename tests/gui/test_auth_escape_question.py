"""Escape on the authorization form after only a choice was changed (a tick, the signer's role)
asks about "your changes", not "what you typed" (found by a walker, English and Spanish: "Close
without saving what you typed?" with nothing typed). Settings asks so too; one rule
(gui/escape_guard.GuardedDialog.leave_question). Typed words still ask about the typing. Real Qt
widgets, real key events, a real vault."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.gui.conftest import wait_ops
from tests.gui.test_window_mnemonics import language  # noqa: F401  (the fixture: en, then es)
from vault_app.gui.controller import AppController
from vault_app.services import clients

pytestmark = pytest.mark.gui

CHANGES = {"en": "Close without saving your changes?", "es": "¿Cerrar sin guardar sus cambios?"}
TYPED = {"en": "Close without saving what you typed?", "es": "¿Cerrar sin guardar lo que escribió?"}


def _escape_question(app: AppController, qtbot: Any, change: str) -> QMessageBox:
    from vault_app.gui.auth_dialog import AuthorizationDialog

    assert app.vault is not None
    client_id = clients.create_client(app.vault, "Ada Testperson").client_id
    dialog = AuthorizationDialog(app, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    if change == "tick":
        dialog.cover_billing.setChecked(not dialog.cover_billing.isChecked())
    else:
        dialog.recipient.setFocus()
        qtbot.keyClicks(dialog.recipient, "Dr. Receiving")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = dialog.leave_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    return box


def test_a_tick_alone_asks_about_the_changes(language: str, unlocked_app: AppController,  # noqa: F811
                                             qtbot: Any) -> None:
    box = _escape_question(unlocked_app, qtbot, "tick")
    assert box.text() == CHANGES[language]
    assert "typed" not in box.informativeText() and "escribió" not in box.informativeText()
    box.reject()


def test_typed_words_ask_about_the_typing(language: str, unlocked_app: AppController,  # noqa: F811
                                          qtbot: Any) -> None:
    box = _escape_question(unlocked_app, qtbot, "typed")
    assert box.text() == TYPED[language]
    box.reject()
