"""The client's account: its controls stay where they are when the message line changes (found in
the real app: after a payment was recorded the fields and buttons moved up under the mouse), and
a second superbill for sessions already billed is asked about first (found: D-ce88466527 issued
minutes after D-4a0fac22de for the same session, without a word)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint
from PySide6.QtWidgets import QMessageBox, QWidget

from tests.core import disclosure_fixtures as fx
from tests.core.payable_practice import payable
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui import i18n
from vault_app.gui.account_dialog import AccountDialog
from vault_app.gui.controller import AppController
from vault_app.services import billing, export, sessions

pytestmark = pytest.mark.gui


def _places(dialog: AccountDialog) -> dict[str, tuple[QPoint, int, int]]:
    widgets: dict[str, QWidget] = {
        "tree": dialog.tree, "fee": dialog.fee_button, "amount": dialog.amount, "reference": dialog.reference,
        "pay": dialog.pay_button, "first": dialog.first, "path": dialog.path, "password": dialog.password,
        "issue": dialog.issue_button}
    return {name: (w.mapTo(dialog, QPoint(0, 0)), w.width(), w.height()) for name, w in widgets.items()}


def _fields(places: dict[str, tuple[QPoint, int, int]]) -> dict[str, tuple[QPoint, int, int]]:
    """All but Make the PDF, beside the message line (gui/account_message.py)."""
    return {name: place for name, place in places.items() if name != "issue"}


def _open(unlocked_app: AppController, qtbot, client_id: str) -> AccountDialog:
    dialog = AccountDialog(unlocked_app, client_id, chart_number="1", parent=unlocked_app.main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    qtbot.wait(50)  # the layout's own pass after the account is shown
    return dialog


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_controls_stay_put_when_the_message_changes(unlocked_app: AppController, qtbot, language: str) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    client_id = add_client(unlocked_app, qtbot, name="Stella Still")
    billing.set_scheduled_fee(vault, "90837", "180.00")
    sessions.add_session(vault, client_id, date=(date.today() - timedelta(days=3)).isoformat(), duration_minutes=55)
    assert i18n.install(language) == language
    try:
        dialog = _open(unlocked_app, qtbot, client_id)
        before = _places(dialog)
        assert dialog.message.text() == ""
        dialog.amount.setText("90.50")
        dialog.pay_button.click()
        wait_ops(qtbot)
        assert "90.50" in dialog.message.text()
        qtbot.wait(50)  # the layout's own pass after the refresh
        assert _places(dialog) == before
        # A long one (a refusal with its hint, then a PDF's several lines): the fields do not move. The
        # message is read whole (tests/gui/test_account_refusal_read_whole.py): where the screen has room
        # the window grows below, and only Make the PDF and Close beside it go down with its lines.
        dialog.path.setText("/nowhere/at/all/" + "a-very-long-folder-name/" * 6 + "superbill.pdf")
        dialog.password.setText("short")
        dialog.issue_button.click()
        wait_ops(qtbot)
        qtbot.wait(50)
        assert len(dialog.message.text()) > 40
        assert _fields(_places(dialog)) == _fields(before)
        dialog.message.setText(" ".join(["A message of many words that wraps onto many lines."] * 40))
        qtbot.wait(50)
        assert _fields(_places(dialog)) == _fields(before)
        # Past half the window it scrolls: still all there to be read, never cut.
        assert dialog.message.heightForWidth(dialog.message.width()) > dialog.message_area.height()
        dialog.message.setText("")
        qtbot.wait(50)
        assert _places(dialog) == before  # the window as it was, Make the PDF back in its place
        dialog.close()
        wait_ops(qtbot)
    finally:
        i18n.install("en")


def test_a_second_superbill_for_the_same_sessions_is_asked_about(unlocked_app: AppController, qtbot,
                                                                 tmp_path: Path) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    client_id = add_client(unlocked_app, qtbot, name="Rafe Repeat")
    payable(vault)
    billing.set_scheduled_fee(vault, "90837", "180.00")
    today = date.today()
    sessions.add_session(vault, client_id, date=(today - timedelta(days=2)).isoformat(), duration_minutes=55,
                         icd10_codes=["F43.23"])
    dialog = _open(unlocked_app, qtbot, client_id)
    dialog.first.setDate(QDate(today.year, today.month, today.day).addDays(-10))

    def make(name: str) -> None:
        dialog.path.setText(str(tmp_path / name))
        dialog.password.setText(fx.PASSWORD)
        dialog.issue_button.click()
        wait_ops(qtbot)

    make("first.pdf")
    assert (tmp_path / "first.pdf").exists(), dialog.message.text()
    (earlier,) = [r.disclosure_id for r in export.disclosures(vault, client_id)]
    make("second.pdf")
    box = dialog.repeat_box
    assert box.isVisible() and earlier in box.text()
    assert earlier in box.informativeText()
    assert box.defaultButton() is box.escapeButton()  # the safe answer is the default: Enter cancels
    assert not (tmp_path / "second.pdf").exists()
    assert "already issued" in dialog.message.text()
    box.escapeButton().click()
    wait_ops(qtbot)
    assert not (tmp_path / "second.pdf").exists() and len(export.disclosures(vault, client_id)) == 1
    make("second.pdf")
    box = dialog.repeat_box
    (issue,) = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
    assert issue.text().replace("&", "") == "Issue another"  # its Alt letter given by confirm()
    dialog.password.setText(fx.PASSWORD)  # kept: the question comes before the PDF is made
    issue.click()
    wait_ops(qtbot)
    assert (tmp_path / "second.pdf").exists(), dialog.message.text()
    assert f"Replaces superbill {earlier}" in " ".join(" ".join(fx.pdf_text(tmp_path / "second.pdf")).split())
    assert len(export.disclosures(vault, client_id)) == 2
    dialog.close()
    wait_ops(qtbot)
