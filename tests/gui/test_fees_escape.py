"""Escape on the Fees dialog asks before a fee or a policy amount typed
and not saved is lost (gui/escape_guard.py): one stray Escape closed it without a word. What
is in its fields now decides, not Qt's changed flag: Set fee empties them (and Qt still calls
them changed), a row chosen in the list fills them with what is on file, a saved policy is
what its fields show. Real vault, real widgets, real key events."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.escape_guard import GuardedDialog
from vault_app.gui.fees_dialog import FeesDialog
from vault_app.services import billing

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]


def _open(app: AppController, qtbot) -> FeesDialog:  # type: ignore[no-untyped-def]
    window = app.main_window
    assert window is not None
    dialog = FeesDialog(app, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    return dialog


def _type(qtbot, field: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def _asks(qtbot, dialog: FeesDialog) -> QMessageBox:  # type: ignore[no-untyped-def]
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
    box = dialog.leave_box
    assert box is not None
    qtbot.waitUntil(box.isVisible, timeout=10_000)
    assert dialog.isVisible()
    return box


def _back(qtbot, dialog: FeesDialog, box: QMessageBox) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Cancel, the default: back to the form
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=10_000)
    assert dialog.isVisible()
    dialog.leave_box = None


def test_a_fee_typed_and_not_set_is_asked_about(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(unlocked_app, qtbot)
    assert isinstance(dialog, GuardedDialog)
    dialog.code.setFocus()
    qtbot.keyClicks(dialog.code, "90837")
    _type(qtbot, dialog.amount, "180")
    _back(qtbot, dialog, _asks(qtbot, dialog))
    assert dialog.code.currentText() == "90837" and dialog.amount.text() == "180"  # nothing lost
    # Set fee: saved, and the fields emptied (Qt still says "changed"): Escape closes at once
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    wait_ops(qtbot)
    assert billing.fee_schedule(unlocked_app.vault) == {"90837": 18000}  # type: ignore[arg-type]
    assert dialog.amount.text() == "" and dialog.amount.isModified()
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert dialog.leave_box is None


def test_a_row_chosen_is_on_file_and_a_changed_fee_is_not(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    vault = unlocked_app.vault
    assert vault is not None
    billing.set_scheduled_fee(vault, "90834", 15000)
    dialog = _open(unlocked_app, qtbot)
    dialog.tree.setFocus()
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Down)
    assert dialog.code.currentText() == "90834" and dialog.amount.text() == "150.00"
    assert not dialog.typed()  # what is on file, as it is
    _type(qtbot, dialog.amount, "160")
    box = _asks(qtbot, dialog)
    next(b for b in box.buttons() if b.text().replace("&", "") == "Close without saving").click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert billing.fee_schedule(vault) == {"90834": 15000}


def test_a_policy_typed_is_asked_about_until_saved(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    vault = unlocked_app.vault
    assert vault is not None
    billing.set_policy(vault, no_show=5000, late_cancel=None)
    dialog = _open(unlocked_app, qtbot)
    assert dialog.no_show.text() == "50.00" and not dialog.typed()
    _type(qtbot, dialog.late_cancel, "25")
    _back(qtbot, dialog, _asks(qtbot, dialog))
    _type(qtbot, dialog.late_cancel, "")  # typed and erased again: as on file
    qtbot.keyClick(dialog.late_cancel, Qt.Key.Key_Backspace)
    assert dialog.late_cancel.text() == "" and not dialog.typed()
    _type(qtbot, dialog.no_show, "60")
    _back(qtbot, dialog, _asks(qtbot, dialog))
    qtbot.keyClick(dialog.no_show, Qt.Key.Key_Return)  # Save the policy
    wait_ops(qtbot)
    assert billing.policy(vault).no_show_cents == 6000
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert dialog.leave_box is None

