"""The e-mail field of a client's details took anything ("jane@", "jane at example"). Now
Save says under the field what is wrong, keeps the keyboard there and everything typed in
the form, and saves nothing until the address can be one. Real widgets, real key events,
a real vault."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.client_details import ClientDetailsDialog
from vault_app.gui.controller import AppController
from vault_app.services import clients

pytestmark = pytest.mark.gui


def _details(app: AppController, qtbot, name: str) -> tuple[str, ClientDetailsDialog]:  # type: ignore[no-untyped-def]
    window = app.main_window
    assert window is not None
    client_id = add_client(app, qtbot, name)
    window.open_chart(client_id)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: window.chart.shown_client() is not None, timeout=10_000)
    dialog = window.chart.overview.edit_details()
    assert isinstance(dialog, ClientDetailsDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    wait_ops(qtbot)
    return client_id, dialog


@pytest.mark.parametrize(("typed", "said", "then", "stored"), [
    ("jane@", "nothing after the @", "example.com", "jane@example.com"),
    ("jane at example", "no spaces", "", ""),
])
def test_an_address_that_cannot_be_one_is_refused_on_its_field(unlocked_app: AppController, qtbot, typed: str,  # type: ignore[no-untyped-def]
                                                                said: str, then: str, stored: str) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    client_id, dialog = _details(unlocked_app, qtbot, "Jane Mailwright")
    dialog.phone.setFocus()
    QTest.keyClicks(dialog.phone, "555-0142")
    QTest.keyClick(dialog.phone, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.email
    QTest.keyClicks(dialog.email, typed)
    QTest.keyClick(dialog.email, Qt.Key.Key_Return)  # Enter presses Save
    wait_ops(qtbot)
    assert dialog.isVisible()
    assert said in dialog.email_refused()
    problem = dialog.email_problem
    assert problem is not None
    qtbot.waitUntil(lambda: problem.height() >= problem.heightForWidth(problem.width()), timeout=10_000)  # not cut
    assert QApplication.focusWidget() is dialog.email
    assert (dialog.email.text(), dialog.phone.text()) == (typed, "555-0142")  # everything typed is kept
    assert clients.get_client(vault, client_id).contact.email == ""  # nothing saved
    if not then:  # corrected by typing it again
        dialog.email.selectAll()
        QTest.keyClicks(dialog.email, "jane@example.org")
        stored = "jane@example.org"
    else:
        QTest.keyClicks(dialog.email, then)
    assert dialog.email_refused() == ""  # the message goes once the address can be one
    QTest.keyClick(dialog.email, Qt.Key.Key_Return)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    contact = clients.get_client(vault, client_id).contact
    assert (contact.email, contact.phone) == (stored, "555-0142")
