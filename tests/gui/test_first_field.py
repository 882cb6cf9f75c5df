"""A form dialog opens with the keyboard on its first field (found in the real app: Record an
authorization opened with the keyboard on its scroll area, and the first words typed were lost)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard"
    return widget


def test_record_an_authorization_takes_the_typing_in_its_first_field(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, "Finn Firstfield")
    tab = window.chart.authorizations
    dialog = tab.add()
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=10_000)
    assert not isinstance(_focused(), QScrollArea)
    qtbot.keyClicks(_focused(), "Progress notes from 2026")
    assert dialog.description.text() == "Progress notes from 2026"  # type: ignore[attr-defined]
    dialog.reject()
    wait_ops(qtbot)


def test_enter_a_measure_never_starts_on_its_scroll_area(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, "Mara Measured")
    dialog = window.chart.measures.enter_measure()
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=10_000)
    assert not isinstance(_focused(), QScrollArea)
    assert dialog.isAncestorOf(_focused())
    dialog.reject()
    wait_ops(qtbot)


def test_the_accounting_of_disclosures_takes_the_password_typed_first(unlocked_app: AppController, qtbot) -> None:
    """Found on the real app (seventeenth round): the keyboard started on Exclusions, the
    password typed went nowhere, and Enter then asked for a password."""
    from vault_app.gui.accounting_dialog import AccountingDialog
    from vault_app.gui.chart_binding import chart_headers

    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, "Paz Passwordfirst")
    dialog = window.open_accounting()
    assert isinstance(dialog, AccountingDialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=10_000)
    qtbot.keyClicks(_focused(), "give-by-phone-7")
    assert dialog.password.text() == "give-by-phone-7"
    # and it says whose accounting it is: the chart on screen
    assert "Paz Passwordfirst" in "".join(label.text() for label in chart_headers(dialog))
    assert dialog.windowTitle().startswith("Accounting of disclosures · ")
    dialog.reject()
    wait_ops(qtbot)
