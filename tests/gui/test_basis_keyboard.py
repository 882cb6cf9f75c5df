"""The legal-basis page by keyboard, as found on the real app (fifteenth round): with the
basis "treatment by another provider" chosen by typing T, Tab went to the Check button
instead of the receiving provider's role (the role's field is made when the basis changes,
after Check in Qt's order), "psychiatrist" went nowhere, and Enter checked an empty form:
"Not allowed"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

from tests.gui.test_export_and_lock import _chart_with_signed_note, _fill_what
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


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
