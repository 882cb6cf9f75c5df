"""Escape in the export wizard with records ticked or a recipient typed asks first (found in
the real app: a stray Escape closed it and the choice was gone); untouched, or once exported,
Escape closes it as before. Real widgets, a real vault, real key events."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.gui.conftest import wait_ops
from tests.gui.test_escape_guard import _chart
from vault_app.gui.controller import AppController
from vault_app.gui.export_wizard import ExportWizard

pytestmark = pytest.mark.gui


def _wizard(app: AppController, qtbot) -> ExportWizard:  # type: ignore[no-untyped-def]
    wizard = _chart(app, qtbot).start_export()  # type: ignore[attr-defined]
    assert isinstance(wizard, ExportWizard)
    qtbot.waitExposed(wizard)
    wait_ops(qtbot)
    return wizard


def test_escape_asks_once_something_is_chosen_or_typed(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    wizard = _wizard(unlocked_app, qtbot)
    what = wizard.what_page
    what.recipient.setFocus()
    qtbot.keyClicks(what.recipient, "Dr. Rivera, primary care")
    qtbot.keyClick(what.recipient, Qt.Key.Key_Escape)
    box = wizard.leave_box
    assert isinstance(box, QMessageBox) and box.isVisible() and wizard.isVisible()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=10_000)
    assert wizard.isVisible() and what.recipient.text() == "Dr. Rivera, primary care"
    what.recipient.clear()
    what.check_all()  # ticked records alone are a choice too
    qtbot.keyClick(what.items, Qt.Key.Key_Escape)
    second = wizard.leave_box
    assert second is not None and second is not box and second.isVisible()
    next(b for b in second.buttons() if b.text().replace("&", "") == "Close without saving").click()
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=10_000)
    wait_ops(qtbot)


def test_escape_on_an_untouched_wizard_closes_it(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    wizard = _wizard(unlocked_app, qtbot)
    qtbot.keyClick(wizard.what_page.recipient, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=10_000)
    assert wizard.leave_box is None
    wait_ops(qtbot)
