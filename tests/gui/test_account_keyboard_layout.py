"""The Account window by keyboard and on its own screen (found by a walker): the superbill part was
cut inside the inner scroll while three empty reserved lines stood above Close, Make the PDF took
many Tabs (Choose… after it), and a superbill was made without the practice's NPI, Tax ID and
address without a word; now said beside Superbill before the PDF."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.core.payable_practice import payable
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui import i18n
from vault_app.gui.account_dialog import AccountDialog
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def _open(app: AppController, qtbot, name: str) -> AccountDialog:
    client_id = add_client(app, qtbot, name=name)
    dialog = AccountDialog(app, client_id, parent=app.main_window)
    dialog.resize(680, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    return dialog


def test_tab_reaches_make_the_pdf_from_the_password_and_choose_before_it(unlocked_app: AppController,
                                                                          qtbot) -> None:
    dialog = _open(unlocked_app, qtbot, "Tab Order")
    dialog.activateWindow()
    steps = [(dialog.path, dialog.browse), (dialog.browse, dialog.password), (dialog.password, dialog.issue_button),
             (dialog.issue_button, dialog.close_button), (dialog.reference, dialog.pay_button)]
    for here, there in steps:
        here.setFocus()
        qtbot.waitUntil(lambda here=here: QApplication.focusWidget() is here, timeout=10_000)
        qtbot.keyClick(here, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda there=there: QApplication.focusWidget() is there, timeout=10_000)
    dialog.close()


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_superbill_fits_and_the_message_sits_beside_close(unlocked_app: AppController, qtbot,
                                                              language: str) -> None:
    # Spanish: the note on what the superbill lacks takes three lines, and the list's wish for
    # its own height (a word-wrapped form asks each row's) had the body scroll (seen on Xvfb).
    assert i18n.install(language) == language
    try:
        dialog = _open(unlocked_app, qtbot, "Fits Well")
        qtbot.waitUntil(lambda: dialog.provider.isVisible(), timeout=10_000)
        qtbot.waitUntil(lambda: dialog.body_area.verticalScrollBar().maximum() == 0, timeout=10_000)
        close = dialog.close_button.geometry()
        message = dialog.message_area.geometry()
        assert close.top() < message.bottom() and close.left() >= message.right(), (close, message)
        dialog.close()
    finally:
        i18n.install("en")


def test_what_the_superbill_lacks_is_said_before_the_pdf(unlocked_app: AppController, qtbot) -> None:
    dialog = _open(unlocked_app, qtbot, "Lacks Details")
    qtbot.waitUntil(lambda: dialog.provider.isVisible(), timeout=10_000)
    said = dialog.provider.text()
    assert "Not set for a superbill: NPI, Tax ID, address." in said and "Settings" in said
    dialog.kind.setCurrentIndex(dialog.kind.findData("statement"))
    assert not dialog.provider.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData("superbill"))
    assert dialog.provider.isVisible()
    vault = unlocked_app.vault
    assert vault is not None
    payable(vault)
    dialog.refresh()
    qtbot.waitUntil(lambda: not dialog.provider.isVisible(), timeout=10_000)
    dialog.close()
