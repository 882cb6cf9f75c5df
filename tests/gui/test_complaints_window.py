"""Records > Complaints…: a complaint received and its disposition recorded in the app (found by a
walker, W9; 45 CFR 164.530(d)(2), (j)). Real vault, real widgets, real key presses."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import complaints

pytestmark = pytest.mark.gui


def _press(qtbot, button, before):  # type: ignore[no-untyped-def]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() not in (None, before), timeout=10_000)
    return QApplication.activeModalWidget()


def test_a_complaint_and_its_disposition_are_recorded(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_app.main_window
    assert window is not None and unlocked_app.vault is not None
    [action] = [a for a in window.findChildren(type(window.menuBar().actions()[0]))
                if a.text().replace("&", "") == "Complaints…"]
    action.trigger()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=10_000)
    listing = QApplication.activeModalWidget()
    assert listing is not None and listing.objectName() == "complaintsDialog"
    wait_ops(qtbot)
    assert not listing.dispose_button.isEnabled()  # type: ignore[attr-defined]
    form = _press(qtbot, listing.add_button, listing)  # type: ignore[attr-defined]
    qtbot.keyClicks(form.text, "The denial letter went to my home address.")  # type: ignore[attr-defined]
    qtbot.keyClick(form.record_button, Qt.Key.Key_Space)  # type: ignore[attr-defined]  # no one named: said
    wait_ops(qtbot)
    assert form.isVisible() and form.message.text()  # type: ignore[attr-defined]
    qtbot.keyClicks(form.who, "The client")  # type: ignore[attr-defined]
    qtbot.keyClick(form.record_button, Qt.Key.Key_Space)  # type: ignore[attr-defined]
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=10_000)
    [made] = complaints.list_complaints(unlocked_app.vault)
    assert made.complainant == "The client" and made.open and made.received_on == date.today()
    tree = listing.tree  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1, timeout=10_000)
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    disposing = _press(qtbot, listing.dispose_button, listing)  # type: ignore[attr-defined]
    qtbot.keyClicks(disposing.text, "Apologized; mail now goes only to the PO box.")  # type: ignore[attr-defined]
    qtbot.keyClick(disposing.record_button, Qt.Key.Key_Space)  # type: ignore[attr-defined]
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not disposing.isVisible(), timeout=10_000)
    [done] = complaints.list_complaints(unlocked_app.vault)
    assert done.disposition == "Apologized; mail now goes only to the PO box." and not done.open
    qtbot.waitUntil(lambda: "Apologized" in tree.topLevelItem(0).text(2), timeout=10_000)
    assert not listing.dispose_button.isEnabled()  # type: ignore[attr-defined]
    listing.reject()
    wait_ops(qtbot)
