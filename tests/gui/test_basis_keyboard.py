"""The legal-basis page by keyboard, as found on the real app (fifteenth round): with the
basis "treatment by another provider" chosen by typing T, Tab went to the Check button
instead of the receiving provider's role (the role's field is made when the basis changes,
after Check in Qt's order), "psychiatrist" went nowhere, and Enter checked an empty form:
"Not allowed". Enter in an evidence field now checks it; once allowed, Enter goes on."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox

from tests.gui.conftest import wait_ops
from tests.gui.test_export_and_lock import _chart_with_signed_note, _fill_what, to_basis_page
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def test_tab_from_the_basis_reaches_its_evidence_and_enter_checks_it(unlocked_app: AppController, qtbot) -> None:
    _window, wizard, basis = to_basis_page(unlocked_app, qtbot)
    form = basis.form
    wizard.activateWindow()
    form.basis.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.basis, timeout=10_000)
    form.basis.setCurrentIndex(form.basis.findData("treatment"))  # what typing T does
    who, role = form.inputs["recipient_is"], form.inputs["provider_role"]
    qtbot.waitUntil(role.isVisible, timeout=10_000)
    qtbot.keyClick(form.basis, Qt.Key.Key_Tab)
    # Who receives it first, on no choice until one is made (domain/treatment_recipient.py).
    assert QApplication.focusWidget() is who, QApplication.focusWidget()
    assert form.evidence().get("recipient_is") is None
    qtbot.keyClick(who, Qt.Key.Key_Down)
    assert form.evidence()["recipient_is"] == "provider"
    qtbot.keyClick(who, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is role, QApplication.focusWidget()
    qtbot.keyClicks(role, "psychiatrist")
    qtbot.keyClick(role, Qt.Key.Key_Return)
    wait_ops(qtbot)
    assert basis.verdict is not None and basis.verdict.allowed, basis.verdict_text.text()
    qtbot.keyClick(role, Qt.Key.Key_Return)  # allowed: Enter goes on, as on every page
    assert wizard.currentPage() is not basis


def test_every_basis_tabs_through_its_fields_in_the_order_shown(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    _chart_with_signed_note(unlocked_app, qtbot)
    wizard = window.chart.start_export()
    _fill_what(wizard, qtbot)
    form = wizard.basis_page.form
    for index in range(form.basis.count()):
        form.basis.setCurrentIndex(index)
        wanted = []
        for widget in form.inputs.values():
            boxes = widget.findChildren(QCheckBox)
            wanted += boxes if boxes and not isinstance(widget, QCheckBox) else [widget]
        reached = []
        at = form.authorization
        for _ in wanted:
            at = at.nextInFocusChain()
            while at.focusPolicy() == Qt.FocusPolicy.NoFocus or (at.focusProxy() is not None and at not in wanted):
                at = at.nextInFocusChain()
            reached.append(at)
        assert reached == wanted, form.kind()
