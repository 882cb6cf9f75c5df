"""Provide the copy on a 1366x768 laptop at 150 % (910x512): the two passwords typed differently,
"Make the copy and grant" said why where the therapist could not see it.

Found by a walker (round 44, Spanish screens): "Confirm password" and the refusal "The two
passwords differ." sat below the fold of the scrolled fields; pressing the button (click or Alt)
seemed to do nothing. Now the refusal is in sight beside the buttons, and the fields it is about
are scrolled into view with the keyboard in the first. Real vault, real widgets, the laptop's room
(screen_fit.room_of, as tests/gui/test_dialogs_fit_150_percent.py stands it in)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from tests.core import disclosure_fixtures as fx
from tests.gui import test_dialogs_fit_150_percent as fit
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import requests

pytestmark = pytest.mark.gui

laptop_150 = fit.laptop_150


WANTED = ("a copy of every progress note since my first session in 2024, the questionnaires I filled in, and "
          "the billing for each session, for my new therapist and my insurer; by e-mail to the address I gave, "
          "or on paper if e-mail is not possible; I also ask which notes were sent to my doctor and when, "
          "and whether anything was left out of the copy and why")


def _in_sight(widget: QWidget) -> bool:
    """Shown, whole, within its window and not scrolled out of a scroll area's view."""
    if not widget.isVisible():
        return False
    window = widget.window()
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    if not window.rect().contains(rect):
        return False
    for area in window.findChildren(QScrollArea):
        view = area.viewport()
        if view.isAncestorOf(widget) and not QRect(view.mapTo(window, QPoint(0, 0)), view.size()).contains(rect):
            return False
    return True


def test_passwords_that_differ_are_said_in_sight(unlocked_app: AppController, qtbot: Any, laptop_150: None,
                                                 language: str, tmp_path: Any) -> None:
    from vault_app.gui.access_copy_dialog import AccessCopyDialog

    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    asked = requests.add_request(vault, chart.client_id, kind="access", received_on=date.today().isoformat(),
                                 description=WANTED)
    # The request as its window passes it: what the client asked for, in their words, at length.
    copy = AccessCopyDialog(unlocked_app, asked.id, f"Access request received {date.today()}: {WANTED}")
    qtbot.addWidget(copy)
    copy.show()
    qtbot.waitExposed(copy)
    wait_ops(qtbot)
    assert copy.height() <= fit.ROOM.height()
    out = tmp_path / "copies"
    out.mkdir()
    copy.folder.setText(str(out))
    copy.password.setText("correct horse battery")
    copy.password_again.setText("correct horse batery")
    copy.body_area.verticalScrollBar().setValue(0)  # where the window opens: the top of its fields
    copy.make_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: copy.message.text() != "", timeout=10_000)
    assert copy.message.text() == copy.passwords.differ()
    assert _in_sight(copy.message), "the refusal was below the fold: the button seemed to do nothing"
    qtbot.waitUntil(lambda: _in_sight(copy.password) and _in_sight(copy.password_again), timeout=5_000)
    assert QApplication.focusWidget() is copy.password
    assert list(out.iterdir()) == []  # nothing made
    copy.reject()
