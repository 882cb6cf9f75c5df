""""Restored: …", the line that says a held form is back after the unlock, was shown in the
form's error colour (its message line is where refusals are said): it is news, not a problem
(found by walkers). It is said in the calm notes' style, and the next refusal on that line is
in the error colour again. A real new client form through a real lock and unlock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel

from tests.gui.conftest import wait_ops
from tests.gui.test_held_dates import _reopened
from tests.gui.test_held_new_client_and_authorization import _away_and_back, _type
from tests.gui.test_new_client_escape import _new_client_form
from vault_app.gui.client_dialog import ClientDialog
from vault_app.gui.controller import AppController
from vault_app.gui.forms import error_label
from vault_app.gui.held import restored_text

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]


def _colour(label: QLabel) -> str:
    return label.palette().color(QPalette.ColorRole.WindowText).name()


def test_restored_is_said_calmly_and_a_refusal_after_it_is_not(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, app_folder: Path) -> None:
    dialog = _new_client_form(unlocked_app, qtbot)
    _type(qtbot, dialog.legal_name, "Maribel Ortiz")
    window = _away_and_back(unlocked_app, dialog, qtbot, "lock", app_folder)
    again = _reopened(window, ClientDialog, qtbot)
    assert isinstance(again, ClientDialog)
    # The error colour as the theme gives it to a form's problem line in this window.
    refusal = error_label()
    again.layout().addWidget(refusal)
    refusal.setText("x")
    qtbot.waitUntil(refusal.isVisible)
    red = _colour(refusal)
    refusal.deleteLater()

    assert again.message.text() == restored_text("lock")
    qtbot.waitUntil(again.message.isVisible)
    assert again.message.objectName() == "calmNote"
    assert _colour(again.message) != red

    again.legal_name.clear()  # a refusal on the same line: in the error colour again
    again.save_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: again.message.text() not in ("", restored_text("lock")))
    qtbot.waitUntil(lambda: again.message.objectName() == "verdictRefused")
    assert _colour(again.message) == red


def test_said_twice_on_one_line_the_last_counts(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A line said restored twice (a second restore into the same form) goes back to its own
    style at the next words all the same, with its own accessible name."""
    from PySide6.QtWidgets import QDialog, QVBoxLayout

    from vault_app.gui.held import restore_held

    class Form(QDialog):
        def __init__(self) -> None:
            super().__init__()
            self.message = error_label()
            QVBoxLayout(self).addWidget(self.message)

        def restore_fields(self, fields: dict[str, object]) -> None:
            pass

    form = Form()
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    named = form.message.accessibleName()
    restore_held(form, {"fields": {}, "why": "lock"})
    restore_held(form, {"fields": {}, "why": "quit"})
    form.message.grab()  # painted with its second words: still news
    assert form.message.text() == restored_text("quit") and form.message.objectName() == "calmNote"
    assert form.message.accessibleName() != named
    form.message.setText("The legal name must not be empty.")
    qtbot.waitUntil(lambda: form.message.objectName() == "verdictRefused")
    assert form.message.accessibleName() == named
